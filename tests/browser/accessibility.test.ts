/**
 * Every page of the site (from sitemap.xml, plus the 404 page) in Chromium, at 1280 and 375 px, in
 * light and dark theme: WCAG 2.1 A and AA by axe-core, no request to another host, no cookie, no
 * console error, nothing wider than the screen down to 320 px, one h1, French, a title and a
 * description, a working « Aller au contenu » link and a focus that always shows. Both editions:
 * French at the root, English under /en/ (its own sitemap and 404 page), each in its language.
 *
 * Each page is loaded once per width, in the theme the keyboard is checked in, then follows the
 * system's preference to the other theme. Images for dense screens are checked in the build
 * (tests/build/site-html.test.ts: every `srcset` candidate exists). Then, in one theme per width (the
 * phone dark, the desktop light), the same page without its scripts, as a reader without JavaScript
 * gets it: axe-core, widths, the skip link, the phone menu, and the same colours as the page just
 * checked with its scripts (the theme follows the system).
 */
import type {Page} from 'playwright-core';
import {describe, inject, it} from 'vitest';
import {loadReady, openPage} from '../support/browser-page';
import {localeOfRoute, missingRoute, missingTranslatedRoutes, siteRoutes} from '../support/built-site';
import {axeViolations, focusWalk, loadLazyContent, overflowProblems, skipLinkLabels, skipLinkProblems} from '../support/page-checks';
import {servedSite} from '../support/served-site';

const buildDir = inject('siteBuildDir');
const missingRoutes = [missingRoute, ...missingTranslatedRoutes];
const routes = [...siteRoutes(buildDir), ...missingRoutes];
/**
 * Each width once, each page loaded once in each: in the first theme it is checked whole, with the
 * keyboard (the keyboard does not depend on the theme) and without its scripts (each theme once,
 * paired with a width: the colours depend on the theme, the layout and the menu on the width); then
 * the system's preference changes to the other theme, which the page follows, and it is checked again.
 */
const configurations = [
  {width: 1280, themes: ['light', 'dark']},
  {width: 375, themes: ['dark', 'light']},
] as const;

const site = servedSite();
/**
 * Titles and descriptions seen per width and edition, to check that each page has its own (a page
 * not translated yet has its French title in both editions).
 */
const seen = new Map<string, Map<string, string>>();
/** Focus stops already seen to show, per width (see focusWalk). */
const focusSeen = new Map<number, Set<string>>();

describe.each(configurations)('à $width px, thèmes $themes', ({width, themes: [first, second]}) => {
  it.concurrent.for(routes)('%s', async (route, {expect}) => {
    /** Fails with every line of `found` in the message, so that a report names each problem. */
    const expectNone = (found: string[], what: string) => expect(found.join('\n'), what).toBe('');
    const opened = await openPage(site.browser, site.origin, route, {width, colorScheme: first, reuse: true, axe: true});
    const {page} = opened;
    /** The system's preference changes: the page follows it, its colours' transitions finished. */
    const switchTheme = async (theme: 'light' | 'dark') => {
      await page.emulateMedia({colorScheme: theme});
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      await page.evaluate(() => document.getAnimations().forEach((animation) => animation.finish()));
    };
    /** What holds in each theme: the theme follows the system, axe-core, nothing wider than the screen. */
    const checkTheme = async (theme: 'light' | 'dark') => {
      expect(await page.evaluate(() => document.documentElement.dataset.theme), `thème ${theme} : le thème suit la préférence du système`).toBe(theme);
      expectNone(await axeViolations(page), `thème ${theme} : axe-core, WCAG 2.1 A et AA`);
      expectNone(await overflowProblems(page), `thème ${theme}, à ${width} px`);
    };
    try {
      expect(opened.response?.status(), 'statut HTTP').toBe(missingRoutes.includes(route) ? 404 : 200);
      // As loaded, before any check moves the focus or the width: what the page without scripts must match.
      const coloursWithScripts = await colours(page);

      await loadLazyContent(page);
      const facts = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        h1: [...document.querySelectorAll('h1')].filter((h1) => h1.getBoundingClientRect().height > 0).length,
        title: document.title.trim(),
        description: document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '',
      }));
      expect(facts.lang, 'langue de la page').toBe(localeOfRoute(route) === 'en' ? 'en-GB' : 'fr-FR');
      expect(facts.h1, 'un seul titre h1 visible').toBe(1);
      expect(facts.title).not.toBe('');
      expect(facts.description, 'meta description').not.toBe('');
      const edition = `${width} ${localeOfRoute(route)}`;
      const titles = seen.get(edition) ?? new Map<string, string>();
      seen.set(edition, titles);
      for (const value of [`titre:${facts.title}`, `description:${facts.description}`]) {
        expect(titles.get(value), `« ${value} » déjà vu sur ${titles.get(value)}`).toBeUndefined();
        titles.set(value, route);
      }
      await checkTheme(first);

      // The keyboard after the checks above, which leave focus where the page put it: one reload
      // fewer per page.
      if (!focusSeen.has(width)) focusSeen.set(width, new Set());
      const walk = await focusWalk(page, 150, focusSeen.get(width));
      expect(walk.trapped, 'piège clavier : la touche Tab ne quitte jamais la page').toBe(false);
      expect(walk.stops.length, 'la page a des éléments atteignables au clavier').toBeGreaterThan(1);
      expect(walk.stops[0]?.description, 'premier arrêt de la touche Tab').toMatch(new RegExp(`^a « ${skipLinkLabels[localeOfRoute(route)]}`));
      expectNone(
        walk.stops.filter((stop) => stop.problem).map((stop) => `${stop.description} : ${stop.problem}`),
        'focus invisible',
      );
      // The skip link is checked on a fresh page, the first Tab from its top.
      await loadReady(page, `${site.origin}${route}`, 'on');
      expectNone(await skipLinkProblems(page), 'lien « Aller au contenu »');

      // The other theme, as a reader who changes the system's preference gets it: the same page.
      await switchTheme(second);
      await checkTheme(second);

      if (width < 400) {
        await page.setViewportSize({width: 320, height: 800});
        for (const theme of [second, first]) {
          await switchTheme(theme);
          expectNone(await overflowProblems(page), `thème ${theme}, à 320 px`);
        }
      }

      expect(await opened.context.cookies(), 'aucun cookie').toEqual([]);
      expectNone(opened.problems, 'problèmes pendant le chargement et l’usage');
      await checkWithoutScripts(route, width, first, coloursWithScripts, expectNone);
    } finally {
      // Back to the theme of its context, for the next use of the page.
      await page.emulateMedia({colorScheme: first});
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

/** The page without its scripts (JavaScript left on for the probes), against the page with them. */
async function checkWithoutScripts(
  route: string,
  width: number,
  colorScheme: 'light' | 'dark',
  expected: Record<string, string>,
  expectNone: (found: string[], what: string) => void,
): Promise<void> {
  const stripped = await openPage(site.browser, site.origin, route, {width, colorScheme, scripts: 'stripped', reuse: true, axe: true});
  const {page} = stripped;
  try {
    expectNone(
      (await page.evaluate(() => document.documentElement.dataset.theme ?? null)) === null ? [] : ['data-theme posé sans script'],
      'pas de data-theme',
    );
    // The theme follows the system: the same colours as the page with its scripts, in that theme.
    const actual = await colours(page);
    expectNone(
      Object.keys(expected)
        .filter((key) => key in actual && actual[key] !== expected[key])
        .map((key) => `${key} : ${actual[key]} au lieu de ${expected[key]}`),
      'couleurs sans JavaScript',
    );
    expectNone(await skipLinkProblems(page), 'lien « Aller au contenu » sans JavaScript');
    if (width < 997) {
      // The phone menu, opened: each link shown, readable (axe below checks its contrast).
      await page.locator('nav.navbar summary').click();
      const hidden = await page.$$eval('nav.navbar details nav a', (links) =>
        links.filter((link) => !link.checkVisibility({opacityProperty: true, visibilityProperty: true})).map((link) => link.textContent ?? ''),
      );
      expectNone(hidden, 'liens du menu invisibles sans JavaScript');
    }
    expectNone(await axeViolations(page), 'axe-core, WCAG 2.1 A et AA, sans JavaScript');
    expectNone(await overflowProblems(page), `à ${width} px, sans JavaScript`);
    if (width < 400) {
      await page.setViewportSize({width: 320, height: 800});
      expectNone(await overflowProblems(page), 'à 320 px, sans JavaScript');
    }
    expectNone(stripped.problems, 'problèmes pendant le chargement sans JavaScript');
  } finally {
    await stripped.close();
  }
}
