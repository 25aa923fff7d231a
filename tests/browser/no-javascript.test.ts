/**
 * The site without JavaScript (locked-down intranet browsers):
 * - with JavaScript disabled in Chromium: every page's content, tables and hints are there, the
 *   controls that need JavaScript are out of sight, and on a phone the <details> menu leads to every
 *   page and « Sur cette page » opens on the page's sections;
 * - with the page's scripts removed (JavaScript left on for the probes): axe-core, widths down to
 *   320 px, the skip link, and the same colours as with JavaScript, in both themes (one per width),
 *   the theme following the system: in tests/browser/accessibility.test.ts, which compares each page
 *   with the same page it has just checked with its scripts.
 */
import type {Page} from 'playwright-core';
import {describe, expect, inject, it} from 'vitest';
import {openPage, type Scripts} from '../support/browser-page';
import {localeOfRoute, readBuiltPage, siteRoutes} from '../support/built-site';
import {servedSite} from '../support/served-site';
import {guidePlanOf, planPages, planTopics, type PlanEntry} from '../support/guide-plan';
import path from 'node:path';

const buildDir = inject('siteBuildDir');
/** Every page of both editions, French and English (/en/). */
const routes = siteRoutes(buildDir);
const site = servedSite();
/** The guide's menu in each edition (its built pages'), which the phone menu follows. */
const plans: Record<string, PlanEntry[]> = {
  fr: guidePlanOf(buildDir),
  en: guidePlanOf(path.join(buildDir, 'en')),
};

const phone = {width: 375, scripts: 'off' as Scripts, reuse: true};

/** Same-origin paths of the links matched by `selector`. */
async function linkPaths(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (links) =>
    links
      .map((link) => new URL((link as HTMLAnchorElement).href))
      .filter((url) => url.origin === window.location.origin)
      .map((url) => url.pathname),
  );
}

describe('JavaScript désactivé, sur téléphone', () => {
  it.concurrent.for(routes)('%s : tout le contenu est là, et le menu s’ouvre au clavier', async (route, {expect}) => {
    const opened = await openPage(site.browser, site.origin, route, phone);
    const {page} = opened;
    try {
      // Everything the built HTML holds is shown: text, hints, tables.
      const built = readBuiltPage(buildDir, route).document;
      expect((await page.locator('main').first().innerText()).length).toBeGreaterThan(100);
      const hints = page.locator('main [data-hint]');
      const tables = page.locator('main table');
      expect(await hints.count()).toBe(built.querySelectorAll('main [data-hint]').length);
      expect(await tables.count()).toBe(built.querySelectorAll('main table').length);
      for (const item of [...(await hints.all()), ...(await tables.all())]) {
        await expect(item.isVisible()).resolves.toBe(true);
      }

      // The controls that need JavaScript are out of sight.
      const jsOnly = await page.locator('.js-only').all();
      expect(jsOnly.length).toBeGreaterThan(0);
      for (const control of jsOnly) {
        await expect(control.isVisible(), '.js-only').resolves.toBe(false);
      }

      // « Sur cette page » (a guide page with sections): a <details> that opens on each section.
      const sections = built.querySelectorAll('.theme-doc-toc-desktop a').length;
      const pageToc = page.locator('details.theme-doc-toc-mobile');
      await expect(pageToc.count()).resolves.toBe(sections > 0 ? 1 : 0);
      if (sections > 0) {
        await pageToc.locator('summary').focus();
        await page.keyboard.press('Enter');
        const links = pageToc.locator('a[href^="#"]');
        await expect(links.count()).resolves.toBe(sections);
        await expect(links.first().isVisible()).resolves.toBe(true);
      }

      // The menu opens with the keyboard and lists the home page, every topic and the site map.
      const summary = page.locator('nav.navbar summary');
      await expect(summary.isVisible()).resolves.toBe(true);
      expect(await summary.locator('.visually-hidden').textContent()).toBe('Menu');
      await summary.focus();
      await page.keyboard.press('Enter');
      const menu = page.getByRole('navigation', {name: 'Menu'});
      await expect(menu.isVisible()).resolves.toBe(true);
      const menuLinks = await linkPaths(page, 'nav.navbar details nav a:not([data-language-link])');
      // The menu stays in the page's edition.
      const prefix = localeOfRoute(route) === 'fr' ? '' : `/${localeOfRoute(route)}`;
      expect(menuLinks).toEqual([`${prefix}/`, ...planTopics(plans[localeOfRoute(route)]!), `${prefix}/plan-du-site`]);
      // Then the same page in the other language.
      const otherEdition = localeOfRoute(route) === 'fr' ? `/en${route === '/' ? '/' : route}` : route.replace(/^\/en/, '') || '/';
      expect(await linkPaths(page, 'nav.navbar details nav a[data-language-link]')).toEqual([otherEdition]);
      const current = await page.locator('nav.navbar details nav a[aria-current="page"]').all();
      expect(current.length).toBe(menuLinks.includes(route) ? 1 : 0);
      expect(opened.problems).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('chaque page du site est à deux liens de toute page : le menu, puis le plan du site', async () => {
    const [firstPage = '/'] = planPages(plans.fr!);
    const opened = await openPage(site.browser, site.origin, firstPage, phone);
    const {page} = opened;
    try {
      await page.locator('nav.navbar summary').click();
      await page.locator('nav.navbar details nav a', {hasText: 'Plan du site'}).click();
      await page.waitForURL('**/plan-du-site');
      const reachable = new Set(await linkPaths(page, 'main a'));
      reachable.add('/plan-du-site');
      expect(routes.filter((route) => localeOfRoute(route) === 'fr' && !reachable.has(route))).toEqual([]);
      // And the menu leads to the guide's last topic, whatever it is.
      const last = plans.fr!.at(-1)!;
      await page.locator('nav.navbar summary').click();
      await page.locator(`nav.navbar details nav a[href="${last.href}"]`).click();
      await page.waitForURL(`**${last.href}`);
      await expect(page.locator('h1').textContent()).resolves.toBe(readBuiltPage(buildDir, last.href).document.querySelector('h1')!.textContent);
    } finally {
      await opened.close();
    }
  });
});
