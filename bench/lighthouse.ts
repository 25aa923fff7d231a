/**
 * Lighthouse (mobile, simulated throttling: Lighthouse's defaults) on pages of a build served by
 * nginx with the kit's configuration (src/features/nginx-kit/serve.ts, deploy/nginx), in Debian's Chromium or
 * CHROMIUM_PATH. Each page is measured `runs` times, and each figure's median is reported, as
 * Lighthouse's own docs advise (variability of simulated throttling).
 *
 * Usage: npx tsx bench/lighthouse.ts [build-dir] [runs] [route…]   (default: build 5 / /definition /mentions-legales)
 */
import {execFile} from 'node:child_process';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {chromiumFlags, findChromium} from '../src/shared/chromium';
import {startNginx} from '../src/features/nginx-kit/serve';
import {median} from './page-weight';

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
      [
        lighthouseCli,
        url,
        '--only-categories=performance',
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        `--chrome-path=${findChromium()}`,
        `--chrome-flags=${flags.join(' ')}`,
      ],
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

/**
 * `runs` Lighthouse runs of `url`: the median of each figure on its own (score, TBT, LCP, FCP, CLS),
 * so that one slow run, on a machine that does other work, moves none of them.
 */
export async function lighthouseMedian(url: string, runs: number): Promise<LighthouseRun & {scores: number[]; tbts: number[]}> {
  const results: LighthouseRun[] = [];
  for (let index = 0; index < runs; index += 1) results.push(await lighthouseOnce(url));
  const middle = (pick: (run: LighthouseRun) => number) => median(results.map(pick));
  return {
    score: middle((run) => run.score),
    tbt: middle((run) => run.tbt),
    lcp: middle((run) => run.lcp),
    fcp: middle((run) => run.fcp),
    cls: middle((run) => run.cls),
    scores: results.map((result) => result.score),
    tbts: results.map((result) => Math.round(result.tbt)),
  };
}

export function lighthouseRow(label: string, route: string, result: LighthouseRun & {scores: number[]; tbts: number[]}): string {
  return `| ${label} | \`${route}\` | ${result.score} (${result.scores.join(', ')}) | ${Math.round(result.tbt)} ms (${result.tbts.join(', ')}) | ${(result.lcp / 1000).toFixed(2)} s | ${(result.fcp / 1000).toFixed(2)} s | ${result.cls.toFixed(3)} |`;
}

export const lighthouseHeader = [
  '| site | page | score, médiane (passes) | TBT, médiane (passes) | LCP, médiane | FCP, médiane | CLS, médiane |',
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
