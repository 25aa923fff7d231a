/**
 * Lighthouse (mobile, simulated throttling: Lighthouse's defaults) on pages of a build served by
 * nginx with the kit's configuration (scripts/serve-nginx.ts, deploy/nginx), in Debian's Chromium or CHROMIUM_PATH. Each page is measured
 * `runs` times; the median run (by score) is reported, as Lighthouse's own docs advise.
 *
 * Usage: npx tsx bench/lighthouse.ts [build-dir] [runs] [route…]   (default: build 5 / /definition /mentions-legales)
 */
import {execFile} from 'node:child_process';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {chromiumFlags, findChromium} from '../scripts/chromium';
import {startNginx} from '../scripts/serve-nginx';

const run = promisify(execFile);
const lighthouseCli = require.resolve('lighthouse/cli/index.js');

export interface LighthouseRun {
  score: number;
  /** Total Blocking Time, Largest Contentful Paint, First Contentful Paint (ms), Cumulative Layout Shift. */
  tbt: number;
  lcp: number;
  fcp: number;
  cls: number;
}

async function lighthouseOnce(url: string): Promise<LighthouseRun> {
  const profile = await mkdtemp(path.join(tmpdir(), 'bench-lighthouse-'));
  try {
    const flags = [...chromiumFlags.filter((flag) => flag !== '--headless'), '--headless=new', `--user-data-dir=${profile}`];
    const {stdout} = await run(
      process.execPath,
      [lighthouseCli, url, '--only-categories=performance', '--output=json', '--output-path=stdout', '--quiet', `--chrome-path=${findChromium()}`, `--chrome-flags=${flags.join(' ')}`],
      {maxBuffer: 64 * 1024 * 1024},
    );
    const report = JSON.parse(stdout) as {
      categories: {performance: {score: number}};
      audits: Record<string, {numericValue: number}>;
    };
    return {
      score: Math.round(report.categories.performance.score * 100),
      tbt: report.audits['total-blocking-time']!.numericValue,
      lcp: report.audits['largest-contentful-paint']!.numericValue,
      fcp: report.audits['first-contentful-paint']!.numericValue,
      cls: report.audits['cumulative-layout-shift']!.numericValue,
    };
  } finally {
    await rm(profile, {recursive: true, force: true});
  }
}

/** The median of `runs` Lighthouse runs of `url`, by performance score. */
export async function lighthouseMedian(url: string, runs: number): Promise<LighthouseRun & {scores: number[]}> {
  const results: LighthouseRun[] = [];
  for (let index = 0; index < runs; index += 1) results.push(await lighthouseOnce(url));
  const sorted = [...results].sort((a, b) => a.score - b.score || b.tbt - a.tbt);
  return {...sorted[Math.floor(sorted.length / 2)]!, scores: results.map((result) => result.score)};
}

export function lighthouseRow(label: string, route: string, result: LighthouseRun & {scores: number[]}): string {
  return `| ${label} | \`${route}\` | ${result.score} (${result.scores.join(', ')}) | ${Math.round(result.tbt)} ms | ${(result.lcp / 1000).toFixed(2)} s | ${(result.fcp / 1000).toFixed(2)} s | ${result.cls.toFixed(3)} |`;
}

export const lighthouseHeader = [
  '| site | page | score (5 passes) | TBT | LCP | FCP | CLS |',
  '| --- | --- | --- | --- | --- | --- | --- |',
];

async function main(): Promise<void> {
  const [buildDir = 'build', runs = '5', ...routes] = process.argv.slice(2);
  const server = await startNginx(buildDir);
  try {
    const rows = [...lighthouseHeader];
    for (const route of routes.length > 0 ? routes : ['/', '/definition', '/mentions-legales']) {
      rows.push(lighthouseRow(buildDir, route, await lighthouseMedian(`${server.origin}${route}`, Number(runs))));
      console.error(rows.at(-1));
    }
    console.log(rows.join('\n'));
  } finally {
    await server.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
