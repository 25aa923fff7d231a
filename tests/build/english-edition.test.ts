/**
 * The English edition, in the production build: every French page has its English page under /en/,
 * each page announces the other (hreflang, og:locale:alternate) and links to it, English text has
 * no French typography and no French interface label, search, feed and redirects exist per
 * edition; and a French page edited without its translation makes the English page say so.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, inject, it} from 'vitest';
import {siteTexts} from '../../src/shared/i18n/site-texts';
import {atomChildren, atomText, parseXml} from '../support/atom';
import {readBuiltPage, sitemapRoutes, textOf, type BuiltPage} from '../support/built-site';
import {runProjectScript} from '../support/project-script';
import {readScenarioSite, scenarioRecord} from '../scenarios/scenario-site';
import {staleTranslation} from '../scenarios/stale-translation';

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

/** Text of an element outside the parts marked as French (`lang="fr…"`), which English pages quote. */
function englishTextOf(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll('[lang|="fr"], [lang="fr-FR"]').forEach((node) => node.remove());
  return textOf(clone);
}

describe('l’édition anglaise', () => {
  it('a une page anglaise pour chaque page française, à la même adresse sous /en/', () => {
    expect(frenchRoutes.length).toBeGreaterThan(5);
    expect([...englishRoutes].sort()).toEqual(frenchRoutes.map(english).sort());
  });

  it('est en anglais : lang, titre et description traduits, sans avis de traduction manquante ou périmée', () => {
    for (const {route, document} of englishPages) {
      expect(document.documentElement.getAttribute('lang'), route).toBe('en-GB');
      expect(document.querySelector('[data-translation-state]'), `${route} : avis de traduction`).toBeNull();
    }
    for (const route of frenchRoutes.filter((candidate) => candidate !== '/recherche')) {
      const fr = readBuiltPage(buildDir, route).document;
      const en = readBuiltPage(buildDir, english(route)).document;
      expect(en.title, route).not.toBe(fr.title);
      expect(en.querySelector('h1')?.textContent, route).not.toBe(fr.querySelector('h1')?.textContent);
      const description = (document: Document) => document.querySelector('meta[name="description"]')?.getAttribute('content');
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
    const frenchMarks = /[«»\u202F]|\u00A0[:;!?]/;
    // Words of the French interface: a label left untranslated would bring one.
    const frenchLabels = /\b(Aller au contenu|Rechercher|Accueil|Plan du site|Sommaire|Lien vers la section|Proposer une modification|Mentions légales|Données personnelles|Déclaration d’accessibilité|Page introuvable|Conseil|Astuce|Remarque|Attention)\b/;
    for (const {route, document} of englishPages) {
      const text = englishTextOf(document.body);
      expect(frenchMarks.exec(text)?.input.slice(Math.max(0, frenchMarks.exec(text)!.index - 40), frenchMarks.exec(text)!.index + 40), route).toBeUndefined();
      expect(frenchLabels.exec(text)?.[0], route).toBeUndefined();
      const labels = [...document.querySelectorAll('[aria-label], [title], img[alt]')]
        .filter((element) => !element.closest('[lang|="fr"], [lang="fr-FR"]'))
        .map((element) => [element.getAttribute('aria-label'), element.getAttribute('title'), element.getAttribute('alt')].filter(Boolean).join(' '));
      expect(labels.filter((label) => frenchMarks.test(label) || frenchLabels.test(label)), route).toEqual([]);
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
    expect(readFileSync(path.join(buildDir, '_nginx-redirects.conf'), 'utf8')).toContain('location ~ ^/en/communs-numeriques(/|\\.html)?$ { return 301 /en/definition$is_args$args; }');
  });

  it('n’applique pas la typographie française au texte anglais, et l’applique au français', () => {
    const en = englishTextOf(readBuiltPage(buildDir, '/en/definition').document.querySelector('main')!);
    expect(en).toMatch(/[a-z][:?]/);
    const fr = textOf(readBuiltPage(buildDir, '/definition').document.querySelector('main')!);
    expect(fr).toMatch(/\u202F\?/);
    expect(fr).not.toMatch(/[^\s\u00A0\u202F][?;!]/);
  });
});

describe('une page française modifiée sans sa traduction (site des scénarios)', () => {
  const scenario = readScenarioSite();
  const stale = scenarioRecord(staleTranslation);

  it('fait échouer npm run i18n:check, qui nomme la traduction et la page française', () => {
    const run = runProjectScript('src/features/translations/check/cli.ts', ['check'], scenario.siteDir);
    expect(run.code).toBe(1);
    expect(run.output).toContain(`${stale.translation}:1:1 traduction « en » peut-être périmée`);
    expect(run.output).toContain(`git diff ${stale.source}`);
  });

  it('construit quand même le site, et la page anglaise dit que sa traduction n’est peut-être pas à jour', () => {
    expect(scenario.build.code, scenario.build.output).toBe(0);
    const outdated = readBuiltPage(scenario.buildDir, `/en${stale.route}`).document;
    const notice = outdated.querySelector('main [data-translation-state="outdated"]');
    expect(notice).not.toBeNull();
    expect(textOf(notice!)).toMatch(/This translation may be outdated/);
    const original = notice!.querySelector('a[hreflang="fr-FR"]');
    expect(original?.getAttribute('href')).toBe(stale.route);
    // The notice is not the page's content: search leaves it out.
    expect(notice!.getAttribute('data-pagefind-ignore')).toBe('all');
    // A page not translated yet: in French, said so, its links leading to the English pages.
    const untranslated = readBuiltPage(scenario.buildDir, `/en${stale.newRoute}`).document;
    expect(untranslated.querySelector('main [data-translation-state="missing"]')).not.toBeNull();
    expect(untranslated.querySelector('main div[lang="fr-FR"] p')?.textContent).toMatch(new RegExp(`^${stale.newPageText}`));
    const links = [...untranslated.querySelectorAll('main div[lang="fr-FR"] a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(stale.newPageLinks);
    // The other pages are up to date.
    const upToDate = frenchRoutes.filter((route) => route !== stale.route && route !== '/').map(english);
    expect(upToDate.length).toBeGreaterThan(0);
    for (const route of upToDate) expect(readBuiltPage(scenario.buildDir, route).document.querySelector('[data-translation-state]'), route).toBeNull();
  });
});
