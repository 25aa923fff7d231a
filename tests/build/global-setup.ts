/**
 * Once for the `site` test project: the builds the tests read (prepare-builds.ts: the guide and its
 * PDFs, the scenario site), and one static server per build on 127.0.0.1. The test files never
 * build the guide again and never serve a build themselves (but nginx's own tests); each test
 * process has one Chromium (tests/support/served-site.ts).
 */
import type {TestProject} from 'vitest/node';
import {scenarioBuildDir} from '../scenarios/scenario-site';
import {serveBuild} from '../support/static-server';
import {buildsToReuse, prepareBuilds, siteBuildDir} from './prepare-builds';

declare module 'vitest' {
  export interface ProvidedContext {
    siteBuildDir: string;
    /** Where the guide's build is served. */
    siteOrigin: string;
    /** Where the scenario site's build is served. */
    scenarioOrigin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!buildsToReuse()) await prepareBuilds();
  const [siteServer, scenarioServer] = await Promise.all([serveBuild(siteBuildDir), serveBuild(scenarioBuildDir)]);
  project.provide('siteBuildDir', siteBuildDir);
  project.provide('siteOrigin', siteServer.origin);
  project.provide('scenarioOrigin', scenarioServer.origin);
  return async () => {
    await Promise.all([siteServer.close(), scenarioServer.close()]);
  };
}
