/**
 * The offline search in Chromium: nothing of it loads with a page; on first focus the engine loads
 * from the site itself; French words are found with or without accents and in other forms; the
 * suggestions and the results page work with the keyboard, are announced, and are accessible.
 *
 * French words are looked for on the scenario site, in the pages the tests wrote
 * (tests/fixtures/extra-pages), whatever the guide says; English words are those of the English
 * edition's own titles.
 */
import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import {openPage, type OpenedPage} from '../support/browser-page';
import {readBuiltPage, textOf} from '../support/built-site';
import {axeViolations} from '../support/page-checks';
import {servedSite} from '../support/served-site';
import {guidePages} from '../support/guide-plan';
import path from 'node:path';

const buildDir = inject('siteBuildDir');
const site = servedSite();
const scenarios = servedSite('scenarios');
/** A page of the guide, whichever it has. */
const [firstPage = '/'] = guidePages(buildDir);
/** The page of the scenario site the French words come from. */
const exportPage = '/essais/export-mutualisation';

/** The h1 of a built page: what a suggestion shows for it. */
const titleOf = (route: string, dir = buildDir) => textOf(readBuiltPage(dir, route).document.querySelector('h1')!);

/** The titles of the results page for a query (every result, not only the suggestions). */
async function resultTitles(page: Page, origin: string, searchPage: string, query: string): Promise<string[]> {
  await page.goto(`${origin}${searchPage}?q=${encodeURIComponent(query)}`);
  await expect.poll(() => page.locator('main [role="status"]').textContent(), {timeout: 5000}).toMatch(/résultat|result/);
  return page.locator('main ol > li h2').allTextContents();
}

const searchBox = (page: Page) => page.getByRole('combobox', {name: 'Rechercher dans le guide'});

async function suggestionsFor(page: Page, query: string): Promise<{titles: string[]; status: string}> {
  await searchBox(page).fill(query);
  const status = page.locator('form[role="search"] [role="status"]');
  // The status names the query: the suggestions shown are this query's, not the one before.
  await expect.poll(() => status.textContent(), {timeout: 5000}).toMatch(new RegExp(`résultat.*«\u202f${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\u202f»`));
  const titles = await page
    .locator('[role="listbox"] [role="option"]')
    .evaluateAll((options) => options.map((option) => option.firstElementChild?.textContent ?? option.textContent ?? ''));
  return {titles, status: (await status.textContent()) ?? ''};
}

describe('une page ne paie pas la recherche avant qu’on s’en serve', () => {
  it.each([1280, 375])('à %i px, rien de la recherche n’est chargé avec la page', async (width) => {
    const opened = await openPage(site.browser, site.origin, firstPage, {width});
    const requests: string[] = [];
    opened.page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await opened.page.reload({waitUntil: 'networkidle'});
    expect(requests.filter((path) => path.includes('pagefind'))).toEqual([]);
    await opened.close();
  });

  it('le moteur et l’index se chargent au premier focus, depuis le site lui-même', async () => {
    const opened = await openPage(site.browser, site.origin, firstPage, {width: 1280});
    const requests: string[] = [];
    opened.page.on('request', (request) => requests.push(request.url()));
    await searchBox(opened.page).focus();
    await expect.poll(() => requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(requests.every((url) => url.startsWith(site.origin))).toBe(true);
    expect(opened.problems).toEqual([]);
    await opened.close();
  });
});

describe('chercher en français, avec ou sans accents', () => {
  // One page, one query after another, as a reader searches.
  let home: OpenedPage;
  beforeAll(async () => {
    home = await openPage(scenarios.browser, scenarios.origin, '/', {width: 1280});
  });
  afterAll(() => home?.close());

  it('les suggestions s’annoncent, et mènent à tous les résultats', async () => {
    const {titles, status} = await suggestionsFor(home.page, 'collectivite');
    expect(titles.length).toBeGreaterThan(1);
    expect(titles.at(-1)).toBe('Voir tous les résultats');
    expect(status).toMatch(/^(Un résultat|\d+ résultats) pour «\u202fcollectivite\u202f»$/);
    expect(home.problems).toEqual([]);
  });

  it.each(['collectivite', 'collectivités', 'COLLECTIVITES', 'mutualiser', 'mutualisation', 'gouverne democratiquement', 'non rival'])(
    '« %s » trouve la page qui le dit, avec ou sans accents, sous une autre forme',
    async (query) => {
      expect(await resultTitles(home.page, scenarios.origin, '/recherche', query)).toContain(titleOf(exportPage, scenarios.buildDir));
      expect(home.problems).toEqual([]);
    },
  );

  it('un mot absent le dit', async () => {
    await home.page.goto(`${scenarios.origin}/`);
    const {titles, status} = await suggestionsFor(home.page, 'xylophone');
    expect(titles).toEqual(['Voir tous les résultats']);
    expect(status).toBe('Aucun résultat pour «\u202fxylophone\u202f»');
  });
});

describe('chercher en anglais, dans l’édition anglaise', () => {
  const englishSearchBox = (page: Page) => page.getByRole('combobox', {name: 'Search the guide'});

  // Each English page of the guide, by another form of the longest word of its title: English stemming.
  const englishQueries = guidePages(path.join(buildDir, 'en')).map((route) => {
    const word = titleOf(route)
      .split(/[^A-Za-z]+/)
      .sort((a, b) => b.length - a.length)[0]!
      .toLowerCase();
    const otherForm = word.endsWith('ies')
      ? `${word.slice(0, -3)}y`
      : word.endsWith('s')
        ? word.slice(0, -1)
        : word.endsWith('y')
          ? `${word.slice(0, -1)}ies`
          : `${word}s`;
    return [otherForm, route] as const;
  });

  it('chaque page anglaise du guide a un mot de son titre à chercher', () => {
    expect(englishQueries.length).toBeGreaterThan(0);
  });

  it.each(englishQueries)('« %s » trouve %s, avec l’index anglais', async (query, route) => {
    const opened = await openPage(site.browser, site.origin, '/en/', {width: 1280, reuse: true});
    const {page} = opened;
    const requests: string[] = [];
    const onRequest = (request: {url(): string}) => requests.push(new URL(request.url()).pathname);
    page.on('request', onRequest);
    await englishSearchBox(page).fill(query);
    const status = page.locator('form[role="search"] [role="status"]');
    await expect.poll(() => status.textContent(), {timeout: 5000}).toMatch(/results? for “/);
    const titles = await page
      .locator('[role="listbox"] [role="option"]')
      .evaluateAll((options) => options.map((option) => option.firstElementChild?.textContent ?? option.textContent ?? ''));
    expect(titles.at(-1)).toBe('See all results');
    // Among every result: the page itself.
    expect(await resultTitles(page, site.origin, '/en/recherche', query)).toContain(titleOf(route));
    // English pages only, from the English edition's own index.
    expect(requests.filter((path) => path.includes('/pagefind/')).every((path) => path.startsWith('/en/pagefind/'))).toBe(true);
    expect(opened.problems).toEqual([]);
    page.off('request', onRequest);
    await opened.close();
  });
});

describe('au clavier', () => {
  it('les flèches parcourent les suggestions, Entrée ouvre la page, Échap ferme la liste', async () => {
    const opened = await openPage(scenarios.browser, scenarios.origin, '/', {width: 1280});
    const {page} = opened;
    const box = searchBox(page);
    const {titles} = await suggestionsFor(page, 'mutualiser');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    expect((await axeViolations(page)).join('\n'), 'axe-core, suggestions ouvertes').toBe('');
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    await expect(page.locator(`[id="${active}"]`).getAttribute('aria-selected')).resolves.toBe('true');
    await box.press('Escape');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    await box.press('ArrowDown');
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname !== '/');
    await expect.poll(() => page.locator('h1').textContent()).toBe(titles[0]);
    await opened.close();
  });

  it('Entrée sur le texte ouvre la page de résultats', async () => {
    const opened = await openPage(scenarios.browser, scenarios.origin, exportPage, {width: 1280});
    await suggestionsFor(opened.page, 'collectivite');
    await searchBox(opened.page).press('Enter');
    await opened.page.waitForURL('**/recherche?q=collectivite');
    await opened.close();
  });
});

describe('la page de résultats', () => {
  it.each([
    {width: 1280, colorScheme: 'light'},
    {width: 375, colorScheme: 'dark'},
  ] as const)('à $width px, thème $colorScheme : titres, extraits surlignés, sections, et accessible', async (options) => {
    const opened = await openPage(scenarios.browser, scenarios.origin, '/recherche?q=collectivite', options);
    const {page} = opened;
    const status = page.locator('main [role="status"]');
    await expect.poll(() => status.textContent(), {timeout: 5000}).toMatch(/^\d+ résultats pour «\u202fcollectivite\u202f»$/);
    const results = page.locator('main ol > li');
    expect(await results.count()).toBeGreaterThanOrEqual(3);
    const first = results.first();
    expect(await first.locator('h2 a').getAttribute('href')).toMatch(/^\/[a-z0-9/-]+$/);
    const marked = await page.locator('main ol mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(
      marked.every((word) => /collectivit/i.test(word)),
      marked.join(' | '),
    ).toBe(true);
    expect(await page.locator('main ol ul a[href*="#"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#recherche-texte').inputValue()).toBe('collectivite');
    expect((await axeViolations(page)).join('\n')).toBe('');
    expect(opened.problems).toEqual([]);
    await opened.close();
  });

  it('sans JavaScript, le formulaire mène à la page de résultats, qui renvoie au plan du site', async () => {
    const opened = await openPage(site.browser, site.origin, firstPage, {width: 1280, scripts: 'off'});
    const {page} = opened;
    await searchBox(page).fill('mutualiser');
    await searchBox(page).press('Enter');
    await page.waitForURL('**/recherche?q=mutualiser');
    const notice = page.locator('main .no-js-only');
    await expect(notice.isVisible()).resolves.toBe(true);
    await expect(notice.locator('a').getAttribute('href')).resolves.toBe('/plan-du-site');
    await opened.close();
  });
});
