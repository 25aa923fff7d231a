/**
 * The site without JavaScript (locked-down intranet browsers): every page's content, tables and
 * hints are there; on a phone the <details> menu leads to every page; the theme follows the system.
 */
import type {Page} from 'playwright-core';
import {describe, expect, inject, it} from 'vitest';
import {openPage} from '../support/browser-page';
import {readBuiltPage, sitemapRoutes} from '../support/built-site';
import {serveForTests} from '../support/served-site';

const buildDir = inject('siteBuildDir');
const routes = sitemapRoutes(buildDir);
const site = serveForTests(() => buildDir);

const phone = {width: 375, javaScriptEnabled: false} as const;

/** Same-origin paths of the links matched by `selector`, without hash. */
async function linkPaths(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (links) =>
    links
      .map((link) => new URL((link as HTMLAnchorElement).href))
      .filter((url) => url.origin === window.location.origin)
      .map((url) => url.pathname),
  );
}

describe('sans JavaScript, sur téléphone', () => {
  it.each(routes)('%s : tout le contenu est là, et le menu s’ouvre', async (route) => {
    const opened = await openPage(site.browser, site.origin, route, phone);
    const {page} = opened;
    try {
      // Everything the built HTML holds is shown: text, hints, tables.
      const built = readBuiltPage(buildDir, route).document;
      const mainText = await page.locator('main').first().innerText();
      expect(mainText.length).toBeGreaterThan(100);
      const hints = page.locator('main [data-hint]');
      const tables = page.locator('main table');
      expect(await hints.count()).toBe(built.querySelectorAll('main [data-hint]').length);
      expect(await tables.count()).toBe(built.querySelectorAll('main table').length);
      for (const item of [...(await hints.all()), ...(await tables.all())]) {
        await expect(item.isVisible()).resolves.toBe(true);
      }

      // The controls that need JavaScript are out of sight; the <details> menu stands in.
      await expect(page.locator('button.navbar__toggle').isVisible()).resolves.toBe(false);
      await expect(page.locator('.js-only').first().isVisible()).resolves.toBe(false);
      const summary = page.locator('nav.navbar summary');
      await expect(summary.isVisible()).resolves.toBe(true);
      expect(await summary.locator('.visually-hidden').textContent()).toBe('Menu');

      // Opened with the keyboard, it lists the home page, every topic and the site map.
      await summary.focus();
      await page.keyboard.press('Enter');
      const menu = page.getByRole('navigation', {name: 'Menu'});
      await expect(menu.isVisible()).resolves.toBe(true);
      const menuLinks = await linkPaths(page, 'nav.navbar details nav a');
      expect(menuLinks[0]).toBe('/');
      expect(menuLinks.at(-1)).toBe('/plan-du-site');
      expect(menuLinks).toEqual(expect.arrayContaining(['/definition', '/caracteristiques', '/questions-des-collectivites', '/mise-en-pratique']));
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('chaque page du site est à deux liens de toute page : le menu, puis le plan du site', async () => {
    const opened = await openPage(site.browser, site.origin, '/definition', phone);
    const {page} = opened;
    try {
      await page.locator('nav.navbar summary').click();
      await page.locator('nav.navbar details nav a', {hasText: 'Plan du site'}).click();
      await page.waitForURL('**/plan-du-site');
      const reachable = new Set(await linkPaths(page, 'main a'));
      reachable.add('/plan-du-site');
      expect(routes.filter((route) => !reachable.has(route))).toEqual([]);
      // And a topic opens from the menu.
      await page.locator('nav.navbar summary').click();
      await page.locator('nav.navbar details nav a', {hasText: 'La mise en pratique'}).click();
      await page.waitForURL('**/mise-en-pratique');
      await expect(page.locator('h1').textContent()).resolves.toBe('Des communs numériques au service des collectivités territoriales');
    } finally {
      await opened.close();
    }
  });
});

describe('sans JavaScript, le thème suit la préférence du système', () => {
  /** Colours that make the theme: page, text, links, hint, table header. */
  async function themeColours(page: Page): Promise<Record<string, string>> {
    return page.evaluate(() => {
      const colour = (selector: string, property: 'color' | 'backgroundColor') => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element)[property] : 'absent';
      };
      return {
        page: colour('html', 'backgroundColor'),
        text: colour('body', 'color'),
        navbar: colour('.navbar', 'backgroundColor'),
        link: colour('.markdown a', 'color'),
        hintHeading: colour('[data-hint] p', 'color'),
        hintBackground: colour('[data-hint]', 'backgroundColor'),
        tableHeader: colour('.markdown table thead th', 'backgroundColor'),
        footer: colour('footer', 'backgroundColor'),
      };
    });
  }

  it.each(['light', 'dark'] as const)('thème %s : les mêmes couleurs qu’avec JavaScript', async (colorScheme) => {
    const withScript = await openPage(site.browser, site.origin, '/mise-en-pratique', {width: 1280, colorScheme});
    const withoutScript = await openPage(site.browser, site.origin, '/mise-en-pratique', {
      width: 1280,
      colorScheme,
      javaScriptEnabled: false,
    });
    try {
      expect(await withScript.page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
      expect(await withoutScript.page.evaluate(() => document.documentElement.dataset.theme ?? null)).toBeNull();
      const expected = await themeColours(withScript.page);
      expect(await themeColours(withoutScript.page)).toEqual(expected);
      // Sanity: the dark page is dark, the light page is light.
      const background = expected.page!.match(/\d+/g)!.map(Number);
      expect(background[0]! < 60).toBe(colorScheme === 'dark');
      // One logo, not the light and the dark one side by side.
      const logos = await withoutScript.page.locator('.navbar__logo img').evaluateAll((images) =>
        images.filter((image) => image.getBoundingClientRect().width > 0).length,
      );
      expect(logos).toBe(1);
    } finally {
      await withScript.close();
      await withoutScript.close();
    }
  });
});
