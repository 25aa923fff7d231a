/**
 * The site without JavaScript (locked-down intranet browsers):
 * - with JavaScript disabled in Chromium: every page's content, tables and hints are there, the
 *   controls that need JavaScript are out of sight, and on a phone the <details> menu leads to every
 *   page and « Sur cette page » opens on the page's sections;
 * - with the page's scripts removed (JavaScript left on for the probes): axe-core, widths down to
 *   320 px, the skip link, and the same colours as with JavaScript, in both themes (one per width),
 *   the theme following the system.
 */
import type {Page} from 'playwright-core';
import {describe, expect, inject, it} from 'vitest';
import {openPage, type Scripts} from '../support/browser-page';
import {localeOfRoute, missingRoute, missingTranslatedRoutes, readBuiltPage, siteRoutes} from '../support/built-site';
import {axeViolations, overflowProblems, skipLinkProblems} from '../support/page-checks';
import {serveForTests} from '../support/served-site';

const buildDir = inject('siteBuildDir');
/** Every page of both editions, French and English (/en/). */
const routes = siteRoutes(buildDir);
const site = serveForTests(() => buildDir);

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
      expect(menuLinks[0]).toBe(`${prefix}/`);
      expect(menuLinks.at(-1)).toBe(`${prefix}/plan-du-site`);
      expect(menuLinks).toEqual(
        expect.arrayContaining(['/definition', '/caracteristiques', '/questions-des-collectivites', '/mise-en-pratique'].map((page) => `${prefix}${page}`)),
      );
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
    const opened = await openPage(site.browser, site.origin, '/definition', phone);
    const {page} = opened;
    try {
      await page.locator('nav.navbar summary').click();
      await page.locator('nav.navbar details nav a', {hasText: 'Plan du site'}).click();
      await page.waitForURL('**/plan-du-site');
      const reachable = new Set(await linkPaths(page, 'main a'));
      reachable.add('/plan-du-site');
      expect(routes.filter((route) => localeOfRoute(route) === 'fr' && !reachable.has(route))).toEqual([]);
      await page.locator('nav.navbar summary').click();
      await page.locator('nav.navbar details nav a', {hasText: 'La mise en pratique'}).click();
      await page.waitForURL('**/mise-en-pratique');
      await expect(page.locator('h1').textContent()).resolves.toBe('Des communs numériques au service des collectivités territoriales');
    } finally {
      await opened.close();
    }
  });
});

/** Colours of every element of the page, by position in the tree (but JavaScript's own controls). */
async function colours(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const found: Record<string, string> = {};
    for (const root of [document.body]) {
      for (const element of [root, ...root.querySelectorAll('*')]) {
        if (element.closest('.js-only, script, style')) continue;
        const style = getComputedStyle(element);
        const path: string[] = [];
        for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
          path.unshift(`${node.tagName.toLowerCase()}:${Array.prototype.indexOf.call(node.parentElement?.children ?? [], node)}`);
        }
        found[path.join('/')] = `${style.color} sur ${style.backgroundColor}, bord ${style.borderTopColor}`;
      }
    }
    found.page = getComputedStyle(document.documentElement).backgroundColor;
    return found;
  });
}

/**
 * Each theme once and each width once, paired (the phone in the dark theme, the desktop in the light
 * one): the colours depend on the theme, the layout and the menu on the width, and the accessibility
 * suite already runs every page with its scripts in all four.
 */
describe.each([
  {width: 375, colorScheme: 'dark'},
  {width: 1280, colorScheme: 'light'},
] as const)('sans les scripts de la page, à $width px, thème $colorScheme', ({width, colorScheme}) => {
  it.concurrent.for([...routes, missingRoute, ...missingTranslatedRoutes])('%s', async (route, {expect}) => {
    const expectNone = (found: string[], what: string) => expect(found.join('\n'), what).toBe('');
    const withScripts = await openPage(site.browser, site.origin, route, {width, colorScheme, reuse: true});
    const stripped = await openPage(site.browser, site.origin, route, {width, colorScheme, scripts: 'stripped', reuse: true});
    try {
      const {page} = stripped;
      expect(await page.evaluate(() => document.documentElement.dataset.theme ?? null), 'pas de data-theme').toBeNull();
      // The theme follows the system: the same colours as the hydrated page in that theme.
      const expected = await colours(withScripts.page);
      const actual = await colours(page);
      expectNone(
        Object.keys(expected)
          .filter((key) => key in actual && actual[key] !== expected[key])
          .map((key) => `${key} : ${actual[key]} au lieu de ${expected[key]}`),
        'couleurs sans JavaScript',
      );
      expectNone(await skipLinkProblems(page), 'lien « Aller au contenu »');
      if (width < 997) {
        // The phone menu, opened: each link shown, readable (axe below checks its contrast).
        await page.locator('nav.navbar summary').click();
        const hidden = await page.$$eval('nav.navbar details nav a', (links) =>
          links.filter((link) => !link.checkVisibility({opacityProperty: true, visibilityProperty: true})).map((link) => link.textContent ?? ''),
        );
        expectNone(hidden, 'liens du menu invisibles');
      }
      expectNone(await axeViolations(page), 'axe-core, WCAG 2.1 A et AA');
      expectNone(await overflowProblems(page), `à ${width} px`);
      if (width < 400) {
        await page.setViewportSize({width: 320, height: 800});
        expectNone(await overflowProblems(page), 'à 320 px');
      }
      expectNone(stripped.problems, 'problèmes pendant le chargement');
    } finally {
      await withScripts.close();
      await stripped.close();
    }
  });
});
