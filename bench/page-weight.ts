/**
 * Page weight: what a reader's browser fetches to show a page, measured in Chromium on a build
 * served on 127.0.0.1, each file counted once, raw and gzip-compressed (level 9, as a server would
 * send it; files already compressed, such as Pagefind's, count as they are).
 *
 * Every page of both editions (the sitemaps), grouped by type, unless routes are given. Budgets:
 * bench/budgets.ts, held by tests/browser/page-weight.test.ts.
 *
 * Usage: npx tsx bench/page-weight.ts [build-dir] [route…]
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Browser} from 'playwright-core';
import {launchChromium} from '../src/shared/chromium';
import {builtHtmlFile} from '../src/shared/html-file';
import {siteRoutes} from '../tests/support/built-site';
import {serveBuild} from '../tests/support/static-server';
import {pageTypeLabels, type PageType} from './budgets';

export interface Weight {
  route: string;
  requests: number;
  raw: number;
  gzip: number;
  /** The scripts among the files, compressed (Pagefind's WebAssembly is not a script). */
  scriptGzip: number;
  files: Array<{path: string; raw: number; gzip: number}>;
}

const isScript = (pathname: string) => /\.m?js$/.test(pathname);

/** The file of the build that a same-origin path serves (pages by clean URL: src/shared/html-file.ts). */
function fileOf(buildDir: string, pathname: string): string {
  const decoded = decodeURIComponent(pathname);
  if (/\.[a-z0-9_]+$/i.test(decoded)) return path.join(buildDir, decoded);
  const page = builtHtmlFile(buildDir, decoded);
  if (!page) throw new Error(`Aucun fichier HTML pour ${decoded} dans ${buildDir}`);
  return page;
}

const alreadyCompressed = /\.pagefind$|\.pf_(meta|index|fragment)$/;

export async function measure(
  browser: Browser,
  buildDir: string,
  origin: string,
  route: string,
  action?: (page: import('playwright-core').Page) => Promise<void>,
): Promise<Weight> {
  const context = await browser.newContext({viewport: {width: 1280, height: 900}});
  const page = await context.newPage();
  const seen = new Set<string>();
  let inFlight = 0;
  let lastActivity = Date.now();
  page.on('request', () => {
    inFlight += 1;
    lastActivity = Date.now();
  });
  const settled = () => {
    inFlight -= 1;
    lastActivity = Date.now();
  };
  page.on('requestfailed', settled);
  page.on('requestfinished', (request) => {
    settled();
    const url = new URL(request.url());
    if (url.origin === origin) seen.add(url.pathname);
  });
  await page.goto(`${origin}${route}`, {waitUntil: 'networkidle'});
  if (action) {
    seen.clear();
    await action(page);
    // The page was already idle, so `networkidle` would not wait: the network rests for 500 ms.
    while (inFlight > 0 || Date.now() - lastActivity < 500) await page.waitForTimeout(100);
  }
  await context.close();
  // A page may be asked for twice under two addresses (`/en/` then `/en`): one file, counted once.
  const fileOfPath = new Map([...seen].map((pathname) => [fileOf(buildDir, pathname), pathname]));
  const files = await Promise.all(
    [...fileOfPath].map(async ([file, pathname]) => {
      const content = await readFile(file);
      const gzip = alreadyCompressed.test(pathname) ? content.length : gzipSync(content, {level: 9}).length;
      return {path: pathname, raw: content.length, gzip};
    }),
  );
  files.sort((a, b) => b.gzip - a.gzip);
  return {
    route,
    requests: files.length,
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
    scriptGzip: files.filter((file) => isScript(file.path)).reduce((sum, file) => sum + file.gzip, 0),
    files,
  };
}

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;

/** The type of a built page, from the classes Docusaurus puts on its `<html>` element. */
export async function pageTypeOf(buildDir: string, route: string): Promise<PageType> {
  const file = builtHtmlFile(buildDir, decodeURIComponent(route));
  if (!file) throw new Error(`Aucun fichier HTML pour ${route} dans ${buildDir}`);
  const classes = /<html[^>]*\sclass="([^"]*)"/.exec(await readFile(file, 'utf8'))?.[1]?.split(/\s+/) ?? [];
  if (classes.includes('docs-doc-page')) return 'guide';
  if (classes.includes('plugin-guide-outline')) return /^\/([a-z]{2}\/?)?$/.test(route) ? 'home' : 'outline';
  return 'other';
}

/** The biggest files of a measure, for a message: `main.js 119.1 Ko, styles.css 17.4 Ko…`. */
export function biggestFiles(weight: Weight, count = 5): string {
  return weight.files
    .slice(0, count)
    .map((file) => `${file.path} ${kilobytes(file.gzip)}`)
    .join(', ');
}

/** The middle value; with an even count, the mean of the two middle ones. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function main(): Promise<void> {
  const [buildDir = 'build', ...routes] = process.argv.slice(2);
  const root = path.resolve(buildDir);
  const server = await serveBuild(root);
  const browser = await launchChromium();
  try {
    const byType = new Map<PageType, Weight[]>();
    for (const route of routes.length > 0 ? routes : siteRoutes(root)) {
      const weight = await measure(browser, root, server.origin, route);
      const type = await pageTypeOf(root, route);
      byType.set(type, [...(byType.get(type) ?? []), weight]);
      console.error(`${route} : ${weight.requests} requêtes, ${kilobytes(weight.gzip)} compressé (${biggestFiles(weight, 3)})`);
    }
    console.log('| type de page | pages | requêtes | compressé (médiane) | compressé (max.) | scripts (max.) | brut (max.) |');
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    for (const [type, weights] of byType) {
      const gzip = weights.map((weight) => weight.gzip);
      const requests = weights.map((weight) => weight.requests);
      console.log(
        `| ${pageTypeLabels[type]} | ${weights.length} | ${Math.min(...requests)} à ${Math.max(...requests)} | ${kilobytes(median(gzip))} | ${kilobytes(Math.max(...gzip))} | ${kilobytes(Math.max(...weights.map((weight) => weight.scriptGzip)))} | ${kilobytes(Math.max(...weights.map((weight) => weight.raw)))} |`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
