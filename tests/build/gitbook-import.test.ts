/**
 * A whole GitBook space imported with `npm run import:gitbook` (tests/fixtures/gitbook-export:
 * nested sections, accented file names, assets with colliding names, tabs, embeds, page-refs…) into
 * a copy of the site, with a second space written as GitBook's export writes today (every construct
 * of bench/gitbook-spaces/generate.ts, to-do items included); built for real as a draft
 * (`PUBLICATION_DRAFT=1`), which publishes while listing what would stop a publication, and read in
 * Chromium. Then the to-do items are worked through, as a person would, and the content checker
 * accepts the pages.
 */
import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {cp, readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import {describe, expect, it} from 'vitest';
import {fixImportedSpace} from '../../bench/gitbook-spaces/fix';
import {spaceProfiles} from '../../bench/gitbook-spaces/generate';
import {makeGuidePdfs} from '../../src/features/pdf/guide-pdfs';
import {gitbookImport} from '../scenarios/gitbook-import';
import {readScenarioSite, scenarioRecord} from '../scenarios/scenario-site';
import {forEachConcurrently, openPage} from '../support/browser-page';
import {readBuiltPage, textOf} from '../support/built-site';
import {axeViolations, brokenImages, overflowProblems} from '../support/page-checks';
import {runProjectScript} from '../support/project-script';
import {servedSite} from '../support/served-site';
import {contentScripts, outsideRequests} from '../../src/features/content-security/outside-requests';

const scenario = readScenarioSite();
const build = {...scenario, code: scenario.build.code, output: scenario.build.output};
const {dest, firstRun, secondRun, todayDest, todayRun, todayPlan} = scenarioRecord(gitbookImport);
/** Where the export's pages are published: under the destination folder's address. */
const prefix = `/${path.posix.relative('docs', dest)}`;

/** The imported pages, in the order of the export's SUMMARY.md. */
const importedPages = [
  {route: '/bienvenue', title: 'Bienvenue dans le guide de la mutualisation'},
  {route: '/premiers-pas', title: 'Premiers pas'},
  {route: '/premiers-pas/pourquoi-mutualiser', title: 'Pourquoi mutualiser\u202F?'},
  {route: '/premiers-pas/creer-une-communaute', title: 'Créer une communauté'},
  {route: '/gouvernance', title: 'Gouvernance'},
  {route: '/gouvernance/regles-de-decision', title: 'Règles de décision'},
  {route: '/gouvernance/regles-de-decision/le-comite-de-pilotage', title: 'Le comité de pilotage'},
  {route: '/ressources', title: 'Ressources'},
].map(({route, title}) => ({route: `${prefix}${route}`, title}));

it('les imports réussissent et le site se construit en brouillon', () => {
  expect(firstRun.code, firstRun.output).toBe(0);
  expect(todayRun.code, todayRun.output).toBe(0);
  expect(build.code, `${firstRun.output}\n${todayRun.output}\n${build.output}`).toBe(0);
});

/** Every HTML file of a build. */
const htmlFilesOf = (dir: string): string[] =>
  readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));

/** The addresses of the pages an import wrote in `dest`: their slugs, from its manifest. */
function importedRoutes(dest: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(dest, '.gitbook-import.json'), 'utf8')) as {files: Record<string, unknown>};
  return Object.keys(manifest.files)
    .filter((file) => file.endsWith('.md'))
    .map((file) => matter(readFileSync(path.join(dest, file), 'utf8')).data.slug as string);
}

describe('l’import d’un export GitBook', () => {
  it('rend compte de ce qu’il a converti et de ce qu’il faut reprendre, avec fichier et ligne', () => {
    expect(firstRun.output).toContain('Pages (8), 8 écrite(s)');
    // Each page under an ASCII name, where its part puts it, at its address.
    const page = path.join(build.siteDir, dest, 'mettre-en-commun', 'premiers-pas', 'creer-une-communaute.md');
    expect(matter(readFileSync(page, 'utf8')).data.slug).toBe(`${prefix}/premiers-pas/creer-une-communaute`);
    expect(firstRun.output).toMatch(/2 \{% page-ref %\} devenus \{% content-ref %\}/);
    expect(firstRun.output).toMatch(/gitbook-export\/brouillon\.md page absente de SUMMARY\.md/);
    expect(firstRun.output).toMatch(/gitbook-export\/ressources\.md:1 pas de « description »/);
  });

  it('donne des pages que le vérificateur de contenu accepte', async () => {
    const manifest = JSON.parse(await readFile(path.join(build.siteDir, dest, '.gitbook-import.json'), 'utf8')) as {files: Record<string, unknown>};
    const pages = Object.keys(manifest.files).filter((file) => file.endsWith('.md'));
    expect(pages).toHaveLength(8);
    const lint = runProjectScript('src/features/content-checks/lint/cli.ts', pages.map((page) => path.join(dest, page)), build.siteDir);
    expect(lint.code, lint.output).toBe(0);
  });

  it('relancé sur le même export, ne réécrit rien', () => {
    expect(secondRun.code, secondRun.output).toBe(0);
    expect(secondRun.output).toContain('0 fichier(s) écrit(s).');
    expect(secondRun.output).not.toMatch(/: (créé|mis à jour)$/m);
  });

  it('copie les fichiers sous des noms ASCII, sans collision entre « image (1).png » et « image-1.png »', async () => {
    const manifest = JSON.parse(await readFile(path.join(build.siteDir, dest, '.gitbook-import.json'), 'utf8')) as {files: Record<string, {source: string}>};
    const assets = Object.fromEntries(
      Object.entries(manifest.files)
        .filter(([file]) => file.startsWith('assets/'))
        .map(([file, {source}]) => [source, file]),
    );
    expect(assets).toEqual({
      '.gitbook/assets/Schéma de gouvernance.png': 'assets/schema-de-gouvernance.png',
      '.gitbook/assets/image (1).png': 'assets/image-1.png',
      '.gitbook/assets/image-1.png': 'assets/image-1-2.png',
      '.gitbook/assets/Fiche pratique – Convention.pdf': 'assets/fiche-pratique-convention.pdf',
    });
  });
});

describe('le site construit avec l’espace importé', () => {
  it('publie chaque page à une adresse ASCII, sous son titre accentué', () => {
    for (const {route, title} of importedPages) {
      const {document} = readBuiltPage(build.buildDir, route);
      expect(textOf(document.querySelector('main h1')!), route).toBe(title);
      const article = document.querySelector('main article')!.cloneNode(true) as Element;
      article.querySelectorAll('pre').forEach((code) => code.remove());
      expect(textOf(article), route).not.toMatch(/\\[()*_]|\*\*\*\*|\{%/);
    }
  });

  it('range les pages dans l’ordre du sommaire, parties et sous-parties comprises', () => {
    const {document} = readBuiltPage(build.buildDir, '/plan-du-site');
    const main = document.querySelector('main')!;
    const order = [...main.querySelectorAll('a')].map((link) => link.getAttribute('href')).filter((href) => importedPages.some(({route}) => route === href));
    expect(order).toEqual(importedPages.map(({route}) => route));
    const labels = textOf(main);
    expect(labels.indexOf('Mettre en commun')).toBeGreaterThan(labels.indexOf('Bienvenue dans le guide'));
    expect(labels.indexOf('Aller plus loin')).toBeGreaterThan(labels.indexOf('Le comité de pilotage'));
  });

  it('sur la page d’accueil, une partie sans page propre liste ses pages, chacune vers sa première page', () => {
    // The scenarios' folder (docs/essais/) is such a part: the import is one of its entries.
    const {document} = readBuiltPage(build.buildDir, '/');
    const card = [...document.querySelectorAll('main ol > li')].find((item) => textOf(item.querySelector('h3')!) === 'Pages d’essai');
    expect(card?.querySelector('h3 a'), 'une partie sans page n’a pas de lien à son nom').toBeNull();
    const links = [...card!.querySelectorAll('ul a')].map((link) => link.getAttribute('href'));
    expect(links).toContain(importedPages[0]!.route);
    expect(links.length).toBeGreaterThan(5);
  });

  it('réécrit les liens entre pages, ancres comprises, et nomme les renvois d’après la page visée', () => {
    const welcome = readBuiltPage(build.buildDir, `${prefix}/bienvenue`).document;
    const links = [...welcome.querySelectorAll('main article a')].map((link) => link.getAttribute('href'));
    expect(links).toContain(`${prefix}/premiers-pas/pourquoi-mutualiser`);
    expect(links).toContain(`${prefix}/gouvernance/regles-de-decision#qui-decide`);
    const rules = readBuiltPage(build.buildDir, `${prefix}/gouvernance/regles-de-decision`).document;
    expect(rules.getElementById('qui-decide')?.tagName).toBe('H2');
    const section = readBuiltPage(build.buildDir, `${prefix}/premiers-pas`).document;
    const references = [...section.querySelectorAll('main article a')].map((link) => [link.getAttribute('href'), textOf(link)]);
    expect(references).toEqual(
      expect.arrayContaining([
        [`${prefix}/premiers-pas/pourquoi-mutualiser`, 'Pourquoi mutualiser\u202F?'],
        [`${prefix}/premiers-pas/creer-une-communaute`, 'Créer une communauté'],
      ]),
    );
  });

  it('rend les blocs GitBook : onglets, lien au lieu d’un cadre, fichier avec sa taille, titres sans numéro', () => {
    const why = readBuiltPage(build.buildDir, `${prefix}/premiers-pas/pourquoi-mutualiser`).document;
    const tabs = [...why.querySelectorAll('main [role="group"]')].map((group) => textOf(group.querySelector(`[id="${group.getAttribute('aria-labelledby')}"]`)!));
    expect(tabs).toEqual(['Petite commune', 'Intercommunalité']);
    // The heading's text, without the invisible space before its « # » link.
    expect([...why.querySelectorAll('main article h2')].map((heading) => [heading.id, textOf(heading).replace(/\u200B/g, '')])).toEqual([
      ['reduire-les-couts', 'Réduire les coûts'],
      ['partager-les-risques', 'Partager les risques'],
    ]);
    const community = readBuiltPage(build.buildDir, `${prefix}/premiers-pas/creer-une-communaute`).document;
    expect(community.querySelector('iframe')).toBeNull();
    expect(community.querySelector('main a[href="https://www.numerique.gouv.fr/services/"]')).not.toBeNull();
    const images = [...community.querySelectorAll('main article img')];
    expect(images.map((image) => image.getAttribute('alt'))).toEqual([
      'Trois collectivités autour d’une même solution numérique',
      'Les rôles de chacun\u00A0: les collectivités, l’incubateur et les prestataires',
    ]);
    const committee = readBuiltPage(build.buildDir, `${prefix}/gouvernance/regles-de-decision/le-comite-de-pilotage`).document;
    const file = [...committee.querySelectorAll('main a')].find((link) => textOf(link).startsWith('Modèle de convention'));
    expect(file && textOf(file)).toBe('Modèle de convention de mutualisation (PDF, 1\u00A0Ko)');
    expect(file?.getAttribute('href')).toMatch(/^\/assets\/files\/fiche-pratique-convention-[0-9a-f]+\.pdf$/);
  });
});

describe('un espace tel que l’export GitBook l’écrit aujourd’hui, construit en brouillon', () => {
  const todayRoutes = () => importedRoutes(path.join(build.siteDir, todayDest));
  const todayFile = new RegExp(`^\\[brouillon, à corriger avant publication\\] ${todayDest.replace(/[/.]/g, '\\$&')}/\\S+\\.md:\\d+:\\d+ Image sans texte`);
  const draftLines = () => build.output.split('\n').filter((line) => line.startsWith('[brouillon, à corriger avant publication] '));

  it('l’import liste ce qui reste à reprendre, par type avec leur nombre, et l’écrit dans un fichier à cocher', async () => {
    expect(todayRun.output).toMatch(/^À reprendre à la main \(\d+, liste dans import-gitbook-a-reprendre\.md\) :$/m);
    for (const kind of ['Images sans description', 'Images d’autres sites non téléchargées', 'Liens cassés dans GitBook', 'Liens, fichiers et ancres introuvables', 'Contenus réutilisables à recopier', 'Intégrations et diagrammes', 'Contenus adaptatifs, montrés à tous']) {
      expect(todayRun.output, kind).toMatch(new RegExp(`^  ${kind} \\(\\d+\\) :$`, 'm'));
    }
    const todo = await readFile(path.join(build.siteDir, 'import-gitbook-a-reprendre.md'), 'utf8');
    expect(todo).toMatch(/^## Images sans description \(\d+\)$/m);
    expect(todo).toMatch(/^- \[ \] \S+\.md:\d+ image sans texte de remplacement/m);
    // What the build turns into the site's components is not a to-do item.
    expect(todo).not.toMatch(/stepper|columns|tableau de cartes|figure/i);
  });

  it('publie chaque page ; chaque problème restant est écrit avec son fichier et sa ligne, sans arrêter la construction', () => {
    const routes = todayRoutes();
    expect(routes).toHaveLength(spaceProfiles.essai!.pages);
    for (const route of routes) expect(readBuiltPage(build.buildDir, route).document.querySelector('main h1'), route).not.toBeNull();
    const lines = draftLines();
    const withoutDescription = lines.filter((line) => line.includes('Image sans texte de remplacement'));
    expect(withoutDescription.length).toBeGreaterThan(0);
    for (const line of withoutDescription) expect(line).toMatch(todayFile);
    // The links to what the export lacks, or to sections that no longer exist: said by the build too.
    expect(build.output).toMatch(/compte-rendu-absent\.pdf/);
    expect(build.output).toMatch(/section-disparue-\d+/);
  });

  it('téléchargements en échec compris, aucune page ne charge rien d’un autre site ni n’exécute un script du contenu', () => {
    const pages = htmlFilesOf(build.buildDir);
    expect(pages.length).toBeGreaterThan(spaceProfiles.essai!.pages);
    const canonical = /<link[^>]+rel="?canonical"?[^>]+href="?([^"\s>]+)/.exec(readFileSync(path.join(build.buildDir, 'index.html'), 'utf8'))?.[1];
    const siteOrigin = new URL(canonical!).origin;
    const found = pages.flatMap((file) => {
      const html = readFileSync(file, 'utf8');
      return [
        ...outsideRequests(html, siteOrigin).map((request) => `${path.relative(build.buildDir, file)} <${request.element} ${request.attribute}> ${request.url}`),
        ...contentScripts(html).map((script) => `${path.relative(build.buildDir, file)} ${script.excerpt}`),
      ];
    });
    expect(found.join('\n')).toBe('');
  });

  it('les descriptions des pages importées sont du texte : ni balise GitBook, ni Markdown, ni HTML', () => {
    const routes = [...importedRoutes(path.join(build.siteDir, dest)), ...todayRoutes()];
    expect(routes.length).toBeGreaterThan(spaceProfiles.essai!.pages);
    const descriptions = routes.map((route) => [route, readBuiltPage(build.buildDir, route).document.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''] as const);
    for (const [route, description] of descriptions) expect(description, route).not.toMatch(/\{%|%\}|`|<\/?[a-z]|\]\(|\*\*/i);
    // Written, or taken from the first real paragraph: most pages have one.
    expect(descriptions.filter(([, description]) => description.length >= 20).length).toBeGreaterThan(routes.length / 2);
  });

  it('rend les blocs d’aujourd’hui : étapes en liste ordonnée, colonnes, cartes, mises à jour datées, API, code', () => {
    const html = todayRoutes().map((route) => readBuiltPage(build.buildDir, route).document);
    const all = (selector: string) => html.flatMap((document) => [...document.querySelectorAll(`main article ${selector}`)]);
    expect(all('ol[class*="steps"] > li').length).toBeGreaterThan(3);
    expect(all('[class*="columns"]').length).toBeGreaterThan(0);
    expect(all('[class*="cards"] a').length).toBeGreaterThan(0);
    expect(all('time[datetime]').length).toBeGreaterThan(0);
    expect(all('pre code').length).toBeGreaterThan(0);
    for (const document of html) {
      const text = textOf(document.querySelector('main article')!);
      expect(text).not.toMatch(/\{%|broken-reference|<\/?(div|figure|table|picture)/);
    }
    // No page of the space asks another site for anything.
    expect(html.flatMap((document) => [...document.querySelectorAll('img[src^="http"], iframe, script[src^="http"]')])).toEqual([]);
  });

  it('une fois la liste reprise (descriptions écrites, liens morts retirés), ses pages passent le vérificateur de contenu', async () => {
    // On a copy of the site's sources: the scenario site stays as built, for the other test files.
    const copy = path.join(build.siteDir, '..', 'espace-du-jour-repris');
    await rm(copy, {recursive: true, force: true});
    await cp(build.siteDir, copy, {recursive: true, filter: (source) => !/[/\\](build|node_modules)$/.test(source)});
    const fixes = await fixImportedSpace(path.join(copy, todayDest), todayPlan);
    expect(fixes.descriptions).toBeGreaterThan(0);
    const manifest = JSON.parse(await readFile(path.join(copy, todayDest, '.gitbook-import.json'), 'utf8')) as {files: Record<string, unknown>};
    const pages = Object.keys(manifest.files).filter((file) => file.endsWith('.md'));
    expect(pages).toHaveLength(spaceProfiles.essai!.pages);
    const lint = runProjectScript('src/features/content-checks/lint/cli.ts', pages.map((page) => path.join(todayDest, page)), copy);
    expect(lint.code, lint.output).toBe(0);
  });
});

const site = servedSite('scenarios');

describe('dans Chromium', () => {

  it.concurrent.each(importedPages.flatMap(({route}) => [375, 1280].map((width) => ({route, width}))))(
    '$route à $width px : axe-core, images affichées, ni requête extérieure ni défilement horizontal',
    async ({route, width}) => {
      const opened = await openPage(site.browser, site.origin, route, {width, reuse: true});
      expect((await axeViolations(opened.page)).join('\n')).toBe('');
      expect((await overflowProblems(opened.page)).join('\n')).toBe('');
      expect(await brokenImages(opened.page)).toEqual([]);
      expect(opened.problems).toEqual([]);
      await opened.close();
    },
  );
});

describe('l’espace d’aujourd’hui, dans Chromium', () => {

  it('chaque page à 375 px : axe-core, images affichées, ni requête extérieure ni défilement horizontal', async () => {
    const routes = importedRoutes(path.join(build.siteDir, todayDest));
    expect(routes).toHaveLength(spaceProfiles.essai!.pages);
    const problems: string[] = [];
    await forEachConcurrently(routes, 3, async (route) => {
      const opened = await openPage(site.browser, site.origin, route, {width: 375, reuse: true});
      problems.push(...(await axeViolations(opened.page)).map((violation) => `${route} ${violation}`));
      problems.push(...(await overflowProblems(opened.page)).map((overflow) => `${route} ${overflow}`));
      const broken = await brokenImages(opened.page);
      problems.push(...broken.map((src) => `${route} image non affichée ${src}`), ...opened.problems.map((problem) => `${route} ${problem}`));
      await opened.close();
    });
    expect(problems.sort().join('\n')).toBe('');
  }, 180_000);
});

describe('les parties du menu, dans Chromium', () => {
  const sidebarLink = (route: string) => `.theme-doc-sidebar-menu a[href="${route}"]`;

  it('sans JavaScript, chaque page est à portée du menu : les parties sur le chemin de la page ouvertes, les autres menant à leur page', async () => {
    // Reading the menu as a reader without JavaScript: from one page, following only visible links
    // of the menu, every page of the space is reached; and a page's menu lists its own part's pages.
    const toVisit = [`${prefix}/ressources`];
    const reached = new Set<string>(toVisit);
    while (toVisit.length > 0) {
      const route = toVisit.shift()!;
      const opened = await openPage(site.browser, site.origin, route, {width: 1280, scripts: 'off'});
      const links = await opened.page.locator('.theme-doc-sidebar-menu a[href]:visible').evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
      await opened.close();
      for (const link of links) {
        if (link.startsWith(prefix) && !reached.has(link)) {
          reached.add(link);
          toVisit.push(link);
        }
      }
    }
    for (const {route} of importedPages) expect(reached.has(route), route).toBe(true);
    const inPart = await openPage(site.browser, site.origin, `${prefix}/premiers-pas/creer-une-communaute`, {width: 1280, scripts: 'off'});
    for (const route of [`${prefix}/premiers-pas`, `${prefix}/premiers-pas/pourquoi-mutualiser`, `${prefix}/premiers-pas/creer-une-communaute`]) {
      await expect(inPart.page.locator(sidebarLink(route)).first().isVisible(), route).resolves.toBe(true);
    }
    await inPart.close();
  });

  it('avec les îlots, une partie se replie et se déplie, au bouton ou à son nom, et le dit ; une partie fermée s’ouvre sur sa page', async () => {
    const opened = await openPage(site.browser, site.origin, `${prefix}/premiers-pas/pourquoi-mutualiser`, {width: 1280});
    const {page} = opened;
    // A part with a page of its own: its caret button.
    const caret = page.getByRole('button', {name: 'Replier la catégorie «\u202fPremiers pas\u202f»'});
    await expect(caret.getAttribute('aria-expanded')).resolves.toBe('true');
    await caret.click();
    const unfold = page.getByRole('button', {name: 'Déplier la catégorie «\u202fPremiers pas\u202f»'});
    await expect(unfold.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.locator(sidebarLink(`${prefix}/premiers-pas/pourquoi-mutualiser`)).isVisible()).resolves.toBe(false);
    await expect(page.locator(`${sidebarLink(`${prefix}/premiers-pas`)}:not([role="button"])`).isVisible()).resolves.toBe(true);
    await unfold.click();
    await expect(page.locator(sidebarLink(`${prefix}/premiers-pas/pourquoi-mutualiser`)).isVisible()).resolves.toBe(true);
    // A part without a page: its name folds it instead of leading to its first page.
    const part = page.locator('.theme-doc-sidebar-menu [role="button"]', {hasText: 'Mettre en commun'});
    await expect(part.getAttribute('aria-expanded')).resolves.toBe('true');
    await part.click();
    await expect(part.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.locator(sidebarLink(`${prefix}/gouvernance`)).isVisible()).resolves.toBe(false);
    expect(new URL(page.url()).pathname).toBe(`${prefix}/premiers-pas/pourquoi-mutualiser`);
    await part.press('Enter');
    await expect(page.locator(sidebarLink(`${prefix}/gouvernance`)).isVisible()).resolves.toBe(true);
    expect((await axeViolations(page)).join('\n')).toBe('');
    // A part off the page's way is closed, its pages not in this page: its caret leads to its page, open there.
    const closed = page.getByRole('button', {name: 'Déplier la catégorie «\u202fGouvernance\u202f»'});
    await expect(closed.getAttribute('aria-expanded')).resolves.toBe('false');
    await Promise.all([page.waitForURL(`**${prefix}/gouvernance`), closed.click()]);
    await expect(page.locator(sidebarLink(`${prefix}/gouvernance/regles-de-decision`)).first().isVisible()).resolves.toBe(true);
    expect(opened.problems).toEqual([]);
    await opened.close();
  });
});

describe('le PDF du guide importé (npm run pdf)', () => {
  it('contient chaque page importée, parties comprises, dans l’ordre du sommaire, chacune sur sa page', async () => {
    // On a copy of the French edition: the scenario build stays as the other test files read it.
    const copy = path.join(build.siteDir, '..', 'pdf-du-site-importe');
    await rm(copy, {recursive: true, force: true});
    await cp(build.buildDir, copy, {recursive: true, filter: (source) => source !== path.join(build.buildDir, 'en')});
    // The build is a draft (today's space holds links to missing sections): its PDF says them, as the build does.
    const [pdf, ...others] = await makeGuidePdfs(copy, () => undefined, {draft: true, browser: site.browser});
    expect(others).toEqual([]);
    // pdftotext separates the pages with a form feed; its text as a reader copies it.
    const pages = execFileSync('pdftotext', ['-raw', pdf!.file, '-'], {encoding: 'utf8'})
      .split('\f')
      .map((page) => page.replace(/[\s\u00a0\u202f]+/g, ' '));
    expect(pages.length - 1).toBe(pdf!.pageCount);
    // A chapter starts on the first page whose running head, the page's first line, is its title.
    // The PDF holds the whole site: each imported page is looked for after the one before it.
    const startPage = (title: string, after = 1) => pages.findIndex((page, index) => index > after && page.trimStart().startsWith(title.replace(/\u202f/g, ' ')));
    const starts: number[] = [];
    for (const {title} of importedPages) starts.push(startPage(title, starts.at(-1) ?? 1));
    expect(starts.every((page) => page > 1), `pages de début ${starts.join(', ')}`).toBe(true);
    // The parts without their own page open their pages, in the contents and in the document.
    const [welcome, , , , , , committee] = starts;
    expect(startPage('Mettre en commun', welcome)).toBeGreaterThan(welcome!);
    expect(startPage('Aller plus loin', committee)).toBeGreaterThan(committee!);
    // The contents, over as many pages as the whole site takes, each headed « Sommaire ».
    const contents = pages.filter((page) => page.trimStart().startsWith('Sommaire')).join(' ');
    for (const {title} of importedPages) expect(contents).toContain(title.replace(/\u202f/g, ' '));
    // Every page of the imported site links to it.
    const {document} = readBuiltPage(copy, `${prefix}/bienvenue`);
    expect(document.querySelector('[data-guide-pdf-link] a')?.getAttribute('href')).toBe('/guide-communs-numeriques.pdf');
  });
});
