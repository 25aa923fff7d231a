/**
 * Every page of the site (from sitemap.xml, plus the 404 page) in Chromium, at 1280 and 375 px, in
 * light and dark theme: WCAG 2.1 A and AA by axe-core, no request to another host, no cookie, no
 * console error, nothing wider than the screen down to 320 px, one h1, French, a title and a
 * description, a working « Aller au contenu » link and a focus that always shows. Both editions:
 * French at the root, English under /en/ (its own sitemap and 404 page), each in its language.
 */
import {describe, inject, it} from 'vitest';
import {loadReady, openPage} from '../support/browser-page';
import {localeOfRoute, missingRoute, missingTranslatedRoutes, siteRoutes} from '../support/built-site';
import {axeViolations, focusWalk, loadLazyContent, overflowProblems, skipLinkLabels, skipLinkProblems} from '../support/page-checks';
import {serveForTests} from '../support/served-site';

const buildDir = inject('siteBuildDir');
const missingRoutes = [missingRoute, ...missingTranslatedRoutes];
const routes = [...siteRoutes(buildDir), ...missingRoutes];
/**
 * `keyboard`: the keyboard checks run once per width (they do not depend on the theme);
 * `deviceScaleFactor` 2 once, so that images served for dense screens are requested too.
 */
const configurations = [
  {width: 1280, colorScheme: 'light', keyboard: true, deviceScaleFactor: 1},
  {width: 1280, colorScheme: 'dark', keyboard: false, deviceScaleFactor: 2},
  {width: 375, colorScheme: 'light', keyboard: false, deviceScaleFactor: 1},
  {width: 375, colorScheme: 'dark', keyboard: true, deviceScaleFactor: 1},
] as const;

const site = serveForTests(() => buildDir);
/** Titles and descriptions seen per configuration, to check that each page has its own. */
const seen = new Map<string, Map<string, string>>();
/** Focus stops already seen to show, per configuration (see focusWalk). */
const focusSeen = new Map<string, Set<string>>();

describe.each(configurations)('à $width px, thème $colorScheme', ({width, colorScheme, keyboard, deviceScaleFactor}) => {
  it.concurrent.for(routes)('%s', async (route, {expect}) => {
    /** Fails with every line of `found` in the message, so that a report names each problem. */
    const expectNone = (found: string[], what: string) => expect(found.join('\n'), what).toBe('');
    const opened = await openPage(site.browser, site.origin, route, {width, colorScheme, deviceScaleFactor, reuse: true});
    const {page} = opened;
    try {
      expect(opened.response?.status(), 'statut HTTP').toBe(missingRoutes.includes(route) ? 404 : 200);

      await loadLazyContent(page);
      const facts = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        theme: document.documentElement.dataset.theme,
        h1: [...document.querySelectorAll('h1')].filter((h1) => h1.getBoundingClientRect().height > 0).length,
        title: document.title.trim(),
        description: document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '',
      }));
      expect(facts.lang, 'langue de la page').toBe(localeOfRoute(route) === 'en' ? 'en-GB' : 'fr-FR');
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
      expectNone(await overflowProblems(page), `à ${width} px`);

      // The keyboard after the checks above, which leave focus where the page put it: one reload
      // fewer per page.
      if (keyboard) {
        const configuration = `${width}-${colorScheme}`;
        if (!focusSeen.has(configuration)) focusSeen.set(configuration, new Set());
        const walk = await focusWalk(page, 150, focusSeen.get(configuration));
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
      }

      if (width < 400) {
        await page.setViewportSize({width: 320, height: 800});
        expectNone(await overflowProblems(page), 'à 320 px');
      }

      expect(await opened.context.cookies(), 'aucun cookie').toEqual([]);
      expectNone(opened.problems, 'problèmes pendant le chargement et l’usage');
    } finally {
      await opened.close();
    }
  });
});
