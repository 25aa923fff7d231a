/**
 * Printing a page from the browser (Chromium's print media emulation, then a real print to PDF read
 * with pdftotext): only the content, black on white in both themes, external addresses after their
 * links, then the page's address, the printing day and the licence line. And the footer's link to
 * the guide's PDF, in the browser: present after hydration and after navigating, without errors.
 */
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {siteTexts} from '../../src/shared/i18n/site-texts';
import {localeOfRoute, missingTranslatedRoutes, readBuiltPage, siteRoutes, textOf} from '../support/built-site';
import {openPage} from '../support/browser-page';
import {servedSite} from '../support/served-site';
import {guidePlanOf, planHomeLinks} from '../support/guide-plan';

const buildDir = inject('siteBuildDir');
const site = servedSite();
const scenarios = servedSite('scenarios');
const printedRoute = '/essais/export-mutualisation';
const routes = [...siteRoutes(buildDir), '/404', ...missingTranslatedRoutes];

/** What a printed page never shows: the site's navigation and screen-only controls. */
const screenOnly = [
  '.navbar__items--right',
  '.navbar__toggle',
  '.theme-doc-sidebar-container',
  '.theme-doc-toc-desktop',
  '.theme-doc-toc-mobile',
  '.theme-doc-breadcrumbs',
  '.pagination-nav',
  '.theme-edit-this-page',
  '.footer__links',
  '[data-guide-pdf-link]',
  '[data-language-link]',
  'main button',
];

describe('une page imprimée', () => {
  // Every page in the dark theme, where printing must change the colours most; the home page and the
  // 404 in the light theme too.
  const cases = [...routes.map((route) => [route, 'dark'] as const), ...['/', '/en/', '/404'].map((route) => [route, 'light'] as const)];
  it.concurrent.each(cases)('%s (thème %s) ne montre que son contenu, puis son adresse et la licence', async (route, theme) => {
    const {page, close, problems} = await openPage(site.browser, site.origin, route, {width: 1280, colorScheme: theme, reuse: true});
    await page.emulateMedia({media: 'print'});
    const report = await page.evaluate((selectors) => {
      const visible = (element: Element) => {
        const box = element.getBoundingClientRect();
        return getComputedStyle(element).visibility !== 'hidden' && box.width > 0 && box.height > 0;
      };
      const shown = selectors.flatMap((selector) => [...document.querySelectorAll(selector)].filter(visible).map(() => selector));
      const main = document.querySelector('main')!;
      const details = document.querySelector('[data-printed-page-details]');
      const licence = document.querySelector('.footer__copyright');
      const externalLinks = [...document.querySelectorAll<HTMLAnchorElement>('.markdown a[href^="http"]')].map((link) => ({
        href: link.getAttribute('href'),
        after: getComputedStyle(link, '::after').content,
      }));
      return {
        shown,
        siteName: document.querySelector('.navbar__title')?.textContent?.trim(),
        siteNameVisible: Boolean(document.querySelector('.navbar__title') && visible(document.querySelector('.navbar__title')!)),
        mainVisible: visible(main),
        details: details && visible(details) ? details.textContent : null,
        address: `${location.origin}${location.pathname}`,
        licenceBelowContent: Boolean(licence && visible(licence) && licence.getBoundingClientRect().top >= main.getBoundingClientRect().bottom),
        textColour: getComputedStyle(document.querySelector('h1') ?? main).color,
        externalLinks,
      };
    }, screenOnly);
    expect(report.shown, 'éléments d’écran visibles à l’impression').toEqual([]);
    expect(report.siteNameVisible).toBe(true);
    expect(report.siteName).toBe(siteTexts(localeOfRoute(route)).title);
    expect(report.mainVisible).toBe(true);
    // The address the reader opened, even on a 404 page or a mirror.
    expect(report.details).toContain(report.address);
    expect(report.licenceBelowContent).toBe(true);
    expect(report.textColour).toBe('rgb(0, 0, 0)');
    for (const link of report.externalLinks) {
      // Chromium gives the declared value: the printed text itself is checked on paper below.
      expect(link.after, `adresse après le lien ${link.href}`).toMatch(/^" \(" attr\(href\) "\)"$|^" \(.+\)"$/);
    }
    expect(problems).toEqual([]);
    await close();
  });

  it('sur papier, se lit comme un document : titre, texte, adresse, date d’impression et licence', async () => {
    // A page with a section and a link to another site, whatever the guide says: a page of the scenario site.
    const {page, close, problems} = await openPage(scenarios.browser, scenarios.origin, printedRoute, {width: 1280});
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const dir = mkdtempSync(path.join(tmpdir(), 'impression-'));
    try {
      const file = path.join(dir, 'page.pdf');
      writeFileSync(file, await page.pdf({displayHeaderFooter: false}));
      const text = execFileSync('pdftotext', ['-layout', file, '-'], {encoding: 'utf8'}).replace(/[\s\u00a0\u202f]+/g, ' ');
      const built = readBuiltPage(scenarios.buildDir, printedRoute).document;
      const external = built.querySelector<HTMLAnchorElement>('main article a[href^="https://"]')!.getAttribute('href')!;
      expect(text).toContain(textOf(built.querySelector('h1')!).replace(/[\s\u00a0\u202f]+/g, ' '));
      expect(text).toContain(
        textOf(built.querySelector('main article p')!)
          .slice(0, 40)
          .replace(/[\s\u00a0\u202f]+/g, ' '),
      );
      expect(text).toContain(`(${external})`);
      const today = new Intl.DateTimeFormat('fr-FR', {day: 'numeric', month: 'long', year: 'numeric'}).format(new Date());
      expect(text).toContain(`Imprimée le ${today}`.replace(/\s+/g, ' '));
      expect(text).toMatch(new RegExp(`Adresse de cette page : https?://\\S+${printedRoute}`));
      expect(text).toContain('Licence Ouverte 2.0 (Etalab)');
      // Nothing of the navigation: the sidebar, the search field, the next page, the footer's links.
      expect(text).not.toMatch(/Rechercher|Suivant|Mentions légales|Aller au contenu|Télécharger le guide/);
      // No blank sheet at the end: the last page holds the licence line.
      const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [file], {encoding: 'utf8'}))?.[1]);
      const lastPage = execFileSync('pdftotext', ['-f', String(pages), '-l', String(pages), file, '-'], {encoding: 'utf8'});
      expect(lastPage.replace(/\s+/g, ' ')).toContain('Licence Ouverte 2.0');
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
    expect(problems).toEqual([]);
    await close();
  });
});

describe('le lien vers le PDF du guide', () => {
  it.each([
    ['/', planHomeLinks(guidePlanOf(buildDir))[0]!, 'Télécharger le guide'],
    ['/en/', planHomeLinks(guidePlanOf(path.join(buildDir, 'en')))[0]!, 'Download the guide'],
  ])('reste dans le pied de page de %s après la navigation vers %s', async (start, next, label) => {
    const {page, close, problems} = await openPage(site.browser, site.origin, start, {width: 1280});
    const link = page.locator('footer [data-guide-pdf-link] a');
    await expect(link.textContent()).resolves.toMatch(new RegExp(`^${label} \\(PDF, \\d+\u00a0(Ko|KB)\\)$`));
    // A client-side navigation renders the footer again, from the page's description of the PDF.
    await page.locator(`main a[href="${next}"]`).first().click();
    await page.waitForURL(`**${next}`);
    await expect(link.textContent()).resolves.toMatch(new RegExp(`^${label} `));
    const href = await link.getAttribute('href');
    const response = await page.request.get(`${site.origin}${href}`);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(problems).toEqual([]);
    await close();
  });
});
