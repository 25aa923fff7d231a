import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {cardFile, cardPath} from '../card-path';
import {pagesOf} from '../index';
import {cardTitle} from '../page-title';

const site = {title: 'Communs numériques', tagline: 'Les communs numériques expliqués aux collectivités territoriales'};

describe('adresse de la carte d’une page', () => {
  it('se déduit de l’adresse de la page, en ASCII', () => {
    expect(cardFile('')).toBe('accueil.png');
    expect(cardFile('definition')).toBe('definition.png');
    expect(cardFile('fiches/fiche-0001')).toBe('fiches/fiche-0001.png');
    expect(cardFile('404.html')).toBe('404.png');
    expect(cardPath('plan-du-site')).toBe('img/cartes/plan-du-site.png');
  });

  it('replie les accents, et distingue deux adresses qui se replient pareil', () => {
    const accented = cardFile('espace/pr%C3%A9sentation');
    expect(accented).toMatch(/^espace\/presentation-[0-9a-f]{8}\.png$/);
    expect(cardFile('espace/présentation')).toBe(accented);
    expect(cardFile('espace/presentation')).toBe('espace/presentation.png');
    expect(cardFile('espace/prèsentation')).not.toBe(accented);
    expect(cardFile('a/../b')).not.toContain('..');
  });
});

describe('titre de la carte', () => {
  it('est le og:title sans le nom du site, entités décodées, attributs avec ou sans guillemets', () => {
    const html = `<html><head><title>X</title><meta data-rh=true property=og:locale content=fr_FR /><meta data-rh=true property=og:title content="L&#x27;accès &amp; les «&nbsp;communs&nbsp;» | Communs numériques"/></head><body><h1>Autre</h1></body></html>`;
    expect(cardTitle(html, site)).toBe("L'accès & les «\u00a0communs\u00a0»");
  });

  it('à défaut, le <title> puis le h1', () => {
    expect(cardTitle('<head><title>Plan du site | Communs numériques</title></head>', site)).toBe('Plan du site');
    expect(cardTitle('<head></head><body><h1 class=x>Un <em>titre</em></h1></body>', site)).toBe('Un titre');
  });

  it('pour l’accueil, titré du seul nom du site, la devise du site', () => {
    expect(cardTitle('<meta property="og:title" content="Communs numériques">', site)).toBe(site.tagline);
  });

  it('décode les références numériques et laisse les inconnues', () => {
    expect(cardTitle('<title>a&#8239;b&#x202F;c &inconnu; | Communs numériques</title>', site)).toBe('a\u202fb\u202fc &inconnu;');
  });
});

describe('pages d’une construction', () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'social-cards-'));
  for (const file of ['index.html', '404.html', 'definition.html', 'fiches/fiche.html', 'accueil.html']) {
    mkdirSync(path.dirname(path.join(outDir, file)), {recursive: true});
    writeFileSync(path.join(outDir, file), '<title>x</title>');
  }

  it('une carte par page HTML, sous la base du site ; les adresses sans HTML sont ignorées', () => {
    const pages = pagesOf(outDir, ['/communs/', '/communs/definition', '/communs/fiches/fiche', '/communs/404.html', '/communs/flux.atom'], '/communs/');
    expect(pages.map(({route, card}) => [route, card])).toEqual([
      ['/communs/', 'img/cartes/accueil.png'],
      ['/communs/definition', 'img/cartes/definition.png'],
      ['/communs/fiches/fiche', 'img/cartes/fiches/fiche.png'],
      ['/communs/404.html', 'img/cartes/404.png'],
    ]);
  });

  it('refuse deux pages qui auraient la même carte', () => {
    expect(() => pagesOf(outDir, ['/', '/accueil'], '/')).toThrow(/les pages \/ et \/accueil auraient la même image/);
  });
});
