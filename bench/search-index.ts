/**
 * Search index at scale: builds the site with 0 and 1000 generated pages (bench/generate-pages.ts),
 * then reports the size of the Pagefind index on disk and what a reader fetches to search: on the
 * first focus of the search box, then for one query.
 *
 * Usage: npx tsx bench/search-index.ts [count…]   (default: 0 1000)
 */
import {readdir, rm, stat} from 'node:fs/promises';
import path from 'node:path';
import {launchChromium} from '../src/shared/chromium';
import {projectRoot} from '../tests/support/build-site';
import {buildWithExtraPages} from '../tests/support/scratch-site';
import {serveBuild} from '../tests/support/static-server';
import {generatePages} from './generate-pages';
import {kilobytes, measure} from './page-weight';

async function directorySize(dir: string): Promise<{bytes: number; files: number}> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, {withFileTypes: true, recursive: true})) {
    if (entry.isFile()) {
      bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
      files += 1;
    }
  }
  return {bytes, files};
}

async function main(): Promise<void> {
  const counts = process.argv.slice(2).map(Number);
  const rows: string[] = [];
  for (const count of counts.length > 0 ? counts : [0, 1000]) {
    const pagesDir = path.join(projectRoot, 'bench', '.output', `pages-${count}`);
    await rm(pagesDir, {recursive: true, force: true});
    await generatePages(pagesDir, count);
    const started = Date.now();
    const build = await buildWithExtraPages(`search-${count}`, pagesDir);
    if (build.code !== 0) throw new Error(build.output);
    const seconds = (Date.now() - started) / 1000;
    const index = await directorySize(path.join(build.buildDir, 'pagefind'));
    const server = await serveBuild(build.buildDir);
    const browser = await launchChromium();
    try {
      const focus = await measure(browser, build.buildDir, server.origin, '/definition', async (page) => {
        await page.getByRole('combobox', {name: 'Rechercher dans le guide'}).focus();
        await page.waitForTimeout(500);
      });
      const query = await measure(browser, build.buildDir, server.origin, '/definition', async (page) => {
        const box = page.getByRole('combobox', {name: 'Rechercher dans le guide'});
        await box.focus();
        await page.waitForTimeout(800);
        await box.fill('collectivite');
        await page.locator('[role="option"]').first().waitFor();
        // The excerpts of the results arrive after the list: let them.
        await page.waitForTimeout(500);
      });
      rows.push(
        `| ${count + 9} | ${seconds.toFixed(1)} s | ${kilobytes(index.bytes)} (${index.files} fichiers) | ${kilobytes(focus.gzip)} (${focus.requests}) | ${kilobytes(query.gzip)} (${query.requests}) |`,
      );
    } finally {
      await browser.close();
      await server.close();
    }
  }
  console.log('| pages | construction | index sur disque | au 1er focus (requêtes) | 1re recherche « collectivite », tout compris (requêtes) |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(rows.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
