/**
 * Social cards at scale: builds a copy of the site with N generated pages (bench/generate-pages.ts)
 * three ways: without the social-cards plugin, with it and an empty card cache (cold), and with it
 * again on the cache the cold build filled (rebuild). Reports each build's wall time, its CPU time
 * (user + system, the build and its child processes), and the plugin's own line. Every build is a
 * complete one (DOCUSAURUS_NO_PERSISTENT_CACHE, see tests/support/build-site.ts).
 *
 * The copies get their own card cache (bench/.output/social-cards-cache), so the project's cache
 * is neither used nor emptied.
 *
 * Usage: npx tsx bench/social-cards.ts [count] [rounds]   (default: 1000 1)
 */
import {cp, readFile, rm, writeFile} from 'node:fs/promises';
import {loadavg} from 'node:os';
import path from 'node:path';
import {projectRoot} from '../tests/support/build-site';
import {buildScratchSite} from '../tests/support/scratch-site';
import {generatePages} from './generate-pages';
import {childrenCpuSeconds} from './support/cpu';
import {linkModulesWithOwnCache} from './support/own-cache';

type Variant = 'sans' | 'froid' | 'cache';

const cacheDir = path.join(projectRoot, 'bench', '.output', 'social-cards-cache');
const registration = /^\s*'\.\/src\/features\/social-cards\/index\.ts',.*\n/m;

async function build(variant: Variant, pagesDir: string): Promise<string> {
  if (variant === 'froid') await rm(cacheDir, {recursive: true, force: true});
  const cpuBefore = childrenCpuSeconds();
  const result = await buildScratchSite(
    `social-cards-${variant}`,
    async (siteDir) => {
      await cp(pagesDir, path.join(siteDir, 'docs'), {recursive: true});
      await linkModulesWithOwnCache(siteDir, cacheDir);
      if (variant === 'sans') {
        const configFile = path.join(siteDir, 'docusaurus.config.ts');
        const config = await readFile(configFile, 'utf8');
        if (!registration.test(config)) throw new Error('docusaurus.config.ts : socialCardsPlugin introuvable dans plugins');
        await writeFile(configFile, config.replace(registration, ''));
      }
    },
    {DOCUSAURUS_PERF_LOGGER: 'true'},
  );
  if (result.code !== 0) throw new Error(result.output);
  const cpu = childrenCpuSeconds() - cpuBefore;
  const plugin = /\[social-cards\] (.*)/.exec(result.output)?.[1] ?? '—';
  const postBuild = /postBuild\(\) - ([\d.]+ (?:seconds|ms))/.exec(result.output)?.[1] ?? '?';
  return `| ${variant} | ${result.seconds.toFixed(1)} s | ${cpu.toFixed(1)} s | ${postBuild} | ${plugin} | ${loadavg()[0]!.toFixed(1)} |`;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 1000);
  const rounds = Number(process.argv[3] ?? 1);
  const pagesDir = path.join(projectRoot, 'bench', '.output', `pages-${count}`);
  await rm(pagesDir, {recursive: true, force: true});
  await generatePages(pagesDir, count);
  const rows: string[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const variant of ['sans', 'froid', 'cache'] as const) {
      const row = await build(variant, pagesDir);
      console.log(row);
      rows.push(row);
    }
  }
  console.log(`\n${count} pages générées (+ celles du site), ${rounds} tour(s)`);
  console.log('| cartes | construction (mur) | CPU (build + enfants) | postBuild() | ligne du plugin | charge 1 min à la fin |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  console.log(rows.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
