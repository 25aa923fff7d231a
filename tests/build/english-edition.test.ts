/**
 * The English edition, in the production build: every French page has its English page under /en/,
 * each page announces the other (hreflang, og:locale:alternate) and links to it, English text has
 * no French typography and no French interface label, search, feed and redirects exist per
 * edition, and each English page says the state of its translation as npm run i18n:check reads it
 * from the sources. (A French page edited without its translation and a new page not translated
 * yet, the English edition showing it in French, marked so, wherever its title shows:
 * tests/pipeline/merge-request.test.ts, a contributor's merge request.)
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, inject, it} from 'vitest';
import {siteTexts} from '../../src/shared/i18n/site-texts';
import {pageRedirects} from '../../src/features/published-urls/site-redirects';
import {atomChildren, atomText, parseXml} from '../support/atom';
import {readBuiltPage, sitemapRoutes, textOf, type BuiltPage} from '../support/built-site';
import {englishTextOf, frenchOutsideMarkedPassages} from '../support/english-text';
import {projectRoot} from '../support/build-site';
import {translationStates} from '../support/translation-states';

const buildDir = inject('siteBuildDir');
const frenchRoutes = sitemapRoutes(buildDir);
const englishRoutes = sitemapRoutes(path.join(buildDir, 'en'));
/** The English address of a French page: the same path under /en/. */
const english = (route: string) => (route === '/' ? '/en/' : `/en${route}`);
const french = (route: string) => route.replace(/^\/en(?=\/)/, '') || '/';

let frenchPages: BuiltPage[];
let englishPages: BuiltPage[];

beforeAll(() => {
  frenchPages = [...frenchRoutes, '/404'].map((route) => readBuiltPage(buildDir, route));
  englishPages = [...englishRoutes, '/en/404'].map((route) => readBuiltPage(buildDir, route));
});

describe('l’édition anglaise', () => {
  it('a une page anglaise pour chaque page française, à la même adresse sous /en/', () => {
    expect(frenchRoutes.length).toBeGreaterThan(5);
    expect([...englishRoutes].sort()).toEqual(frenchRoutes.map(english).sort());
  });

  it('dit l’état de chaque traduction : à jour, en anglais ; périmée ou absente, avec son avis (absente, en français marqué lang="fr")', () => {
    // The state of each page by the rule of npm run i18n:check, from the sources: whatever they are.
    const states = translationStates(projectRoot, 'en');
    expect(states.size, 'des pages traduisibles').toBeGreaterThan(0);
    for (const {route, document} of englishPages) {
      expect(document.documentElement.getAttribute('lang'), route).toBe('en-GB');
      const state = states.get(french(route)) ?? 'up-to-date';
      const notice = document.querySelector('[data-translation-state]');
      if (state === 'up-to-date') {
        expect(notice, `${route} : avis de traduction`).toBeNull();
        continue;
      }
      expect(notice?.getAttribute('data-translation-state'), route).toBe(state);
      // The notice is English, in a page whose text may be French.
      expect(notice?.getAttribute('lang'), route).toBe('en-GB');
      if (state === 'missing') {
        expect(document.querySelector('main h1')?.closest('[lang]')?.getAttribute('lang'), `${route} : titre`).toBe('fr-FR');
      }
    }
    // An up-to-date translation has its own title, heading and description.
    const description = (document: Document) => document.querySelector('meta[name="description"]')?.getAttribute('content');
    for (const route of frenchRoutes.filter((candidate) => candidate !== '/recherche' && (states.get(candidate) ?? 'up-to-date') === 'up-to-date')) {
      const fr = readBuiltPage(buildDir, route).document;
      const en = readBuiltPage(buildDir, english(route)).document;
      expect(en.title, route).not.toBe(fr.title);
      expect(en.querySelector('h1')?.textContent, route).not.toBe(fr.querySelector('h1')?.textContent);
      expect(description(en), route).toBeTruthy();
      expect(description(en), route).not.toBe(description(fr));
    }
  });

  it('chaque page annonce l’autre langue : hreflang, og:locale et og:locale:alternate', () => {
    const site = new URL(readBuiltPage(buildDir, '/').document.querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
    for (const {route, document} of [...frenchPages, ...englishPages].filter((page) => !page.route.endsWith('404'))) {
      const alternates = Object.fromEntries(
        [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
      );
      const frenchRoute = french(route);
      expect(alternates, route).toEqual({
        'fr-FR': `${site}${frenchRoute}`,
        'en-GB': `${site}${english(frenchRoute)}`,
        'x-default': `${site}${frenchRoute}`,
      });
      const isEnglish = route.startsWith('/en/');
      const meta = (property: string) => [...document.querySelectorAll(`meta[property="${property}"]`)].map((tag) => tag.getAttribute('content'));
      expect(meta('og:locale'), route).toEqual([isEnglish ? 'en_GB' : 'fr_FR']);
      expect(meta('og:locale:alternate'), route).toEqual([isEnglish ? 'fr_FR' : 'en_GB']);
    }
  });

  it('chaque page mène à la même page dans l’autre langue, sans JavaScript', () => {
    for (const {route, document} of [...frenchPages, ...englishPages].filter((page) => !page.route.endsWith('404'))) {
      const links = [...document.querySelectorAll('.navbar a[data-language-link]')];
      // The navbar's link, and the phone menu's.
      expect(links.length, route).toBe(2);
      const isEnglish = route.startsWith('/en/');
      for (const link of links) {
        expect(link.getAttribute('href'), route).toBe(isEnglish ? french(route) : english(route));
        expect(link.getAttribute('hreflang'), route).toBe(isEnglish ? 'fr-FR' : 'en-GB');
        expect(link.getAttribute('lang'), route).toBe(isEnglish ? 'fr-FR' : 'en-GB');
        expect(link.textContent, route).toBe(isEnglish ? 'Français' : 'English');
      }
    }
  });

  it('garde les mêmes identifiants de sections : un lien vers une section survit au changement de langue', () => {
    for (const route of frenchRoutes) {
      const ids = (document: Document) => [...document.querySelectorAll('main :is(h2, h3, h4)[id]')].map((heading) => heading.id).sort();
      expect(ids(readBuiltPage(buildDir, english(route)).document), route).toEqual(ids(readBuiltPage(buildDir, route).document));
    }
  });

  it('n’a ni typographie française ni libellé français hors des passages marqués lang="fr"', () => {
    for (const {route, document} of englishPages) {
      expect(frenchOutsideMarkedPassages(document), route).toEqual([]);
    }
  });

  it('marque lang="fr" les valeurs françaises des réglages : éditeur, adresse, fonction du directeur de la publication', () => {
    const {document} = englishPages.find(({route}) => route === '/en/mentions-legales')!;
    const french = [...document.querySelectorAll('main [lang="fr-FR"]')].map((element) => textOf(element));
    expect(french).toEqual(
      expect.arrayContaining([
        'Agence nationale de la cohésion des territoires, Incubateur des Territoires',
        '20, avenue de Ségur, TSA 10717, 75334 Paris Cedex 07',
        'Agence nationale de la cohésion des territoires',
      ]),
    );
    // The office's title is translated; only the agency's name stays French.
    expect(textOf(document.querySelector('#directeur-de-la-publication + p')!)).toBe('The Director General of the Agence nationale de la cohésion des territoires');
  });

  it('a son index de recherche anglais, et l’édition française le sien', () => {
    const languages = (dir: string) =>
      Object.keys((JSON.parse(readFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {languages: object}).languages);
    expect(languages(buildDir)).toEqual(['fr-fr']);
    expect(languages(path.join(buildDir, 'en'))).toEqual(['en-gb']);
  });

  it('a son flux des mises à jour, en anglais, qui mène aux pages anglaises', () => {
    const feed = parseXml(readFileSync(path.join(buildDir, 'en', 'mises-a-jour.atom'), 'utf8'));
    expect(feed.documentElement.getAttribute('xml:lang')).toBe('en');
    expect(atomText(feed.documentElement, 'title')).toBe(siteTexts('en').feed.title);
    for (const entry of atomChildren(feed.documentElement, 'entry')) {
      const link = atomChildren(entry, 'link')[0]!.getAttribute('href')!;
      expect(englishRoutes).toContain(new URL(link).pathname);
    }
    const home = readBuiltPage(buildDir, '/en/').document;
    expect(home.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe('/en/mises-a-jour.atom');
  });

  it('redirige aussi les anciennes adresses sous /en/, depuis les fichiers de redirection de la racine', () => {
    const rules = readFileSync(path.join(buildDir, '_redirects'), 'utf8').trim().split('\n').filter((line) => line.startsWith('/'));
    const frenchRules = rules.filter((line) => !line.startsWith('/en/'));
    expect(frenchRules.length).toBeGreaterThan(0);
    for (const rule of frenchRules) {
      const [from, to, status] = rule.split(' ');
      expect(rules, rule).toContain(`${english(from!)} ${english(to!)} ${status}`);
    }
    const [first] = pageRedirects();
    expect(first, 'une ancienne adresse de page, au moins (src/features/published-urls/redirects.json)').toBeDefined();
    expect(readFileSync(path.join(buildDir, '_nginx-redirects.conf'), 'utf8')).toContain(`location ~ ^/en${first!.from}(/|\\.html)?$ { return 301 /en${first!.to}$is_args$args; }`);
  });

  it('n’applique pas la typographie française au texte anglais, et l’applique au français', () => {
    /** The text of a page's content, without code (where punctuation is the code's). */
    const prose = (page: BuiltPage, text: (element: Element) => string) => {
      const main = page.document.querySelector('main')!.cloneNode(true) as Element;
      main.querySelectorAll('code, pre').forEach((node) => node.remove());
      return text(main);
    };
    const en = englishPages.map((page) => prose(page, englishTextOf)).join('\n');
    expect(en).toMatch(/[a-z][:?]/);
    for (const page of frenchPages) {
      const fr = prose(page, textOf);
      expect(fr.match(/[^\s\u00A0\u202F?!][?;!]/)?.input?.slice(Math.max(0, fr.search(/[^\s\u00A0\u202F?!][?;!]/) - 30), fr.search(/[^\s\u00A0\u202F?!][?;!]/) + 10), page.route).toBeUndefined();
    }
    expect(frenchPages.map((page) => prose(page, textOf)).join('\n')).toMatch(/\u202F[?;!]|\u00A0:/);
  });
});
