/**
 * Addresses that never break: the manifest of published addresses (src/features/published-urls/published-urls.json)
 * against the real build, the redirects the build writes, `npm run urls:check` on a copy of the site
 * where a page is deleted or a heading renamed, and in Chromium: old GitBook addresses and sections
 * followed, and the « # » link of each heading copying the section's address.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import matter from 'gray-matter';
import {cp, mkdtemp, readFile, rm, unlink, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, inject, it} from 'vitest';
import {checkPublishedUrls, type PublishedUrls, type SitePages} from '../../src/features/published-urls/check/check';
import {checkSite, currentUrls} from '../../src/features/published-urls/check/cli';
import {addressesOf, type PublishedPage} from '../../src/features/published-urls/check/collect';
import {pageRedirects, redirects} from '../../src/features/published-urls/site-redirects';
import {readRedirects} from '../../src/features/published-urls/check/redirects';
import {openPage} from '../support/browser-page';
import {projectRoot} from '../support/build-site';
import {readBuiltPage, sitemapRoutes, textOf, translatedLocales} from '../support/built-site';
import {guidePages} from '../support/guide-plan';
import {runProjectScript} from '../support/project-script';
import {servedSite} from '../support/served-site';

const buildDir = inject('siteBuildDir');
const published = JSON.parse(await readFile(path.join(projectRoot, 'src', 'features', 'published-urls', 'published-urls.json'), 'utf8')) as PublishedUrls;

/**
 * What the build publishes, per edition: each sitemap page with the ids of its section headings,
 * and the files of the manifest that it writes (the update feed). French at the build's root,
 * English in build/en/, its routes recorded without the /en prefix.
 */
function builtPages(): SitePages {
  const pages: SitePages = {};
  for (const locale of ['fr', ...translatedLocales]) {
    const dir = locale === 'fr' ? buildDir : path.join(buildDir, locale);
    const prefix = locale === 'fr' ? '' : `/${locale}`;
    const edition: PublishedPage[] = [];
    for (const address of Object.keys(published[locale] ?? {})) {
      if (/\.[a-z]+$/.test(address) && existsSync(path.join(dir, address))) edition.push({route: address, headings: []});
    }
    for (const route of sitemapRoutes(dir)) {
      const {document} = readBuiltPage(buildDir, route);
      const ids = [...document.querySelectorAll('main :is(h2, h3, h4, h5, h6)[id]')].map((heading) => heading.id);
      edition.push({route: route.slice(prefix.length) || '/', headings: ids.map((id) => ({id, text: '', line: 1}))});
    }
    pages[locale] = edition;
  }
  return pages;
}

describe('les adresses publiées, dans la construction', () => {
  it('chaque page et chaque section du manifeste est construite ou redirigée, dans chaque édition', () => {
    const {problems} = checkPublishedUrls({manifest: published, current: builtPages(), redirects: readRedirects(projectRoot)});
    expect(problems).toEqual([]);
  });

  it('les adresses que npm run urls:check lit dans les sources sont celles que la construction publie', async () => {
    const fromSources = await currentUrls(projectRoot);
    const built = Object.fromEntries(Object.entries(builtPages()).map(([locale, pages]) => [locale, addressesOf(pages)]));
    for (const locale of Object.keys(built)) {
      // The manifest's files (the feed) are addresses too, not pages of the site map.
      expect(fromSources[locale], locale).toEqual(built[locale]);
    }
  });

  it('chaque ancienne adresse de page est redirigée par GitLab Pages et par nginx', async () => {
    const gitlab = await readFile(path.join(buildDir, '_redirects'), 'utf8');
    const nginx = await readFile(path.join(buildDir, '_nginx-redirects.conf'), 'utf8');
    const list = pageRedirects();
    expect(list.length, 'src/features/published-urls/redirects.json : au moins une ancienne adresse').toBeGreaterThan(0);
    for (const {from, to} of list) {
      expect(gitlab).toContain(`${from} ${to} 301\n`);
      expect(nginx).toContain(`location ~ ^${from}(/|\\.html)?$ { return 301 ${to}$is_args$args; }`);
    }
    expect(gitlab).not.toContain('#');
  });
});

describe('npm run urls:check, sur une copie du site qui a son historique git', () => {
  const copies: string[] = [];
  afterAll(() => Promise.all(copies.map((dir) => rm(dir, {recursive: true, force: true}))));

  /** A French page of the guide with a translation and at least one section: whichever the site has. */
  const subject = (() => {
    for (const file of readdirSync(path.join(projectRoot, 'docs')).filter((name) => /^[^_].*\.md$/.test(name))) {
      const french = readFileSync(path.join(projectRoot, 'docs', file), 'utf8');
      const translation = path.join('i18n', 'en', 'docusaurus-plugin-content-docs', 'current', file);
      const section = /\{#([a-z0-9-]+)\}/.exec(french)?.[1];
      if (section && existsSync(path.join(projectRoot, translation))) {
        return {file: `docs/${file}`, translation, slug: matter(french).data.slug as string, section};
      }
    }
    throw new Error('Aucune page de docs/ n’a à la fois une traduction et une section : rien pour essayer urls:check.');
  })();

  /** A copy of the site's sources, committed as its last publication, then changed by `change` (as a merge request changes it). */
  async function changedCopy(change: (siteDir: string) => Promise<void>): Promise<string> {
    const siteDir = await mkdtemp(path.join(os.tmpdir(), 'urls-check-'));
    copies.push(siteDir);
    for (const entry of ['docs', 'src/pages', 'src/shared/settings', 'src/features/published-urls', 'i18n']) {
      await cp(path.join(projectRoot, entry), path.join(siteDir, entry), {recursive: true});
    }
    const git = (...args: string[]) => execFileSync('git', args, {cwd: siteDir, stdio: 'ignore'});
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('-c', 'user.name=Essai', '-c', 'user.email=essai@exemple.fr', 'commit', '-q', '-m', 'Dernière publication');
    await change(siteDir);
    return siteDir;
  }
  /**
   * The check of a changed copy, in this process: the command's own function (running the command
   * each time would start a TypeScript runtime); the first test runs the command itself.
   */
  const checkCopy = async (change: (siteDir: string) => Promise<void>) => checkSite(await changedCopy(change), {});
  const edit = async (file: string, change: (text: string) => string) => writeFile(file, change(await readFile(file, 'utf8')));

  it('passe sur le site tel qu’il est, comme la commande le dit', async () => {
    const command = runProjectScript('src/features/published-urls/check/cli.ts', ['check'], await changedCopy(async () => {}));
    expect(command.code, command.output).toBe(0);
    expect(command.output).toMatch(/^Adresses publiées vérifiées, édition par édition, contre la dernière publication \(commit [0-9a-f]{8}\)/m);
  });

  it('passe avec une nouvelle page, dite nouvelle : la publication l’enregistre', async () => {
    const result = await checkCopy((siteDir) =>
      writeFile(
        path.join(siteDir, 'docs', 'une-nouvelle-page.md'),
        '---\ntitle: Une nouvelle page\ndescription: Une page ajoutée par une demande de fusion, que la publication enregistre.\nslug: /une-nouvelle-page\n---\n\n## Sa section {#sa-section}\n',
      ),
    );
    expect(result.code, result.output).toBe(0);
    expect(result.output).toMatch(/Nouvelles adresses depuis la dernière publication \(commit [0-9a-f]{8}\) : \/une-nouvelle-page, \/une-nouvelle-page#sa-section, \/en\/une-nouvelle-page, \/en\/une-nouvelle-page#sa-section\. Rien à faire/);
  });

  it('échoue quand une page est supprimée, dans chaque édition, et dit quelle redirection ajouter', async () => {
    const result = await checkCopy((siteDir) => unlink(path.join(siteDir, subject.file)));
    expect(result.code).toBe(1);
    expect(result.output).toContain(`${subject.slug} (édition française) : cette page publiée n’existe plus (${subject.file}) et aucune redirection ne la remplace.`);
    expect(result.output).toContain(`ajoutez dans src/features/published-urls/redirects.json {"from": "${subject.slug}", "to": "/adresse-de-la-page-qui-reprend-son-contenu"}`);
  });

  it('un titre français dont seul l’identifiant change échoue, nomme l’ancre, et dit les deux façons de la garder', async () => {
    const renamed = await checkCopy((siteDir) => edit(path.join(siteDir, subject.file), (text) => text.replace(`{#${subject.section}}`, '{#nouvel-identifiant}')));
    expect(renamed.code).toBe(1);
    expect(renamed.output).toMatch(
      new RegExp(
        `^${subject.slug}#${subject.section} \\(édition française\\) : cette section publiée n’existe plus \\(${subject.file}\\)\\. Gardez son identifiant : écrivez \\{#${subject.section}\\} à la fin du titre « .+ » \\(ligne \\d+\\) à la place de \\{#nouvel-identifiant\\} ; ou ajoutez dans src/features/published-urls/redirects\\.json \\{"from": "${subject.slug}#${subject.section}", "to": "${subject.slug}#nouvel-identifiant"\\}\\.$`,
        'm',
      ),
    );
    // The English page still has its section: only the French address breaks.
    expect(renamed.output).not.toContain('(édition « en »)');
  });

  it('un slug changé : la redirection exacte ; puis la traduction qui garde l’ancien est nommée ; puis tout passe', async () => {
    const moveFrench = (siteDir: string) => edit(path.join(siteDir, subject.file), (text) => text.replace(`slug: ${subject.slug}`, `slug: ${subject.slug}-nouvelle`));
    const addRedirect = (siteDir: string) =>
      edit(path.join(siteDir, 'src', 'features', 'published-urls', 'redirects.json'), (text) => {
        const list = JSON.parse(text) as {redirects: unknown[]};
        list.redirects.push({from: subject.slug, to: `${subject.slug}-nouvelle`});
        return JSON.stringify(list);
      });
    const moved = await checkCopy(moveFrench);
    expect(moved.code).toBe(1);
    expect(moved.output).toContain(
      `${subject.slug} (édition française) : ${subject.file} a changé d’adresse, de ${subject.slug} à ${subject.slug}-nouvelle. Des intranets pointent peut-être vers l’ancienne : ajoutez dans src/features/published-urls/redirects.json {"from": "${subject.slug}", "to": "${subject.slug}-nouvelle"}.`,
    );
    const redirected = await checkCopy(async (siteDir) => {
      await moveFrench(siteDir);
      await addRedirect(siteDir);
    });
    expect(redirected.code).toBe(1);
    expect(redirected.output).toContain(
      `/en${subject.slug} (édition « en ») : cette adresse existe encore (${subject.translation}), la redirection vers ${subject.slug}-nouvelle de src/features/published-urls/redirects.json ne servirait jamais. Une traduction garde le slug de sa page française : donnez à ${subject.translation} le même slug que la page française.`,
    );
    const both = await checkCopy(async (siteDir) => {
      await moveFrench(siteDir);
      await addRedirect(siteDir);
      await edit(path.join(siteDir, subject.translation), (text) => text.replace(`slug: ${subject.slug}`, `slug: ${subject.slug}-nouvelle`));
    });
    expect(both.code, both.output).toBe(0);
  });
});

describe('dans Chromium', () => {
  const site = servedSite();
  /** An old address of a page, and one of a section, whichever the list holds. */
  const [pageRedirect] = pageRedirects();
  const sectionRedirect = redirects.find((redirect) => redirect.from.includes('#'));
  /**
   * A page of the guide with two sections or more, in both editions with the same ids: the first of
   * the menu. `first` and `last` are its first and last sections' ids, `title` its last's text.
   */
  const sectioned = (() => {
    for (const route of guidePages(buildDir)) {
      const ids = (document: Document) => [...document.querySelectorAll('main article h2[id]')].map((heading) => heading.id);
      const french = ids(readBuiltPage(buildDir, route).document);
      if (french.length >= 2 && ids(readBuiltPage(buildDir, `/en${route}`).document).join() === french.join()) {
        const heading = readBuiltPage(buildDir, route).document.getElementById(french.at(-1)!)!;
        return {route, first: french[0]!, last: french.at(-1)!, title: textOf(heading).replace(/\u200B/g, '').trim()};
      }
    }
    throw new Error('Aucune page du guide n’a deux sections aux mêmes identifiants dans les deux éditions.');
  })();

  it('une ancienne adresse de page mène à la page qui reprend son contenu', async () => {
    expect(pageRedirect, 'src/features/published-urls/redirects.json : au moins une ancienne adresse de page').toBeDefined();
    const opened = await openPage(site.browser, site.origin, pageRedirect!.from, {width: 1280});
    expect(new URL(opened.page.url()).pathname).toBe(pageRedirect!.to.split('#')[0]);
    expect(opened.response?.request().redirectedFrom()?.url()).toBe(`${site.origin}${pageRedirect!.from}`);
    await opened.close();
  });

  it('une ancienne adresse de section mène à la page où elle est aujourd’hui', async () => {
    expect(sectionRedirect, 'src/features/published-urls/redirects.json : au moins une ancienne adresse de section').toBeDefined();
    const opened = await openPage(site.browser, site.origin, sectionRedirect!.from, {width: 1280});
    await opened.page.waitForURL((url) => url.pathname === sectionRedirect!.to.split('#')[0]);
    expect(opened.problems).toEqual([]);
    await opened.close();
  });

  it('le lien « # » d’un titre copie l’adresse de la section et l’annonce, à la souris comme au clavier', async () => {
    const opened = await openPage(site.browser, site.origin, sectioned.route, {width: 1280});
    const {page, context} = opened;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: site.origin});
    const link = page.locator(`h2[id="${sectioned.last}"] > a.hash-link`);
    await expect(link.getAttribute('aria-label')).resolves.toBe(`Lien vers la section « ${sectioned.title} »`);
    await link.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}${sectioned.route}#${sectioned.last}`);
    const status = page.locator('[role="status"][data-copy-link-status]');
    await expect.poll(() => status.textContent()).toBe('Lien copié');
    await expect.poll(() => link.getAttribute('data-copied')).toBe('Lien copié');
    // The keyboard: focus the link of another section, Enter.
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.locator(`h2[id="${sectioned.first}"] > a.hash-link`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}${sectioned.route}#${sectioned.first}`);
    expect(new URL(page.url()).hash).toBe(`#${sectioned.first}`);
    await opened.close();
  });

  it('dans l’édition anglaise, le lien « # » copie l’adresse anglaise et l’annonce en anglais', async () => {
    const opened = await openPage(site.browser, site.origin, `/en${sectioned.route}`, {width: 1280});
    const {page, context} = opened;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: site.origin});
    const link = page.locator(`h2[id="${sectioned.last}"] > a.hash-link`);
    await expect(link.getAttribute('aria-label')).resolves.toMatch(/^Link to the section “.+”$/);
    await link.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}/en${sectioned.route}#${sectioned.last}`);
    await expect.poll(() => page.locator('[role="status"][data-copy-link-status]').textContent()).toBe('Link copied');
    expect(opened.problems).toEqual([]);
    await opened.close();
  });

  it('le lien vers l’autre langue garde la section lue, dans les deux sens', async () => {
    const opened = await openPage(site.browser, site.origin, `${sectioned.route}#${sectioned.last}`, {width: 1280});
    const {page} = opened;
    await page.locator('.navbar__items--right a[data-language-link]').click();
    await page.waitForURL((url) => url.pathname === `/en${sectioned.route}`);
    expect(new URL(page.url()).hash).toBe(`#${sectioned.last}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-GB');
    await page.locator(`h2[id="${sectioned.first}"] > a.hash-link`).click();
    await page.locator('.navbar__items--right a[data-language-link]').click();
    await page.waitForURL((url) => url.pathname === sectioned.route);
    expect(new URL(page.url()).hash).toBe(`#${sectioned.first}`);
    expect(opened.problems).toEqual([]);
    await opened.close();
  });

  it('les anciennes adresses de pages sont aussi redirigées dans l’édition anglaise', async () => {
    const opened = await openPage(site.browser, site.origin, `/en${pageRedirect!.from}`, {width: 1280});
    expect(new URL(opened.page.url()).pathname).toBe(`/en${pageRedirect!.to.split('#')[0]}`);
    expect(opened.response?.request().redirectedFrom()?.url()).toBe(`${site.origin}/en${pageRedirect!.from}`);
    await opened.close();
  });

  it('sans JavaScript, le lien « # » reste un lien vers la section', async () => {
    const opened = await openPage(site.browser, site.origin, sectioned.route, {width: 375, scripts: 'off'});
    const link = opened.page.locator(`h2[id="${sectioned.last}"] > a.hash-link`);
    await expect(link.getAttribute('href')).resolves.toBe(`#${sectioned.last}`);
    await expect(link.isVisible()).resolves.toBe(true);
    await opened.close();
  });
});
