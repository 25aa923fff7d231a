/**
 * What a contributor sees in `npm start` is what readers get: the islands' versions of the copy
 * button of code blocks, sidebar folding, the section being read in the table of contents and the
 * phone menu (src/features/islands/client) run in both, the theme's React versions switched off.
 * The same checks, in Chromium, on Docusaurus's development server (a copy of the site with the
 * extra pages' scenario, tests/scenarios/extra-pages.ts) and on the production build of the same
 * pages (the scenario site).
 */
import path from 'node:path';
import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {addedNavbarItems, extraPages} from '../scenarios/extra-pages';
import {applyScenarios, scenarioRecord} from '../scenarios/scenario-site';
import {projectRoot} from '../support/build-site';
import {readBuiltPage} from '../support/built-site';
import {startDevServer, type DevServer} from '../support/dev-server';
import {copySite} from '../support/scratch-site';
import {servedSite} from '../support/served-site';

const production = servedSite('scenarios');
const {pages} = scenarioRecord(extraPages);
/** Among the extra pages, as built: one with a code block, and the one with the most sections. */
const extraRoutes = Object.values(pages).map((route) => ({route, document: readBuiltPage(production.buildDir, route).document}));
const codePage = extraRoutes.find(({document}) => document.querySelector('main .theme-code-block'))!;
const longPage = [...extraRoutes].sort(
  (a, b) => b.document.querySelectorAll('.theme-doc-toc-desktop a').length - a.document.querySelectorAll('.theme-doc-toc-desktop a').length,
)[0]!.route;

let dev: DevServer;
beforeAll(async () => {
  const siteDir = await copySite(path.join(projectRoot, 'tests', '.output', 'dev-site'), async (dir) => {
    await applyScenarios(dir, [extraPages]);
  });
  dev = await startDevServer(siteDir, extraPages.env);
}, 300_000);
afterAll(async () => {
  await dev?.close();
});

const modes = [
  {name: 'npm start', origin: () => dev.origin},
  {name: 'la construction de production', origin: () => production.origin},
];

/** Opens a page and waits until it is drawn and its islands have looked at it. */
async function open(origin: string, route: string, viewport: {width: number; height: number}): Promise<{page: Page; close: () => Promise<void>}> {
  const context = await production.browser.newContext({viewport});
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin});
  const page = await context.newPage();
  await page.goto(`${origin}${route}`, {waitUntil: 'load'});
  // In development React draws the page after the load; the theme switch is an island of every page.
  await page.waitForSelector('main h1');
  await page.waitForFunction(() => customElements.get('theme-switch') !== undefined);
  return {page, close: () => context.close()};
}

describe.each(modes)('$name', ({origin}) => {
  it('chaque bloc de code a un seul bouton « Copier », celui des îlots, qui copie le code', async () => {
    const {page, close} = await open(origin(), codePage.route, {width: 1280, height: 800});
    const blocks = page.locator('main .theme-code-block');
    await expect.poll(() => page.locator('main .theme-code-block [data-code-copy]').count()).toBe(await blocks.count());
    // Nothing of the theme's own buttons (copy, word wrap).
    await expect(page.locator('main .theme-code-block button:not([data-code-copy])').count()).resolves.toBe(0);
    const copy = blocks.first().getByRole('button', {name: 'Copier le code'});
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('Copié');
    const expected = [...codePage.document.querySelectorAll('main .theme-code-block')][0]!;
    const lines = [...expected.querySelectorAll('.token-line')].map((line) => line.textContent);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(lines.join('\n'));
    await close();
  });

  it('une partie du menu se replie et se déplie, et le dit', async () => {
    const {page, close} = await open(origin(), codePage.route, {width: 1280, height: 800});
    // The part on the way to the page: open, its pages listed (the others are closed, their pages elsewhere).
    const control = page
      .locator(
        '.theme-doc-sidebar-menu li.menu__list-item:has(> .menu__list .menu__link--active) > .menu__list-item-collapsible :is(.menu__caret, .menu__link--sublist-caret)',
      )
      .first();
    const item = control.locator('xpath=ancestor::li[contains(@class, "menu__list-item")][1]');
    const list = item.locator(':scope > .menu__list');
    const address = page.url();
    await expect(list.isVisible()).resolves.toBe(true);
    await expect(control.getAttribute('aria-expanded')).resolves.toBe('true');
    await control.click();
    await expect.poll(() => list.isVisible()).toBe(false);
    await expect(control.getAttribute('aria-expanded')).resolves.toBe('false');
    await control.click();
    await expect.poll(() => list.isVisible()).toBe(true);
    await expect(control.getAttribute('aria-expanded')).resolves.toBe('true');
    expect(page.url()).toBe(address);
    await close();
  });

  it('le sommaire montre la section lue, une seule à la fois', async () => {
    const {page, close} = await open(origin(), longPage, {width: 1280, height: 500});
    const active = () => page.locator('.theme-doc-toc-desktop .table-of-contents__link--active').allTextContents();
    const links = await page.locator('.theme-doc-toc-desktop a').allTextContents();
    expect(links.length).toBeGreaterThan(1);
    await expect.poll(active).toEqual([links[0]]);
    await page.mouse.wheel(0, 100_000);
    await expect.poll(active).toEqual([links.at(-1)]);
    await page.mouse.wheel(0, -100_000);
    await expect.poll(active).toEqual([links[0]]);
    await close();
  });

  it('le menu du téléphone : les entrées de la barre de navigation, Échap le ferme', async () => {
    const {page, close} = await open(origin(), codePage.route, {width: 375, height: 800});
    const menu = page.locator('details[data-phone-menu]');
    const summary = menu.locator(':scope > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(menu.getAttribute('open')).resolves.toBe('');
    await expect(menu.getByRole('link', {name: addedNavbarItems.link.label}).isVisible()).resolves.toBe(true);
    await expect(menu.getByRole('link', {name: addedNavbarItems.dropdown.item.label}).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(menu.getAttribute('open')).resolves.toBeNull();
    await expect(summary.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await close();
  });
});
