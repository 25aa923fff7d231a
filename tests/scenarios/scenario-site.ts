/**
 * The scenario site: one copy of the site that every scenario changes (tests/scenarios/*.ts), built
 * once, in French (what the scenarios try is French content; a contributor's change to both editions
 * is tried by the merge request's preview, tests/pipeline), with their environments merged: the tests
 * that need a site other than the guide read and serve this one, rather than each building its own.
 *
 * Built by tests/build/global-setup.ts (or by `npm run test:prepare` in CI, then passed on); what
 * each scenario recorded, and the build's log, are written next to it for the test files to read.
 */
import {readFileSync} from 'node:fs';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {buildSite, projectRoot, type BuildResult} from '../support/build-site';
import {copySite} from '../support/scratch-site';
import {extraPages} from './extra-pages';
import {gitbookImport} from './gitbook-import';
import {publicDraft} from './public-draft';
import {scenarioDocsDir, type Scenario} from './scenario';
import {testSiteMarker} from '../../src/features/content-checks/lint/front-matter';

export const scenarios: Scenario[] = [extraPages, gitbookImport, publicDraft];

export const scenarioRoot = path.join(projectRoot, 'tests', '.output', 'scenarios');
export const scenarioSiteDir = path.join(scenarioRoot, 'site');
export const scenarioBuildDir = path.join(scenarioSiteDir, 'build');
const recordFile = path.join(scenarioRoot, 'records.json');

export interface ScenarioSite {
  siteDir: string;
  buildDir: string;
  build: BuildResult;
  records: Record<string, unknown>;
}

/** Applies scenarios to a copy of the site; what each recorded, by name. */
export async function applyScenarios(siteDir: string, list: readonly Scenario[]): Promise<Record<string, unknown>> {
  const records: Record<string, unknown> = {};
  await mkdir(path.join(siteDir, scenarioDocsDir), {recursive: true});
  // A copy of the tests: its pages may take the addresses kept for them (lint:content).
  await writeFile(path.join(siteDir, testSiteMarker), '');
  // The scenarios' pages, together at the end of the menu.
  await writeFile(path.join(siteDir, scenarioDocsDir, '_category_.json'), `${JSON.stringify({label: 'Pages d’essai', position: 10_000})}\n`);
  for (const scenario of list) records[scenario.name] = await scenario.prepare(siteDir);
  return records;
}

/** Copies the site, applies every scenario, and builds it. */
export async function buildScenarioSite(): Promise<ScenarioSite> {
  const records: Record<string, unknown> = {};
  await copySite(scenarioSiteDir, async (siteDir) => {
    Object.assign(records, await applyScenarios(siteDir, scenarios));
  });
  const env = Object.assign({}, ...scenarios.map((scenario) => scenario.env ?? {})) as NodeJS.ProcessEnv;
  const build = await buildSite({siteDir: scenarioSiteDir, outDir: scenarioBuildDir, env, locale: 'fr'});
  await writeFile(recordFile, JSON.stringify({build, records}));
  return {siteDir: scenarioSiteDir, buildDir: scenarioBuildDir, build, records};
}

/** The scenario site as the global setup built it: for the test files. */
export function readScenarioSite(): ScenarioSite {
  const {build, records} = JSON.parse(readFileSync(recordFile, 'utf8')) as Pick<ScenarioSite, 'build' | 'records'>;
  return {siteDir: scenarioSiteDir, buildDir: scenarioBuildDir, build, records};
}

/** What one scenario recorded while it changed the copy. */
export function scenarioRecord<Recorded>(scenario: Scenario<Recorded>): Recorded {
  return readScenarioSite().records[scenario.name] as Recorded;
}
