/**
 * The islands in Chromium (src/features/islands/client), on the published build, where pages have no
 * React: the theme switch (three choices, remembered, no flash, « system » following the system
 * live), the phone menu's Escape, the back-to-top button, the section being read in the table of
 * contents. Tabs, search, copy buttons, old sections and the print date have their own tests.
 */
import {describe, expect, it} from 'vitest';
import {openPage} from '../support/browser-page';
import {readBuiltPage, sitemapRoutes} from '../support/built-site';
import {guidePages} from '../support/guide-plan';
import {servedSite} from '../support/served-site';

const site = servedSite();
/** Two pages of the guide, whichever it has; a long page with sections, from the scenario site. */
const [firstPage = '/', secondPage = '/plan-du-site'] = guidePages(site.buildDir);
const sectioned = servedSite('scenarios');
const longPage = sitemapRoutes(sectioned.buildDir)
  .map((route) => ({route, sections: readBuiltPage(sectioned.buildDir, route).document.querySelectorAll('.theme-doc-toc-desktop a').length}))
  .sort((a, b) => b.sections - a.sections)[0]!.route;

const themeOf = () => [document.documentElement.dataset.theme, document.documentElement.dataset.themeChoice];

describe('le bouton de thème', () => {
  it('passe de « selon le système » à clair, sombre, puis de nouveau au système, et le dit', async () => {
    const opened = await openPage(site.browser, site.origin, firstPage, {width: 1280, colorScheme: 'dark'});
    const {page} = opened;
    const button = page.locator('theme-switch button');
    await expect(button.isVisible()).resolves.toBe(true);
    const label = (mode: string) => `Changer de thème, clair ou sombre (actuellement\u00a0: ${mode})`;
    await expect(page.evaluate(themeOf)).resolves.toEqual(['dark', 'system']);
    await expect(button.getAttribute('aria-label')).resolves.toBe(label('selon le système'));
    await button.click();
    await expect(page.evaluate(themeOf)).resolves.toEqual(['light', 'light']);
    await expect(button.getAttribute('aria-label')).resolves.toBe(label('clair'));
    await button.click();
    await expect(page.evaluate(themeOf)).resolves.toEqual(['dark', 'dark']);
    await expect(button.getAttribute('title')).resolves.toBe('sombre');
    await button.click();
    await expect(page.evaluate(themeOf)).resolves.toEqual(['dark', 'system']);
    await expect(button.getAttribute('aria-label')).resolves.toBe(label('selon le système'));
    expect(opened.problems).toEqual([]);
    await opened.close();
  });

  it('le choix vaut pour les pages suivantes, peint dès le HTML, avant le module des îlots', async () => {
    const opened = await openPage(site.browser, site.origin, firstPage, {width: 1280, colorScheme: 'light'});
    const {page, context} = opened;
    await page.locator('theme-switch button').click();
    await page.locator('theme-switch button').click();
    await expect(page.evaluate(themeOf)).resolves.toEqual(['dark', 'dark']);
    // The next page: its islands module held back, the page is already dark.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/assets/js/islands.*.js', async (route) => {
      await held;
      await route.continue();
    });
    // The module holds back DOMContentLoaded (module scripts are deferred): wait for the page's end.
    await page.goto(`${site.origin}${secondPage}`, {waitUntil: 'commit'});
    await page.waitForSelector('footer', {state: 'attached'});
    await expect(page.evaluate(themeOf)).resolves.toEqual(['dark', 'dark']);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [red = 255, green = 255, blue = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(red + green + blue, `fond ${background}`).toBeLessThan(150);
    expect(await page.evaluate(() => document.documentElement.dataset.enhanced)).toBeUndefined();
    release();
    await page.waitForFunction(() => document.documentElement.dataset.enhanced !== undefined);
    await expect(page.locator('theme-switch button').getAttribute('title')).resolves.toBe('sombre');
    await opened.close();
  });

  it('« selon le système » suit le système quand il change', async () => {
    const opened = await openPage(site.browser, site.origin, '/', {width: 1280, colorScheme: 'light'});
    const {page} = opened;
    await expect(page.evaluate(themeOf)).resolves.toEqual(['light', 'system']);
    await page.emulateMedia({colorScheme: 'dark'});
    await expect.poll(() => page.evaluate(themeOf)).toEqual(['dark', 'system']);
    await opened.close();
  });
});

describe('le menu du téléphone', () => {
  it('Échap le ferme et rend le focus à son bouton', async () => {
    const opened = await openPage(site.browser, site.origin, firstPage, {width: 375});
    const {page} = opened;
    const summary = page.locator('details[data-phone-menu] > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('details[data-phone-menu]').getAttribute('open')).resolves.toBe('');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(page.locator('details[data-phone-menu]').getAttribute('open')).resolves.toBeNull();
    await expect(summary.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await opened.close();
  });
});

describe('la lecture d’une longue page', () => {
  it('le sommaire de la page montre la section lue ; remonter fait paraître « Revenir en haut de la page »', async () => {
    const opened = await openPage(sectioned.browser, sectioned.origin, longPage, {width: 1280, height: 500});
    const {page} = opened;
    const active = () => page.locator('.theme-doc-toc-desktop .table-of-contents__link--active').allTextContents();
    const links = await page.locator('.theme-doc-toc-desktop a').allTextContents();
    expect(links.length).toBeGreaterThan(1);
    await expect.poll(active).toEqual([links[0]]);
    const backToTop = page.getByRole('button', {name: 'Revenir en haut de la page'});
    await expect(backToTop.isVisible()).resolves.toBe(false);
    // Down to the last section: the table of contents follows.
    const last = await page.locator('.theme-doc-toc-desktop a').last().getAttribute('href');
    await page.locator(`[id="${last!.slice(1)}"]`).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 4000);
    await expect.poll(active).toEqual([links.at(-1)]);
    await expect(backToTop.isVisible()).resolves.toBe(false);
    // Scrolling back up a little: the button shows, and brings the reader to the top.
    await page.mouse.wheel(0, -200);
    await expect.poll(() => backToTop.isVisible()).toBe(true);
    await backToTop.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect.poll(active).toEqual([links[0]]);
    expect(opened.problems).toEqual([]);
    await opened.close();
  });
});
