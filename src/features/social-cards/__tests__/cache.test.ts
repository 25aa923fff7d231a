import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import socialCardsPlugin, {cacheKey} from '../index';
import {cardTitle, docCardTitle} from '../page-title';
import {CardRenderer, tokenColors} from '../render';

const projectDir = path.join(__dirname, '..', '..', '..', '..');
const siteConfig = {
  title: 'Communs numériques',
  tagline: 'Les communs numériques expliqués aux collectivités territoriales',
  titleDelimiter: '|',
  customFields: {site: {publisher: {team: 'Incubateur des Territoires'}}},
};
const cardSite = {
  siteName: siteConfig.title,
  publisher: 'Incubateur des Territoires',
  colors: tokenColors(readFileSync(path.join(projectDir, 'src', 'css', 'tokens.css'), 'utf8')),
};

/** The head the classic theme writes for a doc titled `title` (DocItem/Metadata, default formatter). */
function docHead(title: string): string {
  const trimmed = title.trim();
  const formatted = trimmed === '' || trimmed === siteConfig.title ? siteConfig.title : `${trimmed} | ${siteConfig.title}`;
  const attribute = formatted.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<html><head><title>${attribute}</title><meta property="og:title" content="${attribute}"/></head><body><h1>Autre</h1></body></html>`;
}

describe('titre de la carte d’une doc, pris de ses métadonnées', () => {
  it('est celui qu’on lirait dans la page construite', () => {
    for (const title of [
      'Notre définition des communs numériques',
      '  Des espaces autour  ',
      'Deux\nlignes  et\tdes blancs',
      '«\u202fPourquoi mutualiser\u202f?\u202f» : l’œuvre & les <communs>',
      'Communs numériques',
      '',
      'Une page | Communs numériques',
      'Fin insécable\u00a0',
    ]) {
      expect(docCardTitle(title, siteConfig), JSON.stringify(title)).toBe(cardTitle(docHead(title), siteConfig));
    }
  });
});

describe('cartes reprises du cache', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'social-cards-cache-'));
  const cacheDir = path.join(root, 'cache');
  const previousCache = process.env.SOCIAL_CARDS_CACHE;
  beforeAll(() => {
    process.env.SOCIAL_CARDS_CACHE = cacheDir;
  });
  afterAll(() => {
    if (previousCache === undefined) delete process.env.SOCIAL_CARDS_CACHE;
    else process.env.SOCIAL_CARDS_CACHE = previousCache;
    rmSync(root, {recursive: true, force: true});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** A build of `docs` (route → title) and a home page, run through the plugin's hooks. */
  async function build(name: string, docs: Record<string, string>): Promise<{outDir: string; log: string}> {
    const outDir = path.join(root, name);
    mkdirSync(path.join(outDir, 'fiches'), {recursive: true});
    // The doc pages' HTML says another title: a doc's card must not need its page.
    for (const route of Object.keys(docs)) writeFileSync(path.join(outDir, `${route.slice(1)}.html`), docHead('Titre lu dans la page'));
    writeFileSync(path.join(outDir, 'index.html'), docHead(siteConfig.title));
    const context = {siteDir: projectDir, baseUrl: '/'} as LoadContext;
    const plugin: Plugin = socialCardsPlugin(context);
    const loadedVersions = [{docs: Object.entries(docs).map(([permalink, title]) => ({permalink, title}))}];
    await plugin.allContentLoaded!({allContent: {'docusaurus-plugin-content-docs': {default: {loadedVersions}}}, actions: {} as never});
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await plugin.postBuild!({outDir, routesPaths: ['/', ...Object.keys(docs)], siteConfig} as never);
    return {outDir, log: log.mock.calls.flat().join('\n')};
  }

  it('dessine une carte absente du cache, puis la reprend telle quelle, sans relire les pages des docs', async () => {
    const render = vi.spyOn(CardRenderer.prototype, 'render');
    const first = await build('premiere', {'/fiches/mutualiser': 'Mutualiser une solution'});
    expect(render.mock.calls.map(([title]) => title)).toEqual([siteConfig.tagline, 'Mutualiser une solution']);
    expect(first.log).toMatch(/2 dessinées, 0 reprises du cache ; titres : 1 des docs, 1 lus dans les pages/);
    const drawn = readFileSync(path.join(first.outDir, 'img', 'cartes', 'fiches', 'mutualiser.png'));
    expect(readFileSync(path.join(cacheDir, `${cacheKey(cardSite, 'Mutualiser une solution')}.png`))).toEqual(drawn);

    render.mockClear();
    const second = await build('seconde', {'/fiches/mutualiser': 'Mutualiser une solution', '/fiches/gouverner': 'Gouverner ensemble'});
    expect(render.mock.calls.map(([title]) => title)).toEqual(['Gouverner ensemble']);
    expect(second.log).toMatch(/3 cartes de partage .* \(1 dessinées, 2 reprises du cache ; titres : 2 des docs, 1 lus dans les pages\)/);
    expect(readFileSync(path.join(second.outDir, 'img', 'cartes', 'fiches', 'mutualiser.png'))).toEqual(drawn);
    expect(readFileSync(path.join(second.outDir, 'img', 'cartes', 'accueil.png'))).toEqual(
      readFileSync(path.join(first.outDir, 'img', 'cartes', 'accueil.png')),
    );
  });
});
