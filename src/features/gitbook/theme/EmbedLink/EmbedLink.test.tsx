// @vitest-environment jsdom
import React from 'react';
import {cleanup, render, screen} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import EmbedLink from './';

afterEach(cleanup);

describe('EmbedLink', () => {
  it('est un lien nommé par sa légende et le site où il mène, jamais un cadre', () => {
    const {container} = render(<EmbedLink url="https://www.youtube.com/watch?v=exemple">La présentation du projet</EmbedLink>);
    const link = screen.getByRole('link', {name: 'La présentation du projet sur youtube.com'});
    expect(link.getAttribute('href')).toBe('https://www.youtube.com/watch?v=exemple');
    expect(container.querySelector('iframe, video, img')).toBeNull();
  });

  it('sans légende, dit ce que le lien ouvre', () => {
    render(<EmbedLink url="https://exemple.fr/diaporama" />);
    expect(screen.getByRole('link', {name: 'Voir le contenu intégré à la page d’origine sur exemple.fr'})).toBeTruthy();
  });
});
