/**
 * A contributor's merge request, from its text to its preview: on the working copy, the changes
 * CONTRIBUTING.md describes (tests/pipeline/contributor-changes.ts: a new page from the template,
 * typed as people type, and a French page changed without its translation).
 *
 * - The content checks pass (npm run lint:content, urls:check, i18n:check): ordinary spaces are set
 *   by the publication, the new address is new, the translation is listed for review.
 * - The `preview` job of .gitlab-ci.yml, run by gitlab-ci-local with the variables GitLab gives a
 *   merge request pipeline (its number, its GitLab Pages address with the /mr-<number>/ path) and
 *   the project's settings, builds the site; its public/ folder, served by the nginx kit under that
 *   path as GitLab Pages serves it, has every page of both editions, their scripts, redirects, 404,
 *   site map, feed, cards, PDF and search, under the path and nowhere else, without a
 *   Content-Security-Policy violation; the new page in French typography, in the menu, the home
 *   page and the site map; the English page saying it may be outdated.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startNginx, type NginxServer} from '../../src/features/nginx-kit/serve';
import {pageRedirects} from '../../src/features/published-urls/site-redirects';
import {scriptsHaveRun} from '../support/browser-page';
import {projectRoot} from '../support/build-site';
import {missingRoute, sitemapRoutes, translatedLocales} from '../support/built-site';
import {cspProblems, expectSecurityHeaders, recordCspViolations} from '../support/nginx-checks';
import {frenchOutsideMarkedPassages, unmarkedFrenchTexts} from '../support/english-text';
import {pipelineCopy, runPipelineJob, type JobRun} from '../support/pipeline';
import {sharedBrowser} from '../support/served-site';
import {runProjectScript, type ScriptRun} from '../support/project-script';
import {guidePlanOf, planHomeLinks, planPages} from '../support/guide-plan';
import {makeContributorChanges, type ContributorChanges} from './contributor-changes';
import {JSDOM} from 'jsdom';

/** The merge request, and where GitLab Pages publishes its preview. */
const mergeRequest = '7';
const pagesUrl = `https://incubateur.gitlab.io/communs-numeriques/mr-${mergeRequest}`;
const basePath = `${new URL(pagesUrl).pathname}/`;
/** The project's CI/CD variables: every setting a public site must have (src/shared/settings/site.ts). */
const projectSettings = {
  HOST_NAME: 'Hébergeur d’essai',
  HOST_ADDRESS: '1, rue de l’Essai, 00000 Essai',
  HOST_PHONE: '+33 1 00 00 00 00',
  PUBLICATION_DIRECTOR: 'Camille Essai',
  CONTACT_EMAIL: 'communs@intranet.exemple.fr',
  ACCESSIBILITY_PLAN_URL: 'https://intranet.exemple.fr/schema-pluriannuel',
  LOG_RETENTION: '12 mois',
};

let job: JobRun;
let publicDir: string;
let changes: ContributorChanges;
const checks: Record<'lint' | 'urls' | 'i18n', ScriptRun> = {} as never;
let server: NginxServer;
let browser: Browser;

beforeAll(async () => {
  const dir = await pipelineCopy(path.join(projectRoot, 'tests', '.output', 'pipeline-merge-request'));
  changes = await makeContributorChanges(dir);
  checks.lint = runProjectScript('src/features/content-checks/lint/cli.ts', [], dir);
  checks.urls = runProjectScript('src/features/published-urls/check/cli.ts', ['check'], dir);
  checks.i18n = runProjectScript('src/features/translations/check/cli.ts', ['check'], dir);
  job = await runPipelineJob(dir, 'preview', {
    CI_PIPELINE_SOURCE: 'merge_request_event',
    CI_MERGE_REQUEST_IID: mergeRequest,
    CI_PAGES_URL: pagesUrl,
    // The cards the tests' own builds already drew (they depend only on the titles).
    SOCIAL_CARDS_CACHE: path.join(projectRoot, 'node_modules', '.cache', 'social-cards'),
    ...projectSettings,
  });
  expect(job.code, job.output).toBe(0);
  publicDir = path.join(dir, 'public');
  server = await startNginx(publicDir);
  browser = await sharedBrowser();
}, 300_000);
afterAll(async () => {
  await server?.close();
});

const get = (address: string) => fetch(`${server.origin}${address}`, {redirect: 'manual'});
/** Every page of both editions, from the preview's site maps, as paths under the preview's address. */
const previewPages = () => [publicDir, ...translatedLocales.map((locale) => path.join(publicDir, locale))].flatMap((dir) => sitemapRoutes(dir));

describe('les vérifications du contenu d’une demande de fusion', () => {
  it('passent sur une page tapée avec des espaces ordinaires, et disent ce que la publication mettra à la française', () => {
    expect(checks.lint.code, checks.lint.output).toBe(0);
    expect(checks.lint.output).toMatch(/^\d+ corrections? typographiques? faites? par la publication/m);
  });

  it('disent la nouvelle adresse, sans rien demander', () => {
    expect(checks.urls.code, checks.urls.output).toBe(0);
    expect(checks.urls.output).toContain(`Nouvelles adresses depuis la dernière publication`);
    expect(checks.urls.output).toContain(changes.page.route);
  });

  it('listent la traduction à revoir et la page à traduire, sans bloquer', () => {
    expect(checks.i18n.code, checks.i18n.output).toBe(0);
    expect(checks.i18n.output).toContain(`${changes.changed.translation}:1:1 à revoir (« en »)`);
    expect(checks.i18n.output).toContain(`${changes.page.file}:1:1 à traduire (« en »)`);
    expect(checks.i18n.output).toContain(`${changes.section.file}:1:1 à traduire (« en »)`);
    expect(checks.i18n.output).toContain(`${changes.section.categoryFile}:1:1 à traduire (« en ») : le nom de section « ${changes.section.name} »`);
  });
});

describe('le job preview d’une demande de fusion', () => {
  it('construit un brouillon à l’adresse de la demande de fusion, que la demande de fusion affiche', () => {
    expect(job.output).toContain(`Construction pour https://incubateur.gitlab.io${basePath} (brouillon)`);
    // GitLab links the merge request to its environment's address.
    expect(job.output).toContain(`environment: { name: apercu/mr-${mergeRequest}, url: ${pagesUrl} }`);
    expect(server.basePath).toBe(basePath);
  });

  it('sert chaque page des deux éditions sous son chemin, et rien à la racine', async () => {
    const pages = previewPages();
    expect(pages.length).toBeGreaterThanOrEqual(20);
    for (const page of pages) {
      expect(page.startsWith(basePath), page).toBe(true);
      const response = await get(page);
      expect(response.status, page).toBe(200);
    }
    expect((await get(pages[1]!.slice(basePath.length - 1))).status).toBe(404);
    const missing = await get(`${basePath.slice(0, -1)}${missingRoute}`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page introuvable');
  });

  it('ses scripts et feuilles de style, ses redirections : sous son chemin, avec les en-têtes du kit', async () => {
    const page = await get(basePath);
    expect(page.status).toBe(200);
    expectSecurityHeaders(page, basePath);
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)=["']?(\/[^"' >]+\/assets\/[^"' >]+)/g)].map((match) => match[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      expect(asset.startsWith(`${basePath}assets/`), asset).toBe(true);
      expect((await get(asset)).status, asset).toBe(200);
    }
    const [first] = pageRedirects();
    const redirect = await get(`${basePath.slice(0, -1)}${first!.from}`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe(`${basePath.slice(0, -1)}${first!.to}`);
  });

  it('les pages du service public montrent les réglages du projet, et le pied de page le contact', async () => {
    const legal = await (await get(`${basePath}mentions-legales`)).text();
    for (const value of [projectSettings.HOST_NAME, projectSettings.HOST_ADDRESS, projectSettings.HOST_PHONE, projectSettings.PUBLICATION_DIRECTOR]) {
      expect(legal).toContain(value);
    }
    const privacy = await (await get(`${basePath}donnees-personnelles`)).text();
    expect(privacy).toContain(projectSettings.LOG_RETENTION);
    const accessibility = await (await get(`${basePath}accessibilite`)).text();
    expect(accessibility).toMatch(/href="?https:\/\/intranet\.exemple\.fr\/schema-pluriannuel/);
    expect(accessibility).toMatch(/href="?mailto:communs@intranet\.exemple\.fr/);
    expect(legal).toMatch(/<a class="?footer__link-item"? href="?mailto:communs@intranet\.exemple\.fr"?>Contact<\/a>/);
  });

  it('plan du site, flux, cartes de partage et PDF du guide à son adresse', async () => {
    const origin = new URL(pagesUrl).origin;
    const sitemap = await (await get(`${basePath}sitemap.xml`)).text();
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(locations.length).toBeGreaterThan(5);
    for (const location of locations) expect(location.startsWith(`${origin}${basePath}`), location).toBe(true);
    const feed = await get(`${basePath}mises-a-jour.atom`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('application/atom+xml');
    const links = [...(await feed.text()).matchAll(/<link[^>]*href="([^"]+)"/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(link.startsWith(`${origin}${basePath}`), link).toBe(true);
    const html = await (await get(basePath)).text();
    const card = /<meta[^>]*\sproperty="?og:image"?\s[^>]*content="?([^" >]+)/.exec(html)?.[1];
    expect(card?.startsWith(`${origin}${basePath}img/cartes/`), card).toBe(true);
    expect((await get(new URL(card!).pathname)).status).toBe(200);
    const pdfLink = new RegExp(`href="?(${basePath}guide-communs-numeriques\\.pdf)`).exec(html)?.[1];
    expect(pdfLink).toBeDefined();
    const pdf = await get(pdfLink!);
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });
});

describe('la page de la contributrice, dans l’aperçu', () => {
  /** A page of the preview, by its address under the preview's path (`/`, `/en/`, `/definition`). */
  const built = (route: string) =>
    new JSDOM(readFileSync(path.join(publicDir, `${route.replace(/^\//, '').replace(/(^|\/)$/, '$1index')}.html`), 'utf8')).window.document;
  const under = (route: string) => `${basePath.slice(0, -1)}${route}`;

  it('est publiée en typographie française : espaces fines et insécables, apostrophe, tiret, points de suspension, dans son texte et son titre', () => {
    const document = built(changes.page.route);
    expect(document.querySelector('h1')?.textContent).toBe(changes.page.title);
    const text = document.querySelector('main article')!.textContent!;
    expect(text).toContain(
      'Qui contribue\u202f? Une agente\u202f; un élu\u00a0: chacun écrit comme il tape – l’apostrophe droite comprise – depuis le 1er janvier, et ainsi de suite…',
    );
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toContain('contributions\u00a0: le modèle copié');
    // What the template holds: a hint, a link to another page of the guide, and the image, described.
    expect(document.querySelector('main [data-hint="info"]')).not.toBeNull();
    expect(document.querySelector(`main article a[href^="${basePath}"]`)).not.toBeNull();
    // An image's description is read aloud: its spaces stay as typed.
    expect(document.querySelector('main article img')?.getAttribute('alt')).toBe(changes.page.imageAlt);
    expect(text).not.toContain('Modèle de page');
  });

  it('est dans le menu, sur la page d’accueil, dans le plan du site et la suite des pages, à sa place', () => {
    const plan = guidePlanOf(publicDir);
    expect(planPages(plan)).toContain(under(changes.page.route));
    expect([...built('/').querySelectorAll('main ol a')].map((link) => link.getAttribute('href'))).toEqual(planHomeLinks(plan));
    const siteMap = [...built('/plan-du-site').querySelectorAll('main a')].map((link) => link.getAttribute('href'));
    expect(siteMap.slice(0, planPages(plan).length)).toEqual(planPages(plan));
  });

  it('en anglais, la page française changée dit que sa traduction n’est peut-être plus à jour, la nouvelle qu’elle n’est pas traduite', () => {
    const outdated = built(`/en${changes.changed.route}`).querySelector('main [data-translation-state="outdated"]');
    expect(outdated?.textContent).toMatch(/This translation may be outdated/);
    expect(outdated?.querySelector('a[hreflang="fr-FR"]')?.getAttribute('href')).toBe(under(changes.changed.route));
    expect(outdated?.getAttribute('data-pagefind-ignore')).toBe('all');
    expect(built(`/en${changes.page.route}`).querySelector('main [data-translation-state="missing"]')).not.toBeNull();
  });

  it('en anglais, la page et la section pas encore traduites sont en français marqué lang="fr" partout où elles paraissent : page, menu, fil d’Ariane, sommaire, plan, accueil', () => {
    const englishDir = path.join(publicDir, 'en');
    const routes = sitemapRoutes(englishDir).map((route) => route.slice(basePath.length - 1));
    expect(routes).toContain(`/en${changes.page.route}`);
    // Its French title, menu label, description and section titles, as the English edition shows them.
    const page = built(`/en${changes.page.route}`);
    const sections = [...page.querySelectorAll('main article h2')].map((heading) => heading.textContent!.replace(/#$/, '').trim());
    expect(sections.length).toBeGreaterThan(0);
    const texts = [
      changes.page.title,
      changes.page.label,
      changes.page.description,
      ...sections,
      changes.section.name,
      changes.section.title,
      changes.section.description,
      changes.section.pageTitle,
    ];
    const problems = routes.flatMap((route) =>
      [...unmarkedFrenchTexts(built(route), texts), ...frenchOutsideMarkedPassages(built(route))].map((problem) => `${route} : ${problem}`),
    );
    expect(problems).toEqual([]);
    // Where it shows, it shows marked: the page's title, its link in the menu, on the home page and in the site map.
    const marked = (document: Document, selector: string) => document.querySelector(selector)?.closest('[lang]')?.getAttribute('lang');
    expect(marked(page, 'main h1')).toBe('fr-FR');
    // French, it is set in French typography, in the English edition too.
    expect(page.querySelector('main article')!.textContent).toContain('Qui contribue\u202f? Une agente\u202f; un élu\u00a0: chacun écrit comme il tape –');
    expect(marked(page, `.theme-doc-sidebar-menu a[href="${under(`/en${changes.page.route}`)}"]`)).toBe('fr-FR');
    expect(marked(built('/en/'), `main a[href="${under(`/en${changes.page.route}`)}"]`)).toBe('fr-FR');
    expect(marked(built('/en/plan-du-site'), `main a[href="${under(`/en${changes.page.route}`)}"]`)).toBe('fr-FR');
    // The section's name: in the menu, the breadcrumbs of its page, the home page and the site map.
    const sectionPage = built(`/en${changes.section.route}`);
    const sectionLink = `a[href="${under(`/en${changes.section.route}`)}"]`;
    expect(sectionPage.querySelector(`.theme-doc-sidebar-menu .theme-doc-sidebar-item-category ${sectionLink}`)?.textContent).toBe(changes.section.name);
    expect(marked(sectionPage, `.theme-doc-sidebar-menu ${sectionLink}`)).toBe('fr-FR');
    const crumb = [...sectionPage.querySelectorAll('.breadcrumbs__item')].find((item) => item.textContent === changes.section.name);
    expect(crumb?.querySelector('[lang]')?.getAttribute('lang')).toBe('fr-FR');
    expect(marked(built('/en/'), `main ${sectionLink}`)).toBe('fr-FR');
    expect(marked(built('/en/plan-du-site'), `main ${sectionLink}`)).toBe('fr-FR');
  });
});

describe('l’aperçu dans Chromium', () => {
  it('chaque page : ses îlots marchent, rien ne manque, aucune violation de la Content-Security-Policy', async () => {
    const context = await browser.newContext();
    await context.addInitScript(recordCspViolations);
    const missing: string[] = [];
    context.on('response', (response) => {
      if (response.status() >= 400) missing.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    const found: string[] = [];
    // Three pages at a time, each waiting for the network to rest.
    const pending = previewPages();
    const [page] = await Promise.all(
      [1, 2, 3].map(async () => {
        const tab = await context.newPage();
        for (let route = pending.shift(); route !== undefined; route = pending.shift()) {
          for (const problem of await cspProblems(tab, `${server.origin}${route}`)) found.push(`${route} : ${problem}`);
        }
        return tab;
      }),
    );
    expect(found.join('\n')).toBe('');
    expect(missing).toEqual([]);
    // The islands module came from under the preview's path, and works: the theme switch answers.
    await page!.goto(`${server.origin}${basePath}`, {waitUntil: 'load'});
    await page!.waitForFunction(scriptsHaveRun);
    await page!.locator('theme-switch button').click();
    await expect(page!.evaluate(() => document.documentElement.dataset.themeChoice)).resolves.toBe('light');
    // A link of the menu leads to another page under the path.
    const next = page!.locator(`.navbar a.navbar__link[href^="${basePath}"]`).first();
    const target = await next.getAttribute('href');
    await next.click();
    await page!.waitForURL(`**${target!}`);
    await context.close();
  });

  it('la recherche trouve et mène aux pages sous son chemin', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}${basePath}`, {waitUntil: 'networkidle'});
    await page.waitForFunction(scriptsHaveRun);
    // A word of the first guide page's title: whatever the guide says, it finds that page.
    const title = (await page.locator('main ol a').first().textContent())!;
    const word = title.split(/\s+/).sort((a, b) => b.length - a.length)[0]!;
    await page.getByRole('combobox', {name: 'Rechercher dans le guide'}).fill(word);
    const option = page.locator('[role="option"]').first();
    await option.waitFor();
    await option.click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(new RegExp(`^${basePath}[a-z]`));
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    await context.close();
  });
});
