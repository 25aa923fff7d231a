// @vitest-environment jsdom
import React from 'react';
import {cleanup, render, screen} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import GuidePdfLink, {readGuidePdf} from './';

function describePdf(attributes: Record<string, string>): void {
  const meta = document.createElement('meta');
  meta.setAttribute('name', 'guide-pdf');
  for (const [name, value] of Object.entries(attributes)) meta.setAttribute(name, value);
  document.head.append(meta);
}

afterEach(() => {
  cleanup();
  for (const meta of document.head.querySelectorAll('meta[name="guide-pdf"]')) meta.remove();
});

describe('GuidePdfLink', () => {
  it('sans PDF décrit dans la page, laisse l’élément vide : jamais de lien vers un fichier absent', () => {
    const {container} = render(<GuidePdfLink />);

    const element = container.querySelector('[data-guide-pdf-link]');
    expect(element).not.toBeNull();
    expect(element?.getAttribute('data-guide-pdf-link')).toBe('');
    expect(element?.childNodes).toHaveLength(0);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('avec le PDF décrit dans la page, affiche le lien avec sa taille', () => {
    describePdf({content: '/guide-communs-numeriques.pdf', 'data-label': 'Télécharger le guide (PDF, 101 Ko)'});
    const {container} = render(<GuidePdfLink />);

    const link = screen.getByRole('link', {name: 'Télécharger le guide (PDF, 101 Ko)'});
    expect(link.getAttribute('href')).toBe('/guide-communs-numeriques.pdf');
    expect(link.getAttribute('type')).toBe('application/pdf');
    expect(link.className).toBe('footer__link-item');
    // The same markup as the one npm run pdf writes, so that hydration finds it.
    expect(link.parentElement).toBe(container.querySelector('[data-guide-pdf-link]'));
  });

  it('sans libellé, la description du PDF est ignorée', () => {
    describePdf({content: '/guide-communs-numeriques.pdf'});

    expect(readGuidePdf(document)).toBeUndefined();
    render(<GuidePdfLink />);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('readGuidePdf lit l’adresse et le libellé de la description', () => {
    describePdf({content: '/en/digital-commons-guide.pdf', 'data-label': 'Download the guide (PDF, 98 KB)'});

    expect(readGuidePdf(document)).toEqual({href: '/en/digital-commons-guide.pdf', label: 'Download the guide (PDF, 98 KB)'});
  });

  it('sans adresse, la description du PDF est ignorée', () => {
    describePdf({'data-label': 'Télécharger le guide (PDF, 101 Ko)'});

    expect(readGuidePdf(document)).toBeUndefined();
  });
});
