/**
 * The nginx kit (deploy/nginx, started by src/features/nginx-kit/serve.ts exactly as `npm run serve:nginx`)
 * serving the production build, for real: security and cache headers on pages and assets,
 * compression, the site's redirects as 301s, the 404 page of each edition with status 404, no
 * Content-Security-Policy violation on any page in Chromium. The site under a sub-path, served by the
 * same kit: tests/pipeline/preview.test.ts (the merge request's preview).
 */
import {cp, mkdtemp, rm, stat} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {startNginx, type NginxServer} from '../../src/features/nginx-kit/serve';
import {pageRedirects} from '../../src/features/published-urls/site-redirects';
import {missingRoute, readBuiltPage, siteRoutes} from '../support/built-site';
import {guidePages} from '../support/guide-plan';
import {cspProblems, expectSecurityHeaders, recordCspViolations} from '../support/nginx-checks';
import {sharedBrowser} from '../support/served-site';

const buildDir = inject('siteBuildDir');
/** A page of the guide, whichever it has, and its title. */
const [guidePage = '/'] = guidePages(buildDir);
const guideTitle = readBuiltPage(buildDir, guidePage).document.querySelector('h1')!.textContent!;

let server: NginxServer;
let browser: Browser;

beforeAll(async () => {
  server = await startNginx(buildDir);
  browser = await sharedBrowser();
});
afterAll(async () => {
  await server?.close();
});

const get = (path: string, origin = server.origin) => fetch(`${origin}${path}`, {redirect: 'manual'});

describe('en-têtes', () => {
  it('une page : sécurité, revalidée à chaque visite, compressée', async () => {
    const response = await get(guidePage);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-encoding')).toMatch(/^(gzip|br)$/);
    expectSecurityHeaders(response, guidePage);
    await expect(response.text()).resolves.toMatch(/<html lang=["']?fr/);
  });

  it('un script et une feuille de style nommés par leur contenu : gardés un an, compressés', async () => {
    const html = await (await get(guidePage)).text();
    const assets = [...html.matchAll(/(?:src|href)=["']?(\/assets\/[^"' >]+\.(?:js|css))/g)].map((match) => match[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      const response = await get(asset);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('cache-control'), asset).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-encoding'), asset).toMatch(/^(gzip|br)$/);
      expectSecurityHeaders(response, asset);
    }
  });

  it('les fichiers de configuration de la construction ne sont pas servis', async () => {
    for (const file of ['/_nginx-site.conf', '/_nginx-redirects.conf', '/_redirects']) {
      expect((await get(file)).status, file).toBe(404);
    }
  });
});

describe('redirections et 404', () => {
  it('chaque ancienne adresse répond 301 vers la nouvelle, dans les deux éditions', async () => {
    const list = pageRedirects();
    expect(list.length).toBeGreaterThan(0);
    for (const {from, to} of list) {
      for (const [source, target] of [
        [from, to],
        [`${from}/`, to],
        [`${from}.html`, to],
        [`/en${from}`, `/en${to}`],
      ] as const) {
        const response = await get(source);
        expect(response.status, source).toBe(301);
        expect(response.headers.get('location'), source).toBe(target);
        expectSecurityHeaders(response, source);
      }
    }
  });

  it('une adresse inconnue : statut 404 et la page 404 de son édition', async () => {
    const french = await get(missingRoute);
    expect(french.status).toBe(404);
    expectSecurityHeaders(french, missingRoute);
    expect(await french.text()).toMatch(/<html lang=["']?fr[\s\S]*<h1>Page introuvable/);
    const english = await get(`/en${missingRoute}`);
    expect(english.status).toBe(404);
    expect(await english.text()).toMatch(/<html lang=["']?en[\s\S]*<h1>Page not found/);
  });
});

describe('npm run serve:nginx depuis un dossier privé', () => {
  it('sert la construction même dans un dossier que seul son propriétaire peut lire (mktemp -d, dossier personnel)', async () => {
    const privateDir = await mkdtemp(path.join(tmpdir(), 'communs-prive-'));
    try {
      expect((await stat(privateDir)).mode & 0o777).toBe(0o700);
      const copy = path.join(privateDir, 'build');
      await cp(buildDir, copy, {recursive: true});
      const served = await startNginx(copy);
      try {
        const page = await get(guidePage, served.origin);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain(guideTitle);
        expect((await get('/mises-a-jour.atom', served.origin)).status).toBe(200);
      } finally {
        await served.close();
      }
    } finally {
      await rm(privateDir, {recursive: true, force: true});
    }
  });
});

describe('Content-Security-Policy dans Chromium', () => {
  it('aucune violation sur aucune page des deux éditions, ni en cherchant', async () => {
    const context = await browser.newContext();
    await context.addInitScript(recordCspViolations);
    const routes = siteRoutes(buildDir);
    expect(routes.length).toBeGreaterThanOrEqual(20);
    const found: string[] = [];
    // Three pages at a time.
    const pending = [...routes, missingRoute];
    const worker = async () => {
      const page = await context.newPage();
      for (let route = pending.shift(); route !== undefined; route = pending.shift()) {
        for (const problem of await cspProblems(page, `${server.origin}${route}`)) {
          // The missing page's own 404, which the browser reports as a failed load.
          if (route === missingRoute && /status of 404/.test(problem)) continue;
          found.push(`${route} : ${problem}`);
        }
      }
      return page;
    };
    const [page] = await Promise.all([worker(), worker(), worker()]);
    // The search engine (WebAssembly) and its index load under the policy too.
    await page!.goto(`${server.origin}${guidePage}`, {waitUntil: 'networkidle'});
    const box = page!.getByRole('combobox', {name: 'Rechercher dans le guide'});
    await box.fill('collectivite');
    await page!.locator('[role="option"]').first().waitFor();
    found.push(...((await page!.evaluate('window.__cspViolations')) as string[]).map((problem) => `recherche : ${problem}`));
    expect(found.join('\n')).toBe('');
    await context.close();
  });
});
