/**
 * Checks the production HTML of every page of the built site: what a reader and a crawler get
 * before any script runs.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {beforeAll, describe, expect, inject, it} from 'vitest';
import {gitHistory} from '../../src/shared/settings/git-history';
import {readSiteSettings} from '../../src/shared/settings/site';
import {updateFeedFile} from '../../src/features/update-feed';
import {siteTexts} from '../../src/shared/i18n/site-texts';
import {isMinor} from '../../src/features/update-feed/history';
import {entryId, feedId} from '../../src/features/update-feed/atom';
import {atomChildren, atomNamespace, atomProblems, atomText, parseXml} from '../support/atom';
import {projectRoot} from '../support/build-site';
import {guidePageFiles, readBuiltPage, readBuiltPages, sitemapRoutes, textOf, type BuiltPage} from '../support/built-site';
import {pngSize} from '../support/png';
import {applyFrenchTypography} from '../../src/features/french-typography/remark';
import {guidePlanOf, planHomeLinks, planPages, planTopics} from '../support/guide-plan';

const buildDir = inject('siteBuildDir');
let pages: BuiltPage[];
/** The guide's menu, read from a built page: the plan the home page, site map and 404 follow. */
const plan = guidePlanOf(buildDir);

beforeAll(() => {
  pages = readBuiltPages(buildDir);
});

const page = (route: string) => {
  const found = pages.find((candidate) => candidate.route === route);
  expect(found, `la page ${route} est dans sitemap.xml`).toBeDefined();
  return found!;
};

/** The addresses of a `srcset` attribute. */
function srcsetUrls(srcset: string | null): string[] {
  return (srcset ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

/** Text of the page's main content, outside code. */
function proseOf(built: BuiltPage): string {
  const main = built.document.querySelector('main') ?? built.document.body;
  const clone = main.cloneNode(true) as Element;
  clone.querySelectorAll('code, pre').forEach((node) => node.remove());
  return textOf(clone);
}

describe('toutes les pages construites', () => {
  it('le plan du site liste l’accueil et chaque page de docs/ à son slug', async () => {
    const routes = sitemapRoutes(buildDir);
    expect(routes).toContain('/');
    const docsDir = path.join(projectRoot, 'docs');
    for (const file of guidePageFiles(docsDir)) {
      const fileContent = readFileSync(path.join(docsDir, file), 'utf8');
      const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath: file, fileContent});
      expect(routes, `docs/${file}`).toContain(frontMatter.slug);
    }
  });

  it('ne publie pas le modèle de page, ni aucun fichier dont le nom commence par « _ »', async () => {
    const fileContent = readFileSync(path.join(projectRoot, 'docs', '_modele-de-page.md'), 'utf8');
    const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath: '_modele-de-page.md', fileContent});
    expect(sitemapRoutes(buildDir)).not.toContain(frontMatter.slug);
    expect(existsSync(path.join(buildDir, `${frontMatter.slug as string}.html`))).toBe(false);
  });

  it('sont en français, avec un seul h1, un titre unique et une description', () => {
    const titles = new Set<string>();
    const descriptions = new Set<string>();
    for (const built of pages) {
      const {document, route} = built;
      expect(document.documentElement.getAttribute('lang'), route).toBe('fr-FR');
      expect(document.querySelectorAll('h1'), route).toHaveLength(1);
      const title = document.title.trim();
      expect(title, route).not.toBe('');
      expect(titles.has(title), `titre en double : ${title}`).toBe(false);
      titles.add(title);
      const description = document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim();
      expect(description, `${route} : meta description`).toBeTruthy();
      expect(descriptions.has(description!), `description en double : ${description}`).toBe(false);
      descriptions.add(description!);
    }
  });

  it('ne gardent aucune balise GitBook ni artefact d’export, ni dans le texte ni dans les attributs', () => {
    for (const built of pages) {
      const prose = proseOf(built);
      expect(prose, built.route).not.toContain('****');
      // Everything but code, scripts and styles: text, attributes (alt, title), meta description.
      const clone = built.document.documentElement.cloneNode(true) as Element;
      clone.querySelectorAll('code, pre, script, style').forEach((node) => node.remove());
      expect(clone.outerHTML, built.route).not.toContain('{%');
      expect(clone.outerHTML, built.route).not.toContain('%}');
      expect(built.html, built.route).not.toMatch(/\\[()*]/);
    }
  });

  it('ne chargent rien depuis un autre site (polices, scripts, images, styles)', () => {
    const external = /^(?:https?:)?\/\//;
    const cssUrl = /url\(\s*["']?(?:https?:)?\/\/[^)]*\)|@import\s+(?:url\()?["']?(?:https?:)?\/\//g;
    for (const {document, route} of pages) {
      const candidates = [
        ...[...document.querySelectorAll('script[src]')].map((node) => node.getAttribute('src')),
        ...[...document.querySelectorAll('link[href]')]
          .filter((node) => !['canonical', 'alternate'].includes(node.getAttribute('rel') ?? ''))
          .map((node) => node.getAttribute('href')),
        ...[...document.querySelectorAll('link[imagesrcset]')].flatMap((node) => srcsetUrls(node.getAttribute('imagesrcset'))),
        ...[...document.querySelectorAll('[src]')].map((node) => node.getAttribute('src')),
        ...[...document.querySelectorAll('[srcset]')].flatMap((node) => srcsetUrls(node.getAttribute('srcset'))),
        ...[...document.querySelectorAll('video[poster]')].map((node) => node.getAttribute('poster')),
        ...[...document.querySelectorAll('object[data]')].map((node) => node.getAttribute('data')),
      ];
      expect(candidates.filter((url) => url && external.test(url)), route).toEqual([]);
      const inlineCss = [
        ...[...document.querySelectorAll('[style]')].map((node) => node.getAttribute('style') ?? ''),
        ...[...document.querySelectorAll('style')].map((node) => node.textContent ?? ''),
      ].join('\n');
      expect(inlineCss.match(cssUrl), `${route} : styles en ligne`).toBeNull();
    }
    const cssDir = path.join(buildDir, 'assets', 'css');
    for (const file of readdirSync(cssDir)) {
      const css = readFileSync(path.join(cssDir, file), 'utf8');
      expect(css.match(cssUrl), file).toBeNull();
    }
  });

  it('chaque image et chaque variante pour écran dense (srcset) existe dans la construction', () => {
    const missing: string[] = [];
    for (const {document, route} of pages) {
      const urls = [
        ...[...document.querySelectorAll('img[src], source[src]')].map((node) => node.getAttribute('src')!),
        ...[...document.querySelectorAll('[srcset]')].flatMap((node) => srcsetUrls(node.getAttribute('srcset'))),
        ...[...document.querySelectorAll('link[imagesrcset]')].flatMap((node) => srcsetUrls(node.getAttribute('imagesrcset'))),
      ].filter((url) => url.startsWith('/') && !url.startsWith('//'));
      for (const url of urls) {
        if (!existsSync(path.join(buildDir, decodeURIComponent(new URL(url, 'http://site').pathname)))) missing.push(`${route} : ${url}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('exposent chaque encadré comme une note nommée, avec son style', () => {
    const labels: Record<string, string> = {info: 'Information', warning: 'Attention', danger: 'Danger', success: 'Conseil'};
    for (const {document, route} of pages) {
      for (const hint of document.querySelectorAll('[data-hint]')) {
        const style = hint.getAttribute('data-hint')!;
        expect(Object.keys(labels), route).toContain(style);
        expect(hint.getAttribute('role'), route).toBe('note');
        const labelId = hint.getAttribute('aria-labelledby');
        const label = labelId ? document.getElementById(labelId) : null;
        expect(label && hint.contains(label), `${route} : le nom de l’encadré est dans l’encadré`).toBe(true);
        expect(textOf(label!), route).toMatch(new RegExp(`^(${Object.values(labels).join('|')}|Remarque|Astuce)`));
        hint.querySelectorAll('svg').forEach((icon) => expect(icon.getAttribute('aria-hidden'), route).toBe('true'));
      }
    }
  });
});

describe('le contenu de chaque page', () => {
  it('l’accueil pose la question du guide, dit ce qu’il contient, et donne par où commencer, dans l’ordre du menu', () => {
    const home = page('/');
    expect(proseOf(home)).toContain('Un commun, dans une collectivité territoriale\u202f?');
    expect(proseOf(home)).toMatch(/Ce guide de l’Incubateur des Territoires explique aux collectivités territoriales/);
    // No promise the guide does not keep: it starts from the questions, it does not answer each one.
    expect(proseOf(home)).not.toMatch(/répond aux questions/);
    expect(textOf(home.document.querySelector('#themes-du-guide')!)).toBe('Par où commencer');
    const links = [...home.document.querySelectorAll('main ol a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(planHomeLinks(plan));
  });

  it('chaque page du guide mène à la précédente et à la suivante dans l’ordre du menu', () => {
    const order = planPages(plan);
    expect(order.length).toBeGreaterThan(1);
    order.forEach((route, index) => {
      const {document} = page(route);
      const previous = document.querySelector('nav.pagination-nav a.pagination-nav__link--prev')?.getAttribute('href');
      const next = document.querySelector('nav.pagination-nav a.pagination-nav__link--next')?.getAttribute('href');
      expect(previous, `${route} : page précédente`).toBe(order[index - 1]);
      expect(next, `${route} : page suivante`).toBe(order[index + 1]);
    });
  });

  it('chaque citation ouverte par « se ferme par », en typographie française', () => {
    const quotes = pages.flatMap(({document, route}) => [...document.querySelectorAll('.markdown blockquote')].map((quote) => ({route, text: textOf(quote)})));
    for (const {route, text} of quotes.filter(({text}) => text.startsWith('«'))) {
      expect(text, route).toMatch(/^«\u202f.+\u202f»$/u);
    }
  });

  it('chaque tableau de correspondance a sa légende, ses en-têtes de colonnes et de lignes, et une flèche muette', () => {
    for (const {document, route} of pages) {
      for (const table of document.querySelectorAll('.markdown table:has(caption)')) {
        expect(textOf(table.querySelector('caption')!), route).not.toBe('');
        expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope')), route).toEqual(['col', 'col']);
        const rows = [...table.querySelectorAll('tbody tr')];
        expect(rows.length, route).toBeGreaterThan(0);
        for (const row of rows) {
          expect(row.querySelector('th')?.getAttribute('scope'), route).toBe('row');
          expect(row.querySelectorAll('td'), route).toHaveLength(1);
          // The arrow is drawn for the eye only.
          const arrow = [...row.querySelectorAll('td *')].find((node) => node.textContent === '→');
          expect(arrow?.getAttribute('aria-hidden'), route).toBe('true');
        }
      }
    }
  });

  it('corrige les coquilles de l’export GitBook', () => {
    const prose = pages.map(proseOf).join('\n');
    for (const typo of ['mission et de', ' atour ', 'Boite', ', ,', 'et c gouvernée', 'Lien wikipédia', 'parti-pris']) {
      expect(prose).not.toContain(typo);
    }
  });

  it('chaque pied de page mène aux pages obligatoires, dit la conformité et la licence des textes', () => {
    for (const {document, route} of [...pages, readBuiltPage(buildDir, '/404')]) {
      const footer = document.querySelector('footer.footer')!;
      const links = Object.fromEntries(
        [...footer.querySelectorAll('a')].map((link) => [link.getAttribute('href'), textOf(link)]),
      );
      expect(links['/accessibilite'], route).toMatch(/^Accessibilité\u00a0: (non|partiellement|totalement) conforme$/);
      expect(links['/mentions-legales'], route).toBe('Mentions légales');
      expect(links['/donnees-personnelles'], route).toBe('Données personnelles');
      expect(links['/plan-du-site'], route).toBe('Plan du site');
      expect(textOf(footer), route).toContain('Licence Ouverte 2.0 (Etalab)');
    }
  });
});

describe('les aides à la lecture', () => {
  it('chaque page du guide a son fil d’Ariane, ses pages précédente et suivante et, si elle a des sections, sa table des matières', () => {
    for (const route of planPages(plan)) {
      const {document} = page(route);
      expect(document.querySelector('nav.theme-doc-breadcrumbs'), route).not.toBeNull();
      expect(document.querySelector('nav.pagination-nav a'), route).not.toBeNull();
      const sections = [...document.querySelectorAll('.markdown h2[id]')].map((heading) => textOf(heading).replace(/\u200B/g, '').trim());
      const toc = document.querySelector('.theme-doc-toc-desktop');
      if (sections.length === 0) continue;
      for (const section of sections) expect(textOf(toc!), route).toContain(section);
    }
  });

  it('« Dernière mise à jour le … » donne la date du dernier commit de la page', async () => {
    for (const file of guidePageFiles(path.join(projectRoot, 'docs'))) {
      const fileContent = readFileSync(path.join(projectRoot, 'docs', file), 'utf8');
      const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath: file, fileContent});
      const {document} = readBuiltPage(buildDir, frontMatter.slug as string);
      const time = document.querySelector('.theme-last-updated time');
      const committed =
        gitHistory(projectRoot) === 'complete'
          ? execFileSync('git', ['log', '-1', '--format=%cI', '--', `docs/${file}`], {cwd: projectRoot, encoding: 'utf8'}).trim()
          : '';
      if (committed === '') {
        // No history (a shallow clone, a page not committed yet): no date rather than a wrong one.
        expect(time, file).toBeNull();
        continue;
      }
      expect(textOf(time!.closest('.theme-last-updated')!), file).toMatch(/^Dernière mise à jour le \d{1,2} \S+ \d{4}$/);
      expect(time!.getAttribute('datetime')!.slice(0, 10), file).toBe(new Date(committed).toISOString().slice(0, 10));
    }
  });
});

describe('les pages du service public', () => {
  it('la déclaration d’accessibilité donne l’état de conformité, le contact et les recours', () => {
    const prose = proseOf(page('/accessibilite'));
    const footerStatus = textOf(page('/').document.querySelector('footer.footer a[href="/accessibilite"]')!).split(': ')[1];
    expect(prose).toContain(`est ${footerStatus} avec le référentiel général d’amélioration de l’accessibilité (RGAA), version\u00a04.1`);
    for (const section of ['Résultats des tests', 'Contenus non accessibles', 'Retour d’information et contact', 'Voies de recours']) {
      expect(prose).toContain(section);
    }
    expect(prose).toContain('Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07');
    expect(prose).toMatch(/vous pouvez contacter l’Incubateur des Territoires .*\u00a0: (par courriel|par le formulaire|par courrier)/);
  });

  it('les mentions légales nomment l’éditeur, le directeur de la publication et l’hébergeur', () => {
    const {document} = page('/mentions-legales');
    const section = (heading: string) => {
      const title = [...document.querySelectorAll('main h2')].find((h2) => textOf(h2).startsWith(heading));
      expect(title, `section « ${heading} »`).toBeDefined();
      return textOf(title!.nextElementSibling!);
    };
    expect(section('Éditeur')).toMatch(/^Agence nationale de la cohésion des territoires, Incubateur des Territoires/);
    expect(section('Directeur de la publication')).not.toBe('');
    expect(section('Hébergement')).not.toBe('');
    expect(section('Licence et réutilisation')).toContain('Licence Ouverte 2.0 (Etalab)');
  });

  it('les données personnelles disent : ni cookie, ni mesure d’audience, et ce que garde le navigateur', () => {
    const prose = proseOf(page('/donnees-personnelles'));
    expect(prose).toContain('Le site ne dépose aucun cookie');
    expect(prose).toContain('aucun outil de mesure d’audience');
    expect(prose).toContain('localStorage');
  });

  it('le plan du site liste les pages du guide dans l’ordre du menu, puis les autres pages', () => {
    const {document} = page('/plan-du-site');
    const links = [...document.querySelectorAll('main a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual([
      ...planPages(plan),
      '/',
      '/recherche',
      '/accessibilite',
      '/mentions-legales',
      '/donnees-personnelles',
      '/faire-un-lien',
    ]);
  });
});

describe('la page 404', () => {
  it('est en français et mène à l’accueil, au plan du site et à chaque thème du guide', () => {
    const {document} = readBuiltPage(buildDir, '/404');
    expect(document.documentElement.getAttribute('lang')).toBe('fr-FR');
    expect(document.title).toBe('Page introuvable | Communs numériques');
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBeTruthy();
    expect(textOf(document.querySelector('h1')!)).toBe('Page introuvable');
    const links = [...document.querySelectorAll('main a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(['/', '/plan-du-site', ...planTopics(plan)]);
  });
});

describe('le flux des mises à jour (Atom)', () => {
  const {url, baseUrl} = readSiteSettings();
  const feedHref = `${baseUrl}${updateFeedFile}`;
  const git = (...args: string[]) => execFileSync('git', args, {cwd: projectRoot, encoding: 'utf8'});

  /** The feed's entries, read back. */
  function readFeed() {
    const xml = readFileSync(path.join(buildDir, updateFeedFile), 'utf8');
    const feed = parseXml(xml).documentElement;
    const entries = atomChildren(feed, 'entry').map((entry) => ({
      id: atomText(entry, 'id')!,
      title: atomText(entry, 'title')!,
      href: atomChildren(entry, 'link')[0]?.getAttribute('href') ?? '',
      updated: atomText(entry, 'updated')!,
    }));
    return {xml, feed, entries};
  }

  /** The guide's built pages by route: their file in docs/ and front matter title. */
  async function guidePagesByRoute() {
    const routes = new Set(sitemapRoutes(buildDir));
    const byRoute = new Map<string, {file: string; title: string}>();
    for (const file of guidePageFiles(path.join(projectRoot, 'docs'))) {
      const fileContent = readFileSync(path.join(projectRoot, 'docs', file), 'utf8');
      const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath: file, fileContent});
      const route = frontMatter.slug as string;
      // The title as published: in French typography, as the build sets it (a page in another language keeps its own).
      const title = frontMatter.lang ? (frontMatter.title as string) : applyFrenchTypography(frontMatter.title as string);
      if (routes.has(route)) byRoute.set(route, {file: `docs/${file}`, title});
    }
    return byRoute;
  }

  it('est un flux Atom valide, en français, dont chaque entrée mène à une page du plan du site, la plus récente d’abord', () => {
    const {xml, feed, entries} = readFeed();
    expect(atomProblems(xml)).toEqual([]);
    expect(feed.localName).toBe('feed');
    expect(feed.namespaceURI).toBe(atomNamespace);
    expect(feed.getAttribute('xml:lang')).toBe('fr');
    expect(atomText(feed, 'id')).toBe(feedId());
    expect(atomText(feed, 'title')).toBe(siteTexts('fr').feed.title);
    expect(atomText(feed, 'rights')).toBe('Licence Ouverte 2.0 (Etalab)');
    const links = Object.fromEntries(atomChildren(feed, 'link').map((link) => [link.getAttribute('rel'), link.getAttribute('href')]));
    expect(links).toEqual({alternate: `${url}${baseUrl}`, self: `${url}${feedHref}`});
    expect(atomText(atomChildren(feed, 'author')[0]!, 'name')).toMatch(/^Incubateur des Territoires, /);
    const routes = sitemapRoutes(buildDir);
    for (const entry of entries) {
      expect(entry.title, entry.id).toMatch(/^(Nouvelle page|Page mise à jour)\u00a0: \S/);
      expect(entry.href.startsWith(`${url}/`), entry.href).toBe(true);
      expect(routes, entry.href).toContain(new URL(entry.href).pathname);
    }
    const times = entries.map((entry) => Date.parse(entry.updated));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(entries.length).toBeLessThanOrEqual(50);
    if (entries.length > 0) {
      expect(atomText(feed, 'updated')).toBe(entries[0]!.updated);
    }
  });

  it('date chaque entrée par un commit de sa page ; sans historique complet, aucune date fausse', async () => {
    const history = gitHistory(projectRoot);
    const {entries} = readFeed();
    if (history === 'none') {
      expect(entries).toEqual([]);
      return;
    }
    const pagesByRoute = await guidePagesByRoute();
    for (const entry of entries) {
      const page = pagesByRoute.get(new URL(entry.href).pathname);
      expect(page, `${entry.href} est une page de docs/`).toBeDefined();
      expect(entry.title.split('\u00a0: ').slice(1).join('\u00a0: '), entry.id).toBe(page!.title);
      // The id names a commit and the page's file in it: find which.
      const named = git('log', '--follow', '--format=%x1e%H', '--name-only', '--', page!.file)
        .split('\x1e')
        .map((block) => block.trim().split('\n'))
        .filter(([commit]) => commit)
        .map(([commit, ...files]) => ({commit: commit!, file: files.filter(Boolean).at(-1) ?? page!.file}));
      const hash = named.find(({commit, file}) => entryId(commit, file) === entry.id)?.commit;
      expect(hash, entry.id).toBeDefined();
      const [date, parents, message] = git('show', '-s', '--format=%cI%x1f%P%x1f%B', hash!).split('\x1f');
      expect(Date.parse(entry.updated), entry.id).toBe(Date.parse(date!));
      if (history === 'shallow') {
        // The oldest commits of a shallow clone have no parent: git shows them adding every page.
        expect(parents!.trim(), `${entry.id} : commit dont les changements sont connus`).not.toBe('');
      }
      const pageCommits = git('log', '--follow', '--format=%H', '--', page!.file).split('\n').filter(Boolean);
      expect(pageCommits, `${entry.id} : commit qui touche ${page!.file}`).toContain(hash);
      const added = git('log', '--follow', '--diff-filter=A', '--format=%H', '--', page!.file).split('\n')[0];
      if (entry.title.startsWith('Nouvelle page')) {
        expect(hash, entry.id).toBe(added);
      } else {
        expect(hash, entry.id).not.toBe(added);
        expect(isMinor(message!), `${entry.id} : commit marqué [mineur]`).toBe(false);
      }
    }
    if (history !== 'complete') return;
    // Full history: every commit that adds a page or changes it substantively has its entry.
    let expected = 0;
    for (const {file} of pagesByRoute.values()) {
      const commits = git('log', '--follow', '--format=%x1e%H%x1f%B', '--', file)
        .split('\x1e')
        .filter(Boolean)
        .map((record) => record.split('\x1f') as [string, string]);
      const added = git('log', '--follow', '--diff-filter=A', '--format=%H', '--', file).split('\n')[0];
      const addedAt = commits.findIndex(([hash]) => hash === added);
      expected += addedAt === -1 ? 0 : 1 + commits.slice(0, addedAt).filter(([, message]) => !isMinor(message)).length;
    }
    expect(entries).toHaveLength(Math.min(expected, 50));
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  });

  it('chaque page l’annonce dans son <head> et dans son pied de page, par un lien ordinaire vers le fichier', () => {
    expect(existsSync(path.join(buildDir, feedHref.slice(baseUrl.length)))).toBe(true);
    for (const {document, route} of [...pages, readBuiltPage(buildDir, '/404')]) {
      const alternates = [...document.querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]')];
      expect(alternates, route).toHaveLength(1);
      expect(alternates[0]!.getAttribute('href'), route).toBe(feedHref);
      expect(alternates[0]!.getAttribute('title'), route).toBe(siteTexts('fr').feed.title);
      const link = document.querySelector(`footer.footer a[href="${feedHref}"]`);
      expect(link, `${route} : lien du pied de page`).not.toBeNull();
      expect(textOf(link!), route).toBe('Mises à jour (flux Atom)');
      // Same look as the other footer links, and neither a new tab nor an « external » icon.
      expect(link!.classList.contains('footer__link-item'), route).toBe(true);
      expect(link!.hasAttribute('target'), route).toBe(false);
      expect(link!.querySelector('svg'), route).toBeNull();
      expect(link!.closest('li'), route).not.toBeNull();
    }
  });
});

describe('les aperçus de lien (OpenGraph, X)', () => {
  it('chaque page du plan du site et la 404 ont chaque balise une fois, et une carte PNG de 1200 × 630 qui existe', async () => {
    const {url, baseUrl} = readSiteSettings();
    const guideRoutes = new Set<string>();
    for (const file of guidePageFiles(path.join(projectRoot, 'docs'))) {
      const fileContent = readFileSync(path.join(projectRoot, 'docs', file), 'utf8');
      guideRoutes.add((await DEFAULT_PARSE_FRONT_MATTER({filePath: file, fileContent})).frontMatter.slug as string);
    }
    const images = new Set<string>();
    for (const {document, route} of [...pages, readBuiltPage(buildDir, '/404')]) {
      /** The one value of a meta tag, by property (OpenGraph) or name (X). */
      const meta = (key: string) => {
        const values = [...document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((node) => node.getAttribute('content'));
        expect(values, `${route} : ${key} une seule fois`).toHaveLength(1);
        expect(values[0]?.trim(), `${route} : ${key}`).toBeTruthy();
        return values[0]!;
      };
      meta('og:title');
      meta('og:description');
      const canonical = [...document.querySelectorAll('link[rel="canonical"]')].map((node) => node.getAttribute('href'));
      expect(canonical, `${route} : lien canonique`).toHaveLength(1);
      expect(meta('og:url'), route).toBe(canonical[0]);
      expect(meta('og:url').startsWith(`${url}${baseUrl}`), route).toBe(true);
      expect(meta('og:locale'), route).toBe('fr_FR');
      expect(meta('og:site_name'), route).toBe('Communs numériques');
      expect(meta('og:type'), route).toBe(guideRoutes.has(route) ? 'article' : 'website');
      const image = meta('og:image');
      expect(image.startsWith(`${url}${baseUrl}img/cartes/`), `${route} : ${image}`).toBe(true);
      expect(image, route).toMatch(/^[\x21-\x7e]+\.png$/);
      const file = path.join(buildDir, new URL(image).pathname.slice(baseUrl.length));
      expect(existsSync(file), `${route} : ${image} existe`).toBe(true);
      expect(pngSize(readFileSync(file)), image).toEqual({width: 1200, height: 630});
      images.add(image);
      expect(meta('og:image:type'), route).toBe('image/png');
      expect(meta('og:image:width'), route).toBe('1200');
      expect(meta('og:image:height'), route).toBe('630');
      expect(meta('og:image:alt'), route).toBe('Carte\u00a0: titre de la page, Communs numériques, Incubateur des Territoires');
      expect(meta('twitter:card'), route).toBe('summary_large_image');
      expect(meta('twitter:image'), route).toBe(image);
      expect(meta('twitter:image:alt'), route).toBe(meta('og:image:alt'));
    }
    // A card of its own for each page.
    expect(images.size).toBe(pages.length + 1);
  });
});

describe('ce que le navigateur reçoit du code du site', () => {
  /** Every script the build wrote for browsers, both editions: Docusaurus's bundles and the islands. */
  const scripts = ['assets/js', 'en/assets/js'].flatMap((dir) =>
    readdirSync(path.join(buildDir, dir))
      .filter((file) => file.endsWith('.js'))
      .map((file) => path.join(dir, file)),
  );

  it('aucun script ne contient les réglages de déploiement ni un module de Node, même importés par un détour', () => {
    expect(scripts.length).toBeGreaterThan(10);
    // What only the Node side holds: the settings' reading of the environment (src/shared/settings/site.ts)
    // and Node's own modules. The ESLint rule catches direct imports; this, what a shared module drags in.
    const nodeOnly = [/\bPUBLICATION_DRAFT\b/, /\bACCESSIBILITY_STATUS\b/, /\bHOST_ADDRESS\b/, /\bLOG_RETENTION\b/, /["']node:[a-z_]+["']/, /require\(["'](fs|path|child_process)["']\)/];
    const found = scripts.flatMap((file) => {
      const code = readFileSync(path.join(buildDir, file), 'utf8');
      return nodeOnly.filter((pattern) => pattern.test(code)).map((pattern) => `${file} : ${pattern}`);
    });
    expect(found).toEqual([]);
  });
});
