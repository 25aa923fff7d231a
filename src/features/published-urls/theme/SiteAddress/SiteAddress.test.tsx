// @vitest-environment jsdom
import React from 'react';
import {render} from '@testing-library/react';
import {describe, expect, it, vi} from 'vitest';

vi.mock('@docusaurus/useBaseUrl', () => ({
  default: (path: string, options?: {absolute?: boolean}) => `${options?.absolute ? 'https://communs.exemple.fr' : ''}/guide${path}`,
}));

const {default: SiteAddress} = await import('./');

describe('SiteAddress', () => {
  it('écrit l’adresse complète d’une section, avec l’adresse et le chemin de base du déploiement', () => {
    const {container} = render(<SiteAddress path="/definition#ce-qui-fait-un-commun" />);
    expect(container.querySelector('code')?.textContent).toBe('https://communs.exemple.fr/guide/definition#ce-qui-fait-un-commun');
  });
});
