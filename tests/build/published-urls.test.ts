/**
 * Addresses that never break: the manifest of published addresses (src/features/published-urls/published-urls.json)
 * against the real build, the redirects the build writes, `npm run urls:check` on a copy of the site
 * where a page is deleted or a heading renamed, and in Chromium: old GitBook addresses and sections
 * followed, and the « # » link of each heading copying the section's address.
 */
import {existsSync} from 'node:fs';
import {cp, mkdtemp, readFile, rm, unlink, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, inject, it} from 'vitest';
import {checkPublishedUrls, type PublishedUrls} from '../../src/features/published-urls/check/check';
import {readRedirects} from '../../src/features/published-urls/check/redirects';
import {openPage} from '../support/browser-page';
import {projectRoot} from '../support/build-site';
import {readBuiltPage, sitemapRoutes, translatedLocales} from '../support/built-site';
import {runProjectScript} from '../support/project-script';
import {servedSite} from '../support/served-site';

const buildDir = inject('siteBuildDir');
const published = JSON.parse(await readFile(path.join(projectRoot, 'src', 'features', 'published-urls', 'published-urls.json'), 'utf8')) as PublishedUrls;

/**
 * What the build publishes, per edition: each sitemap page with the ids of its section headings,
 * and the files of the manifest that it writes (the update feed). French at the build's root,
 * English in build/en/, its routes recorded without the /en prefix.
 */
function builtUrls(): PublishedUrls {
  const urls: PublishedUrls = {};
  for (const locale of ['fr', ...translatedLocales]) {
    const dir = locale === 'fr' ? buildDir : path.join(buildDir, locale);
    const prefix = locale === 'fr' ? '' : `/${locale}`;
    const pages: Record<string, string[]> = {};
    for (const address of Object.keys(published[locale] ?? {})) {
      if (/\.[a-z]+$/.test(address) && existsSync(path.join(dir, address))) pages[address] = [];
    }
    for (const route of sitemapRoutes(dir)) {
      const {document} = readBuiltPage(buildDir, route);
      pages[route.slice(prefix.length) || '/'] = [...document.querySelectorAll('main :is(h2, h3, h4, h5, h6)[id]')].map((heading) => heading.id).sort();
    }
    urls[locale] = pages;
  }
  return urls;
}

describe('les adresses publiées, dans la construction', () => {
  it('chaque page et chaque section du manifeste est construite ou redirigée', () => {
    const {problems} = checkPublishedUrls(published, builtUrls(), readRedirects(projectRoot));
    expect(problems).toEqual([]);
  });

  it('chaque page du plan du site et chacune de ses sections est dans le manifeste', () => {
    const {unrecorded} = checkPublishedUrls(published, builtUrls(), []);
    expect(unrecorded).toEqual([]);
  });

  it('les redirections de pages sont écrites pour GitLab Pages et pour nginx', async () => {
    const gitlab = await readFile(path.join(buildDir, '_redirects'), 'utf8');
    expect(gitlab).toContain('/communs-numeriques /definition 301\n');
    expect(gitlab).toContain('/des-communs-numeriques-au-service-des-collectivites-territoriales /mise-en-pratique 301\n');
    expect(gitlab).not.toContain('#');
    const nginx = await readFile(path.join(buildDir, '_nginx-redirects.conf'), 'utf8');
    expect(nginx).toContain('location ~ ^/communs-numeriques(/|\\.html)?$ { return 301 /definition$is_args$args; }');
  });
});

describe('npm run urls:check, sur une copie du site', () => {
  const copies: string[] = [];
  afterAll(() => Promise.all(copies.map((dir) => rm(dir, {recursive: true, force: true}))));

  /** A copy of the site's sources, changed by `change`, checked by the real command. */
  async function checkCopy(change: (siteDir: string) => Promise<void>) {
    const siteDir = await mkdtemp(path.join(os.tmpdir(), 'urls-check-'));
    copies.push(siteDir);
    for (const entry of ['docs', 'src/pages', 'src/shared/settings', 'src/features/published-urls', 'i18n']) {
      await cp(path.join(projectRoot, entry), path.join(siteDir, entry), {recursive: true});
    }
    await change(siteDir);
    return runProjectScript('src/features/published-urls/check/cli.ts', ['check'], siteDir);
  }

  it('passe sur le site tel qu’il est', async () => {
    const result = await checkCopy(async () => {});
    expect(result.code, result.output).toBe(0);
  });

  it('échoue quand une page est supprimée, et dit quelle redirection ajouter', async () => {
    const result = await checkCopy((siteDir) => unlink(path.join(siteDir, 'docs', 'caracteristiques.md')));
    expect(result.code).toBe(1);
    expect(result.output).toContain('/caracteristiques (fr) : cette page publiée n’existe plus et aucune redirection ne la remplace.');
    expect(result.output).toContain('ajoutez dans src/features/published-urls/redirects.json {"from": "/caracteristiques", "to": "/nouvelle-adresse"}');
  });

  it('échoue quand un titre change d’identifiant, puis passe avec la redirection', async () => {
    // In both editions, as a contributor does: sections keep the same ids in every language.
    const rename = async (siteDir: string) => {
      for (const file of [path.join(siteDir, 'docs', 'definition.md'), path.join(siteDir, 'i18n', 'en', 'docusaurus-plugin-content-docs', 'current', 'definition.md')]) {
        await writeFile(file, (await readFile(file, 'utf8')).replace('{#pour-aller-plus-loin}', '{#ressources}'));
      }
    };
    const renamed = await checkCopy(rename);
    expect(renamed.code).toBe(1);
    expect(renamed.output).toContain('/definition#pour-aller-plus-loin (fr) : cette section publiée n’existe plus. Gardez son identifiant {#pour-aller-plus-loin}');
    expect(renamed.output).toContain('/definition#pour-aller-plus-loin (en) : cette section publiée n’existe plus.');
    const redirected = await checkCopy(async (siteDir) => {
      await rename(siteDir);
      const file = path.join(siteDir, 'src', 'features', 'published-urls', 'redirects.json');
      const list = JSON.parse(await readFile(file, 'utf8')) as {redirects: unknown[]};
      list.redirects.push({from: '/definition#pour-aller-plus-loin', to: '/definition#ressources'});
      await writeFile(file, JSON.stringify(list));
    });
    // Still one step: the new address is recorded with npm run urls:update.
    expect(redirected.output).not.toContain('cette section publiée n’existe plus');
    expect(redirected.output).toContain('pas encore enregistrées dans src/features/published-urls/published-urls.json : /definition#ressources, /en/definition#ressources. Lancez npm run urls:update');
  });
});

describe('dans Chromium', () => {
  const site = servedSite();

  it('une adresse de l’espace GitBook d’origine mène à la page qui reprend son contenu', async () => {
    const opened = await openPage(site.browser, site.origin, '/communs-numeriques', {width: 1280});
    expect(new URL(opened.page.url()).pathname).toBe('/definition');
    expect(opened.response?.request().redirectedFrom()?.url()).toBe(`${site.origin}/communs-numeriques`);
    await opened.close();
  });

  it('une section de l’espace GitBook d’origine mène à la page où elle est aujourd’hui', async () => {
    const opened = await openPage(site.browser, site.origin, '/communs-numeriques#1.1.2.-quelles-sont-les-caracteristiques-propres-aux-communs-numeriques', {width: 1280});
    await opened.page.waitForURL((url) => url.pathname === '/caracteristiques');
    expect(opened.problems).toEqual([]);
    await opened.close();
  });

  it('le lien « # » d’un titre copie l’adresse de la section et l’annonce, à la souris comme au clavier', async () => {
    const opened = await openPage(site.browser, site.origin, '/definition', {width: 1280});
    const {page, context} = opened;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: site.origin});
    const link = page.locator('h2#pour-aller-plus-loin > a.hash-link');
    await expect(link.getAttribute('aria-label')).resolves.toBe('Lien vers la section « Pour aller plus loin »');
    await link.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}/definition#pour-aller-plus-loin`);
    const status = page.locator('[role="status"][data-copy-link-status]');
    await expect.poll(() => status.textContent()).toBe('Lien copié');
    await expect.poll(() => link.getAttribute('data-copied')).toBe('Lien copié');
    // The keyboard: focus the link of another section, Enter.
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.locator('h2#ce-qui-fait-un-commun > a.hash-link').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}/definition#ce-qui-fait-un-commun`);
    expect(new URL(page.url()).hash).toBe('#ce-qui-fait-un-commun');
    await opened.close();
  });

  it('dans l’édition anglaise, le lien « # » copie l’adresse anglaise et l’annonce en anglais', async () => {
    const opened = await openPage(site.browser, site.origin, '/en/definition', {width: 1280});
    const {page, context} = opened;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: site.origin});
    const link = page.locator('h2#pour-aller-plus-loin > a.hash-link');
    await expect(link.getAttribute('aria-label')).resolves.toMatch(/^Link to the section “.+”$/);
    await link.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}/en/definition#pour-aller-plus-loin`);
    await expect.poll(() => page.locator('[role="status"][data-copy-link-status]').textContent()).toBe('Link copied');
    expect(opened.problems).toEqual([]);
    await opened.close();
  });

  it('le lien vers l’autre langue garde la section lue, dans les deux sens', async () => {
    const opened = await openPage(site.browser, site.origin, '/definition#pour-aller-plus-loin', {width: 1280});
    const {page} = opened;
    await page.locator('.navbar__items--right a[data-language-link]').click();
    await page.waitForURL((url) => url.pathname === '/en/definition');
    expect(new URL(page.url()).hash).toBe('#pour-aller-plus-loin');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-GB');
    await page.locator('h2#ce-qui-fait-un-commun > a.hash-link').click();
    await page.locator('.navbar__items--right a[data-language-link]').click();
    await page.waitForURL((url) => url.pathname === '/definition');
    expect(new URL(page.url()).hash).toBe('#ce-qui-fait-un-commun');
    expect(opened.problems).toEqual([]);
    await opened.close();
  });

  it('les anciennes adresses de pages sont aussi redirigées dans l’édition anglaise', async () => {
    const opened = await openPage(site.browser, site.origin, '/en/communs-numeriques', {width: 1280});
    expect(new URL(opened.page.url()).pathname).toBe('/en/definition');
    expect(opened.response?.request().redirectedFrom()?.url()).toBe(`${site.origin}/en/communs-numeriques`);
    await opened.close();
  });

  it('sans JavaScript, le lien « # » reste un lien vers la section', async () => {
    const opened = await openPage(site.browser, site.origin, '/definition', {width: 375, scripts: 'off'});
    const link = opened.page.locator('h2#pour-aller-plus-loin > a.hash-link');
    await expect(link.getAttribute('href')).resolves.toBe('#pour-aller-plus-loin');
    await expect(link.isVisible()).resolves.toBe(true);
    await opened.close();
  });
});
