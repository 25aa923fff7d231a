/**
 * The builds the `site` tests read, made once per run: the guide as production builds it (both
 * editions, then its PDFs, which also link every page to them) in tests/.output/site, and the
 * scenario site (tests/scenarios) in tests/.output/scenarios. Both at once: the two cores share the
 * work of two builds better than one build uses them alone.
 *
 * `npm run test:prepare` runs this alone: the pipeline's `build` job, whose folders the site test
 * jobs receive as artifacts; with TEST_BUILDS=reuse, the tests then read them instead of building.
 */
import {existsSync} from 'node:fs';
import {rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {makeGuidePdfs} from '../../src/features/pdf/guide-pdfs';
import {launchChromium} from '../../src/shared/chromium';
import {buildScenarioSite, scenarioBuildDir, scenarioRoot} from '../scenarios/scenario-site';
import {buildSite, projectRoot} from '../support/build-site';

export const siteBuildDir = path.join(projectRoot, 'tests', '.output', 'site');
const doneMarker = (dir: string) => path.join(dir, '.tests-build-complete');

async function buildGuide(log: (line: string) => void): Promise<void> {
  await rm(siteBuildDir, {recursive: true, force: true});
  const result = await buildSite({outDir: siteBuildDir});
  if (result.code !== 0) throw new Error(`La construction du site a échoué (code ${result.code}) :\n${result.output}`);
  log(`Site construit en ${result.seconds.toFixed(1)} s dans ${path.relative(projectRoot, siteBuildDir)}`);
  // The tests' browser: Chromium's headless shell when installed, whose printing is Chromium's own.
  const browser = await launchChromium({headlessShell: true});
  try {
    await makeGuidePdfs(siteBuildDir, (line) => log(`PDF du guide, ${line}`), {browser});
  } finally {
    await browser.close();
  }
  await writeFile(doneMarker(siteBuildDir), '');
}

async function buildScenarios(log: (line: string) => void): Promise<void> {
  await rm(scenarioRoot, {recursive: true, force: true});
  const {build} = await buildScenarioSite();
  // The scenario site may fail on purpose in a test's eyes; the tests read its code and log.
  log(`Site des scénarios construit en ${build.seconds.toFixed(1)} s (code ${build.code}) dans ${path.relative(projectRoot, scenarioBuildDir)}`);
  await writeFile(doneMarker(scenarioRoot), '');
}

/** True when TEST_BUILDS=reuse and both builds are complete (CI jobs that received them). */
export function buildsToReuse(): boolean {
  return process.env.TEST_BUILDS === 'reuse' && existsSync(doneMarker(siteBuildDir)) && existsSync(doneMarker(scenarioRoot));
}

export async function prepareBuilds({log = console.log}: {log?: (line: string) => void} = {}): Promise<void> {
  await Promise.all([buildGuide(log), buildScenarios(log)]);
}

// `npm run test:prepare`
if (typeof require !== 'undefined' && require.main === module) {
  const started = Date.now();
  prepareBuilds()
    .then(() => console.log(`Constructions des tests prêtes en ${((Date.now() - started) / 1000).toFixed(1)} s.`))
    .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
