/**
 * Pages the published guide does not have yet, built for real in the scenario site
 * (tests/scenarios/extra-pages.ts): every kind of Docusaurus admonition, the components called from
 * MDX, and GitBook blocks nested as exports nest them. Each renders through the same components as
 * the guide's own pages.
 */
import {execFileSync} from 'node:child_process';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {axeViolations, overflowProblems} from '../support/page-checks';
import {forEachConcurrently, openPage} from '../support/browser-page';
import {servedSite} from '../support/served-site';
import {readBuiltPage, sitemapRoutes, textOf} from '../support/built-site';
import {addedNavbarItems, extraPages, testForge} from '../scenarios/extra-pages';
import {readScenarioSite, scenarioRecord} from '../scenarios/scenario-site';

const build = readScenarioSite();
const {pages} = scenarioRecord(extraPages);
const forge = testForge.url;

it('le site des scénarios se construit', () => {
  expect(build.build.code, build.build.output).toBe(0);
});

function hintsOf(route: string) {
  const {document} = readBuiltPage(build.buildDir, route);
  return [...document.querySelectorAll('.markdown [data-hint]')].map((hint) => {
    const label = document.getElementById(hint.getAttribute('aria-labelledby') ?? '');
    return {style: hint.getAttribute('data-hint'), role: hint.getAttribute('role'), name: label ? textOf(label) : null, text: textOf(hint)};
  });
}

describe('les encadrés Docusaurus sont de la même famille que les encadrés GitBook', () => {
  it('chaque :::type devient une note nommée en français, avec son style', () => {
    expect(hintsOf('/essais/admonitions').map(({style, role, name}) => ({style, role, name}))).toEqual([
      {style: 'info', role: 'note', name: 'Remarque'},
      {style: 'success', role: 'note', name: 'Astuce'},
      {style: 'info', role: 'note', name: 'Information\u00a0: Avant de mutualiser'},
      {style: 'warning', role: 'note', name: 'Attention'},
      {style: 'danger', role: 'note', name: 'Danger'},
    ]);
  });
});

describe('les composants appelés depuis une page MDX', () => {
  it('<Hint type="warning"> rend un encadré avec son Markdown', () => {
    const [hint] = hintsOf('/essais/mdx');
    expect(hint).toMatchObject({style: 'warning', role: 'note', name: 'Attention'});
    const {document} = readBuiltPage(build.buildDir, '/essais/mdx');
    expect(document.querySelector('[data-hint="warning"] strong')?.textContent).toBe('MDX');
  });

  it('<CorrespondenceTable> rend un vrai tableau', () => {
    const {document} = readBuiltPage(build.buildDir, '/essais/mdx');
    const table = document.querySelector('.markdown table')!;
    expect(textOf(table.querySelector('caption')!)).toBe('Un tableau écrit en MDX');
    expect(textOf(table.querySelector('tbody th[scope="row"]')!)).toBe('Non rival');
  });
});

describe('un export GitBook imbriqué', () => {
  it('garde l’encadré dans l’élément de liste et le tableau dans l’encadré', () => {
    const {document} = readBuiltPage(build.buildDir, '/essais/export-gitbook');
    const hintInList = document.querySelector('.markdown ol > li [data-hint="success"]');
    expect(hintInList && textOf(hintInList)).toContain('Un encadré indenté dans une liste.');
    expect(document.querySelectorAll('.markdown ol > li')).toHaveLength(2);
    const tableInHint = document.querySelector('[data-hint="danger"] table');
    expect(tableInHint?.querySelector('em')?.textContent).toBe('un');
  });

  it('ignore la colonne de flèches du tableau de correspondance', () => {
    const {document} = readBuiltPage(build.buildDir, '/essais/export-gitbook');
    const table = document.querySelector('.markdown table:has(caption)')!;
    expect(table.querySelectorAll('thead th')).toHaveLength(2);
    expect(textOf(table)).not.toContain('➡');
  });
});

describe('la page GitBook « mutualisation », collée telle qu’exportée', () => {
  it('se construit : tableau de correspondance reconnu, encadré rendu', () => {
    const {document} = readBuiltPage(build.buildDir, '/essais/export-mutualisation');
    const table = document.querySelector('.markdown table')!;
    expect(textOf(table.querySelector('caption')!)).toBe(
      'Les caractéristiques d’un commun numérique mises en pratique par l’Incubateur des Territoires',
    );
    expect(table.querySelectorAll('tbody th[scope="row"]')).toHaveLength(5);
    expect(textOf(table)).not.toContain('➡');
    const hint = document.querySelector('[data-hint="info"]')!;
    expect(hint.querySelectorAll('li')).toHaveLength(2);
    expect(textOf(document.querySelector('.markdown')!)).not.toMatch(/\\[()]/);
  });
});

describe('les autres blocs GitBook, construits', () => {
  it('onglets, contenu intégré, renvoi, code titré et fichier deviennent du HTML accessible', () => {
    const {document} = readBuiltPage(build.buildDir, '/essais/blocs-gitbook');
    const main = document.querySelector('main')!;
    // Tabs: without JavaScript, every panel under its title.
    const groups = [...main.querySelectorAll('[role="group"]')].map((group) => [
      textOf(group.querySelector(`[id="${group.getAttribute('aria-labelledby')}"]`)!),
      textOf(group.lastElementChild!),
    ]);
    expect(groups).toEqual([
      ['Pour les élus', 'Les élus décident de mutualiser.'],
      ['Pour les agents', 'Les agents contribuent au code.'],
    ]);
    // Embed: a link, no frame.
    expect(main.querySelector('iframe')).toBeNull();
    const embed = main.querySelector('a[href="https://www.youtube.com/watch?v=exemple"]');
    expect(embed && textOf(embed)).toBe('La vidéo de présentation sur youtube.com');
    // Content reference: the page's link, resolved.
    expect(main.querySelector('a[href="/essais/export-gitbook"]')?.textContent).toBe('Un export GitBook');
    // Code: its title.
    expect(textOf(main.querySelector('[class*="codeBlockTitle"]')!)).toBe('exemple.sh');
    // File: bundled with the site, its format and size in the link.
    const fileLink = [...main.querySelectorAll('a')].find((link) => textOf(link).startsWith('La fiche pratique'));
    expect(textOf(fileLink!)).toBe('La fiche pratique (PDF, 20\u00A0Ko)');
    expect(fileLink!.getAttribute('href')).toMatch(/^\/assets\/files\/fiche-pratique-[0-9a-f]+\.pdf$/);
    expect(fileLink!.getAttribute('target')).toBeNull();
  });
});

describe('« Proposer une modification »', () => {
  it('une page en anglais (lang: en) : son texte et son titre marqués en anglais, sans typographie française ; le reste de la page en français', () => {
    const {document} = readBuiltPage(build.buildDir, '/essais/page-en-anglais');
    expect(document.documentElement.getAttribute('lang')).toBe('fr-FR');
    const english = document.querySelector('main article h1')!.closest('[lang]')!;
    expect(english.getAttribute('lang')).toBe('en');
    expect(textOf(english.querySelector('h1')!)).toBe('A page in English');
    expect(textOf(english)).toContain('Is this page in English? Yes: its text');
    expect(english.textContent).not.toMatch(/[\u202f\u00a0][?:]/);
    expect(textOf(english)).toContain('What about its boxes? They are English too.');
    // The navigation around it stays French; where it names the page, the name is marked English.
    const navigation = [...document.querySelectorAll('main nav[aria-label]')];
    expect(navigation.length).toBeGreaterThan(0);
    for (const nav of navigation) {
      expect(nav.closest('[lang]')?.getAttribute('lang'), nav.getAttribute('aria-label')!).toBe('fr-FR');
      for (const marked of nav.querySelectorAll('[lang]')) expect(textOf(marked)).toBe('A page in English');
    }
    expect(document.querySelector('main .breadcrumbs__item--active [lang="en"]')?.textContent).toBe('A page in English');
    expect(document.querySelector('.theme-doc-sidebar-menu a[aria-current="page"]')?.getAttribute('lang')).toBe('en');
  });

  it('mène à la source de la page dans l’éditeur de la forge, dans le même onglet', () => {
    const {document} = readBuiltPage(build.buildDir, '/essais/export-gitbook');
    const link = [...document.querySelectorAll('a')].find((anchor) => textOf(anchor) === 'Proposer une modification');
    expect(link?.getAttribute('href')).toBe(`${forge}/-/edit/${testForge.branch}/docs/essais/export-gitbook.md`);
    expect(link?.getAttribute('target')).toBeNull();
  });
});

const site = servedSite('scenarios');

describe('dans Chromium, à 375 px', () => {

  it('chaque page d’essai passe axe-core sans défilement horizontal', async () => {
    const routes = Object.values(pages);
    expect(routes.length).toBeGreaterThanOrEqual(5);
    await forEachConcurrently(routes, 3, async (route) => {
      const opened = await openPage(site.browser, site.origin, route, {width: 375, reuse: true});
      expect((await axeViolations(opened.page)).join('\n'), route).toBe('');
      expect((await overflowProblems(opened.page)).join('\n'), route).toBe('');
      expect(opened.problems, route).toEqual([]);
      await opened.close();
    });
  });

  it('le menu du téléphone montre les entrées ajoutées à la barre de navigation, et y mène', async () => {
    const {link, dropdown} = addedNavbarItems;
    // In the HTML, before any script: each entry, the dropdown's name then its link.
    for (const route of ['/', link.to]) {
      const menu = readBuiltPage(build.buildDir, route).document.querySelector('[data-phone-menu] nav')!;
      const entries = [...menu.querySelectorAll('a, span')].map((element) => textOf(element)).filter(Boolean);
      expect(entries, route).toEqual(expect.arrayContaining([link.label, dropdown.label, dropdown.item.label]));
      expect(entries.indexOf(dropdown.item.label), route).toBeGreaterThan(entries.indexOf(dropdown.label));
      expect(menu.querySelector(`a[href="${dropdown.item.to}"]`), route).not.toBeNull();
    }
    const opened = await openPage(site.browser, site.origin, '/', {width: 375});
    const {page} = opened;
    await page.locator('[data-phone-menu] summary').click();
    await page.locator('[data-phone-menu] nav').getByRole('link', {name: link.label}).click();
    await page.waitForURL(`${site.origin}${link.to}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(readBuiltPage(build.buildDir, link.to).document.querySelector('h1')!.textContent);
    expect(opened.problems).toEqual([]);
    await opened.close();
  });

  it('un tableau trop large défile dans sa région, que le clavier atteint', async () => {
    const opened = await openPage(site.browser, site.origin, '/essais/tableau-large', {width: 375});
    const region = opened.page.getByRole('region', {name: 'Tableau défilant horizontalement'});
    await expect(region.getAttribute('tabindex')).resolves.toBe('0');
    const scroll = await region.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(scroll).toBeGreaterThan(0);
    await region.focus();
    await opened.page.keyboard.press('ArrowRight');
    // Scrolling may be smooth: wait for it to move.
    await expect.poll(() => region.evaluate((element) => element.scrollLeft), {timeout: 3000}).toBeGreaterThan(0);
    await opened.close();
  });

  it('à l’impression, chaque onglet est imprimé sous son titre et le tableau large n’est pas coupé', async () => {
    const tabs = await openPage(site.browser, site.origin, '/essais/blocs-gitbook', {width: 1280});
    await tabs.page.emulateMedia({media: 'print'});
    await expect(tabs.page.getByText('Les élus décident de mutualiser.').isVisible()).resolves.toBe(true);
    await expect(tabs.page.getByText('Les agents contribuent au code.').isVisible()).resolves.toBe(true);
    await expect(tabs.page.getByRole('tab').first().isVisible()).resolves.toBe(false);
    expect(tabs.problems).toEqual([]);
    await tabs.close();
    const wide = await openPage(site.browser, site.origin, '/essais/tableau-large', {width: 375});
    await wide.page.emulateMedia({media: 'print'});
    // Paper does not scroll: the table's region (a region only while it scrolls) lets it show whole.
    const region = wide.page.locator('.markdown table').first().locator('..');
    await expect(region.evaluate((element) => getComputedStyle(element).overflowX)).resolves.toBe('visible');
    // Printed on A4, the last column is on the sheet.
    const printed = path.join(build.siteDir, '..', 'tableau-large.pdf');
    await writeFile(printed, await wide.page.pdf({format: 'A4'}));
    const text = execFileSync('pdftotext', ['-raw', printed, '-'], {encoding: 'utf8'}).replace(/\s+/g, ' ');
    // Whole words: a cell wraps between words, never inside one.
    expect(text).toContain('Collectivité Population Service Licence Forge Convention Charte');
    expect(text).toContain('Mise à jour');
    expect(text).toContain('Novembre 2026');
    await wide.close();
  });

  it('le code est surligné dès le HTML ; sans React ni surligneur, son bouton « Copier » copie le code', async () => {
    const {document} = readBuiltPage(build.buildDir, '/essais/blocs-gitbook');
    expect(document.querySelectorAll('main pre code .token').length).toBeGreaterThan(0);
    const opened = await openPage(site.browser, site.origin, '/essais/blocs-gitbook', {width: 1280});
    const {page, context} = opened;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: site.origin});
    // No script but the islands module: the highlighting came with the HTML.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js')));
    expect(scripts.map((script) => new URL(script).pathname)).toEqual([expect.stringMatching(/^\/assets\/js\/islands\.[A-Z0-9]+\.js$/)]);
    const copy = page.getByRole('button', {name: 'Copier le code'});
    await expect(copy.textContent()).resolves.toBe('Copier');
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('Copié');
    // Every line, with its line break.
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe('npm ci\nnpm run build');
    await expect.poll(() => page.locator('.theme-code-block [role="status"]').textContent()).toBe('Copié');
    expect(opened.problems).toEqual([]);
    await opened.close();
  });

  it('les onglets se parcourent au clavier une fois la page active', async () => {
    const opened = await openPage(site.browser, site.origin, '/essais/blocs-gitbook', {width: 375});
    const {page} = opened;
    const first = page.getByRole('tab', {name: 'Pour les élus'});
    await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    const second = page.getByRole('tab', {name: 'Pour les agents'});
    await expect(second.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.getByRole('tabpanel', {name: 'Pour les agents'}).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Les élus décident de').isVisible()).resolves.toBe(false);
    await opened.close();
  });

  it('un tableau qui tient dans l’écran n’est ni une région ni un arrêt du clavier', async () => {
    const opened = await openPage(site.browser, site.origin, '/essais/export-gitbook', {width: 1280});
    const box = opened.page.locator('[data-hint="danger"] table').locator('..');
    await expect(box.getAttribute('tabindex')).resolves.toBeNull();
    await expect(box.getAttribute('role')).resolves.toBeNull();
    await opened.close();
  });
});

describe('une page qui garde React (en-tête hydrate: true)', () => {

  it('charge l’application React, et son composant change d’état au clic', async () => {
    const {document} = readBuiltPage(build.buildDir, '/essais/hydratation');
    expect(document.querySelector('meta[name="hydrate"]')?.getAttribute('content')).toBe('true');
    expect(document.querySelector('script[src*="/assets/js/main."]')).not.toBeNull();
    expect(document.querySelector('script[type="module"][src*="/islands."]')).toBeNull();
    const opened = await openPage(site.browser, site.origin, '/essais/hydratation', {width: 1280});
    const {page} = opened;
    await expect(page.evaluate(() => document.documentElement.dataset.hasHydrated)).resolves.toBe('true');
    const counter = page.getByRole('button', {name: 'Aucun clic'});
    await counter.click();
    await expect.poll(() => page.locator('main .button--primary').textContent()).toBe('1 clic');
    await page.locator('main .button--primary').click();
    await expect.poll(() => page.locator('main .button--primary').textContent()).toBe('2 clics');
    // Docusaurus's own tabs (@theme/Tabs, imported): the second panel shows when its tab is chosen.
    const second = page.getByRole('tab', {name: 'Pour un agent'});
    await expect(page.getByText('Un agent contribue au commun.').isVisible()).resolves.toBe(false);
    await second.click();
    await expect.poll(() => page.getByText('Un agent contribue au commun.').isVisible()).toBe(true);
    await expect(second.getAttribute('aria-selected')).resolves.toBe('true');
    // The islands still work there, as client modules: the theme switch answers.
    await page.locator('theme-switch button').click();
    await expect(page.evaluate(() => document.documentElement.dataset.themeChoice)).resolves.toBe('light');
    expect(opened.problems).toEqual([]);
    await opened.close();
  });

  it('les autres pages de la même construction n’ont que le module des îlots', () => {
    for (const route of sitemapRoutes(build.buildDir).filter((route) => route !== '/essais/hydratation')) {
      const {document} = readBuiltPage(build.buildDir, route);
      const scripts = [...document.querySelectorAll('script[src]')].map((script) => script.getAttribute('src'));
      expect(scripts, route).toEqual([expect.stringMatching(/^\/assets\/js\/islands\.[A-Z0-9]+\.js$/)]);
      expect(document.querySelector('link[rel="preload"][as="script"], link[rel="prefetch"]'), route).toBeNull();
    }
  });
});
