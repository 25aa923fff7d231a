/**
 * Page weight: what a reader's browser fetches to show a page, measured in Chromium on a build
 * served on 127.0.0.1, each file counted once, raw and gzip-compressed (level 9, as a server would
 * send it; files already compressed, such as Pagefind's, count as they are).
 *
 * Usage: npx tsx bench/page-weight.ts [build-dir] [route…]
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {Browser} from 'playwright-core';
import {launchChromium} from '../scripts/chromium';
import {serveBuild} from '../tests/support/static-server';

export interface Weight {
  route: string;
  requests: number;
  raw: number;
  gzip: number;
  files: Array<{path: string; raw: number; gzip: number}>;
}

/** The file of the build that a same-origin path serves (clean URLs: `/page` is `page.html`). */
function fileOf(buildDir: string, pathname: string): string {
  const decoded = decodeURIComponent(pathname);
  if (decoded.endsWith('/')) return path.join(buildDir, decoded, 'index.html');
  return path.join(buildDir, /\.[a-z0-9_]+$/i.test(decoded) ? decoded : `${decoded}.html`);
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
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) seen.add(url.pathname);
  });
  await page.goto(`${origin}${route}`, {waitUntil: 'networkidle'});
  if (action) {
    seen.clear();
    await action(page);
    await page.waitForLoadState('networkidle');
  }
  await context.close();
  const files = await Promise.all(
    [...seen].map(async (pathname) => {
      const content = await readFile(fileOf(buildDir, pathname));
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
    files,
  };
}

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;

async function main(): Promise<void> {
  const [buildDir = 'build', ...routes] = process.argv.slice(2);
  const server = await serveBuild(path.resolve(buildDir));
  const browser = await launchChromium();
  try {
    for (const route of routes.length > 0 ? routes : ['/', '/definition', '/mise-en-pratique']) {
      const weight = await measure(browser, path.resolve(buildDir), server.origin, route);
      console.log(`${route} : ${weight.requests} requêtes, ${kilobytes(weight.raw)} brut, ${kilobytes(weight.gzip)} compressé`);
      for (const file of weight.files.slice(0, 5)) console.log(`  ${kilobytes(file.gzip).padStart(10)}  ${file.path}`);
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
