/**
 * The nginx kit (deploy/nginx, started by src/features/nginx-kit/serve.ts exactly as `npm run serve:nginx`)
 * serving the production build, for real: security and cache headers on pages and assets,
 * compression, the site's redirects as 301s, the 404 page of each edition with status 404, no
 * Content-Security-Policy violation on any page in Chromium, and the site under a sub-path.
 */
import {cp, mkdtemp, rm, stat} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, inject, it} from 'vitest';
import type {Browser, Page} from 'playwright-core';
import {launchChromium} from '../../src/shared/chromium';
import {makeGuidePdfs} from '../../src/features/pdf/guide-pdfs';
import {startNginx, type NginxServer} from '../../src/features/nginx-kit/serve';
import {pageRedirects} from '../../src/features/published-urls/site-redirects';
import {scriptsHaveRun} from '../support/browser-page';
import {missingRoute, siteRoutes} from '../support/built-site';
import {buildScratchSite, type ScratchBuild} from '../support/scratch-site';

const buildDir = inject('siteBuildDir');

/** Every setting a public build must have (src/shared/settings/site.ts, publicationGaps). */
const publicationSettings = {
  HOST_NAME: 'Hébergeur d’essai',
  HOST_ADDRESS: '1, rue de l’Essai, 00000 Essai',
  HOST_PHONE: '+33 1 00 00 00 00',
  PUBLICATION_DIRECTOR: 'Camille Essai',
  CONTACT_EMAIL: 'communs@intranet.exemple.fr',
  ACCESSIBILITY_PLAN_URL: 'https://intranet.exemple.fr/schema-pluriannuel',
  LOG_RETENTION: '12 mois',
};
let server: NginxServer;
let browser: Browser;

beforeAll(async () => {
  server = await startNginx(buildDir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const get = (path: string, origin = server.origin) => fetch(`${origin}${path}`, {redirect: 'manual'});

/** The policy's directives, by name. */
function directives(policy: string | null): Map<string, string[]> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectSecurityHeaders(response: Response, what: string): void {
  const csp = directives(response.headers.get('content-security-policy'));
  expect(csp.get('default-src'), what).toEqual(["'self'"]);
  const scripts = csp.get('script-src') ?? [];
  expect(scripts, what).toContain("'self'");
  expect(scripts, what).not.toContain("'unsafe-inline'");
  expect(scripts, what).not.toContain("'unsafe-eval'");
  expect(scripts.filter((value) => value.startsWith("'sha256-")).length, what).toBeGreaterThan(0);
  expect(csp.get('frame-ancestors'), what).toEqual(["'self'"]);
  expect(csp.get('object-src'), what).toEqual(["'none'"]);
  expect(response.headers.get('strict-transport-security'), what).toMatch(/^max-age=\d{8,}/);
  expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(response.headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
  expect(response.headers.get('permissions-policy'), what).toContain('camera=()');
  expect(response.headers.get('server'), what).toBe('nginx');
}

describe('en-têtes', () => {
  it('une page : sécurité, revalidée à chaque visite, compressée', async () => {
    const response = await get('/definition');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-encoding')).toMatch(/^(gzip|br)$/);
    expectSecurityHeaders(response, '/definition');
    await expect(response.text()).resolves.toMatch(/<html lang=["']?fr/);
  });

  it('un script et une feuille de style nommés par leur contenu : gardés un an, compressés', async () => {
    const html = await (await get('/definition')).text();
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

/** Opens a page with the CSP violations it reports recorded, and returns them with console errors. */
async function cspProblems(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  page.removeAllListeners('console');
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console : ${message.text()}`);
  });
  await page.goto(url, {waitUntil: 'networkidle'});
  await page.waitForFunction(scriptsHaveRun);
  const violations = await page.evaluate('window.__cspViolations');
  return [...problems, ...(violations as string[])];
}

describe('npm run serve:nginx depuis un dossier privé', () => {
  it('sert la construction même dans un dossier que seul son propriétaire peut lire (mktemp -d, dossier personnel)', async () => {
    const privateDir = await mkdtemp(path.join(tmpdir(), 'communs-prive-'));
    try {
      expect((await stat(privateDir)).mode & 0o777).toBe(0o700);
      const copy = path.join(privateDir, 'build');
      await cp(buildDir, copy, {recursive: true});
      const served = await startNginx(copy);
      try {
        const page = await get('/definition', served.origin);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('<h1>Notre définition des communs numériques</h1>');
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
    await context.addInitScript(`
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations.push(event.violatedDirective + ' : ' + (event.blockedURI || 'inline') + ' ' + (event.sample || ''));
      });
    `);
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
    await page!.goto(`${server.origin}/definition`, {waitUntil: 'networkidle'});
    const box = page!.getByRole('combobox', {name: 'Rechercher dans le guide'});
    await box.fill('collectivite');
    await page!.locator('[role="option"]').first().waitFor();
    found.push(...((await page!.evaluate('window.__cspViolations')) as string[]).map((problem) => `recherche : ${problem}`));
    expect(found.join('\n')).toBe('');
    await context.close();
  });
});

describe('sous un chemin : BASE_URL=/communs/', () => {
  let build: ScratchBuild;
  let subPath: NginxServer;
  beforeAll(async () => {
    // A public address: the build demands the law's settings (src/shared/settings/site.ts), all given here.
    build = await buildScratchSite('nginx-sous-chemin', async () => {}, {
      BASE_URL: '/communs/',
      SITE_URL: 'https://intranet.exemple.fr',
      ...publicationSettings,
    });
    expect(build.code, build.output).toBe(0);
    await makeGuidePdfs(build.buildDir);
    subPath = await startNginx(build.buildDir);
  });
  afterAll(async () => {
    await subPath?.close();
  });

  it('pages, scripts, redirections et 404 sous /communs/, rien à la racine', async () => {
    expect(subPath.basePath).toBe('/communs/');
    const page = await get('/communs/definition', subPath.origin);
    expect(page.status).toBe(200);
    expectSecurityHeaders(page, '/communs/definition');
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)=["']?(\/communs\/assets\/[^"' >]+)/g)].map((match) => match[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) expect((await get(asset, subPath.origin)).status, asset).toBe(200);
    const [first] = pageRedirects();
    const redirect = await get(`/communs${first!.from}`, subPath.origin);
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe(`/communs${first!.to}`);
    const missing = await get(`/communs${missingRoute}`, subPath.origin);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page introuvable');
    expect((await get('/definition', subPath.origin)).status).toBe(404);
  });

  it('les pages du service public montrent les réglages donnés, et le pied de page le contact', async () => {
    const legal = await (await get('/communs/mentions-legales', subPath.origin)).text();
    for (const value of ['Hébergeur d’essai', '1, rue de l’Essai, 00000 Essai', '+33 1 00 00 00 00', 'Camille Essai']) expect(legal).toContain(value);
    const privacy = await (await get('/communs/donnees-personnelles', subPath.origin)).text();
    expect(privacy).toContain('12 mois');
    const accessibility = await (await get('/communs/accessibilite', subPath.origin)).text();
    expect(accessibility).toMatch(/href="?https:\/\/intranet\.exemple\.fr\/schema-pluriannuel/);
    expect(accessibility).toMatch(/href="?mailto:communs@intranet\.exemple\.fr/);
    expect(legal).toMatch(/<a class="?footer__link-item"? href="?mailto:communs@intranet\.exemple\.fr"?>Contact<\/a>/);
  });

  it('plan du site, flux, cartes de partage et PDF du guide sous /communs/', async () => {
    const sitemap = await (await get('/communs/sitemap.xml', subPath.origin)).text();
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(locations.length).toBeGreaterThan(5);
    for (const location of locations) expect(location).toMatch(/^https:\/\/intranet\.exemple\.fr\/communs\//);
    const feed = await get('/communs/mises-a-jour.atom', subPath.origin);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('application/atom+xml');
    const links = [...(await feed.text()).matchAll(/<link[^>]*href="([^"]+)"/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(link).toMatch(/^https:\/\/intranet\.exemple\.fr\/communs\//);
    const html = await (await get('/communs/definition', subPath.origin)).text();
    const card = /<meta[^>]*\sproperty="?og:image"?\s[^>]*content="?([^" >]+)/.exec(html)?.[1];
    expect(card).toMatch(/^https:\/\/intranet\.exemple\.fr\/communs\/img\/cartes\//);
    expect((await get(new URL(card!).pathname, subPath.origin)).status).toBe(200);
    const pdfLink = /href="?(\/communs\/guide-communs-numeriques\.pdf)/.exec(html)?.[1];
    expect(pdfLink).toBeDefined();
    const pdf = await get(pdfLink!, subPath.origin);
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('la recherche trouve et mène aux pages sous /communs/', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${subPath.origin}/communs/definition`, {waitUntil: 'networkidle'});
    await page.waitForFunction(scriptsHaveRun);
    await page.getByRole('combobox', {name: 'Rechercher dans le guide'}).fill('collectivite');
    const option = page.locator('[role="option"]').first();
    await option.waitFor();
    await option.click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/communs\/[a-z]/);
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    await context.close();
  });

  it('dans Chromium : les îlots de la page marchent, un lien mène à une autre page, sans violation', async () => {
    const context = await browser.newContext();
    await context.addInitScript(`
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__cspViolations.push(event.violatedDirective));
    `);
    const page = await context.newPage();
    expect(await cspProblems(page, `${subPath.origin}/communs/definition`)).toEqual([]);
    // The islands module came from under /communs/, and works: the theme switch answers.
    const themeSwitch = page.locator('theme-switch button');
    await themeSwitch.click();
    await expect(page.evaluate(() => document.documentElement.dataset.themeChoice)).resolves.toBe('light');
    await page.locator('.menu__link[href="/communs/mise-en-pratique"]').click();
    await page.waitForURL('**/communs/mise-en-pratique');
    await expect(page.evaluate('window.__cspViolations')).resolves.toEqual([]);
    await context.close();
  });
});
