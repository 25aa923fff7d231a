import {describe, expect, it} from 'vitest';
import {isDraft, isLoopback, publicationGapLines, publicationGaps, readSiteSettings} from '../site';

const complete = {
  HOST_NAME: 'Hébergeur',
  HOST_ADDRESS: '1, rue de l’Essai, 00000 Essai',
  HOST_PHONE: '+33 1 00 00 00 00',
  PUBLICATION_DIRECTOR: 'Camille Essai',
  CONTACT_URL: 'https://communs.exemple.fr/contact',
  ACCESSIBILITY_PLAN_URL: 'https://communs.exemple.fr/schema',
  LOG_RETENTION: '12 mois',
};

describe('les réglages qu’exige une publication', () => {
  it('n’exige rien d’un site servi sur cette machine', () => {
    for (const url of ['http://127.0.0.1:3000', 'http://localhost:8080', 'http://[::1]:3000', 'http://127.0.1.1']) {
      expect(isLoopback(url), url).toBe(true);
      expect(publicationGaps(readSiteSettings({SITE_URL: url}))).toEqual([]);
    }
    expect(isLoopback('https://communs.exemple.fr')).toBe(false);
    expect(isLoopback('http://127.0.0.1.exemple.fr')).toBe(false);
  });

  it('à une adresse publique, nomme chaque réglage manquant, avec sa variable et la loi qui l’exige', () => {
    const gaps = publicationGaps(readSiteSettings({SITE_URL: 'https://communs.exemple.fr'}));
    expect(gaps.map((gap) => gap.variable)).toEqual([
      'HOST_NAME',
      'HOST_ADDRESS',
      'HOST_PHONE',
      'PUBLICATION_DIRECTOR',
      'CONTACT_EMAIL ou CONTACT_URL',
      'ACCESSIBILITY_PLAN_URL',
      'LOG_RETENTION',
    ]);
    const lines = publicationGapLines(gaps);
    expect(lines[0]).toBe(
      '- HOST_NAME : nom de l’hébergeur (mentions légales) ; exigé par loi n° 2004-575 du 21 juin 2004 pour la confiance dans l’économie numérique (LCEN), article 6.',
    );
    expect(lines[3]).toContain('loi n° 82-652 du 29 juillet 1982, article 93-2');
    expect(lines[5]).toContain('loi n° 2005-102 du 11 février 2005, article 47');
    expect(lines[6]).toContain('RGPD (règlement (UE) 2016/679), article 13');
  });

  it('n’exige plus rien une fois tout donné ; un contact suffit, courriel ou formulaire', () => {
    expect(publicationGaps(readSiteSettings({SITE_URL: 'https://communs.exemple.fr', ...complete}))).toEqual([]);
    const {CONTACT_URL: _url, ...withoutContact} = complete;
    expect(publicationGaps(readSiteSettings({SITE_URL: 'https://communs.exemple.fr', ...withoutContact, CONTACT_EMAIL: 'a@b.fr'}))).toEqual([]);
  });

  it('PUBLICATION_DRAFT=1, et seulement 1, fait un brouillon', () => {
    expect(isDraft({PUBLICATION_DRAFT: '1'})).toBe(true);
    expect(isDraft({PUBLICATION_DRAFT: ' 1 '})).toBe(true);
    for (const value of [undefined, '', '0', 'oui', 'true']) expect(isDraft({PUBLICATION_DRAFT: value}), String(value)).toBe(false);
  });
});
