// @vitest-environment jsdom
import React from 'react';
import {cleanup, render, screen, within} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import Hint from './';

afterEach(cleanup);

describe('Hint', () => {
  it.each([
    ['info', 'Information'],
    ['warning', 'Attention'],
    ['danger', 'Danger'],
    ['success', 'Conseil'],
  ] as const)('un encadré %s est une note nommée « %s » pour les technologies d’assistance', (type, label) => {
    render(
      <Hint type={type}>
        <p>Le texte de l'encadré.</p>
      </Hint>,
    );
    const note = screen.getByRole('note', {name: label});
    expect(note.getAttribute('data-hint')).toBe(type);
    expect(within(note).getByText("Le texte de l'encadré.")).toBeTruthy();
    // The icon is decorative: hidden, and never focusable.
    const icon = note.querySelector('svg')!;
    expect(icon.getAttribute('aria-hidden')).toBe('true');
    expect(icon.getAttribute('focusable')).toBe('false');
  });

  it('un titre remplace le nom affiché, le nom du type reste lu', () => {
    render(
      <Hint type="warning" title="Avant de mutualiser">
        <p>Texte.</p>
      </Hint>,
    );
    const note = screen.getByRole('note', {name: 'Attention\u00a0: Avant de mutualiser'});
    expect(note.getAttribute('data-hint')).toBe('warning');
  });

  it('un libellé propre remplace le nom du type (admonition :::tip → « Astuce »)', () => {
    render(
      <Hint type="success" label="Astuce">
        <p>Texte.</p>
      </Hint>,
    );
    expect(screen.getByRole('note', {name: 'Astuce'})).toBeTruthy();
  });

  it('garde le Markdown rendu à l’intérieur : listes et liens', () => {
    render(
      <Hint type="info">
        <ul>
          <li>Boîte à outils des communs</li>
          <li>
            <a href="https://fr.wikipedia.org/wiki/Biens_communs_num%C3%A9riques">Wikipédia</a>
          </li>
        </ul>
      </Hint>,
    );
    const note = screen.getByRole('note', {name: 'Information'});
    expect(within(note).getAllByRole('listitem')).toHaveLength(2);
    expect(within(note).getByRole('link', {name: 'Wikipédia'})).toBeTruthy();
  });

  it('un type inconnu est une erreur, pas un encadré deviné', () => {
    expect(() => render(<Hint type={'tip' as never}>Texte</Hint>)).toThrow(/type inconnu/);
  });
});
