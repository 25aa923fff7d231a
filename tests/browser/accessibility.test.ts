/**
 * Every page of the site (from sitemap.xml, plus the 404 page) in Chromium, at 1280 and 375 px, in
 * light and dark theme: WCAG 2.1 A and AA by axe-core, no request to another host, no cookie, no
 * console error, no sideways scrolling down to 320 px, one h1, French, a title and a description,
 * a working « Aller au contenu » link and a focus that is always visible.
 */
import type {Page} from 'playwright-core';
import {describe, expect, inject, it} from 'vitest';
import {axeViolations, horizontalOverflow} from '../support/axe';
import {openPage} from '../support/browser-page';
import {sitemapRoutes} from '../support/built-site';
import {serveForTests} from '../support/served-site';

const buildDir = inject('siteBuildDir');
/** An address that no page has: the static server answers with the site's 404 page. */
const missingRoute = '/cette-page-n-existe-pas';
const routes = [...sitemapRoutes(buildDir), missingRoute];
/** `keyboard`: the keyboard walk runs once per width (it does not depend on the theme). */
const configurations = [
  {width: 1280, colorScheme: 'light', keyboard: true},
  {width: 1280, colorScheme: 'dark', keyboard: false},
  {width: 375, colorScheme: 'light', keyboard: false},
  {width: 375, colorScheme: 'dark', keyboard: true},
] as const;

const site = serveForTests(() => buildDir);
/** Titles and descriptions seen per configuration, to check that each page has its own. */
const seen = new Map<string, Map<string, string>>();

interface FocusStop {
  description: string;
  indicator: boolean;
  visible: boolean;
}

/** Presses Tab from the top of the page until focus leaves the page or comes back to its start. */
async function focusStops(page: Page, limit = 80): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  const seenElements = new Set<string>();
  for (let index = 0; index < limit; index += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body || element === document.documentElement) return null;
      // Measure the focused state itself, not a frame of its fade-in.
      document.getAnimations().forEach((animation) => animation.finish());
      const path: string[] = [];
      for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
        path.unshift(`${node.tagName.toLowerCase()}:${Array.prototype.indexOf.call(node.parentElement?.children ?? [], node)}`);
      }
      const style = getComputedStyle(element);
      const rect = element.getBoundingClientRect();
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      return {
        key: path.join('/'),
        description: `${element.tagName.toLowerCase()} « ${(element.textContent ?? '').trim().slice(0, 40) || element.getAttribute('aria-label') || ''} »`,
        indicator: element.matches(':focus-visible') && (outline || shadow),
        visible:
          rect.width > 0 &&
          rect.height > 0 &&
          style.visibility !== 'hidden' &&
          Number(style.opacity) > 0 &&
          rect.bottom > 0 &&
          rect.top < window.innerHeight &&
          rect.right > 0 &&
          rect.left < window.innerWidth,
      };
    });
    if (!stop || seenElements.has(stop.key)) break;
    seenElements.add(stop.key);
    stops.push(stop);
  }
  return stops;
}

/** Reloads the page and waits until React has hydrated it (its controls then work). */
async function reloadHydrated(page: Page): Promise<void> {
  await page.reload({waitUntil: 'load'});
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
}

/** Fails with every line of `found` in the message, so that a report names each problem. */
function expectNone(found: string[], what: string): void {
  expect(found.join('\n'), what).toBe('');
}

describe.each(configurations)('à $width px, thème $colorScheme', ({width, colorScheme, keyboard}) => {
  it.each(routes)('%s', async (route) => {
    const opened = await openPage(site.browser, site.origin, route, {width, colorScheme});
    const {page} = opened;
    try {
      expect(opened.response?.status(), 'statut HTTP').toBe(route === missingRoute ? 404 : 200);

      const facts = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        theme: document.documentElement.dataset.theme,
        h1: [...document.querySelectorAll('h1')].filter((h1) => h1.getBoundingClientRect().height > 0).length,
        title: document.title.trim(),
        description: document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '',
      }));
      expect(facts.lang).toMatch(/^fr\b/);
      expect(facts.theme, 'le thème suit la préférence du système').toBe(colorScheme);
      expect(facts.h1, 'un seul titre h1 visible').toBe(1);
      expect(facts.title).not.toBe('');
      expect(facts.description, 'meta description').not.toBe('');
      const key = `${width}-${colorScheme}`;
      const titles = seen.get(key) ?? new Map<string, string>();
      seen.set(key, titles);
      for (const value of [`titre:${facts.title}`, `description:${facts.description}`]) {
        expect(titles.get(value), `« ${value} » déjà vu sur ${titles.get(value)}`).toBeUndefined();
        titles.set(value, route);
      }

      expectNone(await axeViolations(page), 'axe-core, WCAG 2.1 A et AA');

      expect(await horizontalOverflow(page), `défilement horizontal à ${width} px`).toBeLessThanOrEqual(0);
      if (width < 400) {
        await page.setViewportSize({width: 320, height: 800});
        expect(await horizontalOverflow(page), 'défilement horizontal à 320 px').toBeLessThanOrEqual(0);
        await page.setViewportSize({width, height: 800});
      }

      expect(await opened.context.cookies(), 'aucun cookie').toEqual([]);
      expectNone(opened.problems, 'problèmes pendant le chargement');
      if (!keyboard) {
        return;
      }

      // Keyboard: the first Tab reaches « Aller au contenu », and every stop shows its focus.
      await reloadHydrated(page);
      const stops = await focusStops(page);
      expect(stops[0]?.description, 'premier arrêt de la touche Tab').toMatch(/^a « Aller au contenu/);
      expect(stops.length, 'la page a des éléments atteignables au clavier').toBeGreaterThan(1);
      expectNone(
        stops.filter((stop) => !stop.indicator || !stop.visible).map((stop) => `${stop.description} (indicateur ${stop.indicator}, visible ${stop.visible})`),
        'focus invisible',
      );

      // The skip link works: after it, the next Tab lands in the main content, past the menus.
      await reloadHydrated(page);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
      expect(inMain, 'après « Aller au contenu », Tab mène dans le contenu principal').toBe(true);
      expectNone(opened.problems, 'problèmes pendant l’usage du clavier');
    } finally {
      await opened.close();
    }
  });
});
