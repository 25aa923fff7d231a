import {reservedSlugPrefix} from '../../src/features/content-checks/lint/front-matter';

/**
 * A scenario: a change that a test needs in a copy of the site (pages the guide does not publish, an
 * imported GitBook space, a French page edited without its translation…). Every scenario changes
 * the same copy, built once for all of them (tests/scenarios/scenario-site.ts): its pages live in the
 * reserved folder docs/essais/, at addresses under /essais/, which the content checks refuse to real
 * pages, so that no contributor's page can ever collide with them.
 */
export interface Scenario<Recorded = unknown> {
  /** Names the scenario's record (what `prepare` saw, for the tests to read). */
  name: string;
  /** Environment of the build; the scenarios' environments are merged. */
  env?: NodeJS.ProcessEnv;
  /** Changes the copy of the site in `siteDir`; returns what its tests need to know (JSON). */
  prepare(siteDir: string): Promise<Recorded>;
}

/** Where the scenarios put their pages, and the addresses they take: never a real page's (lint:content refuses them to content). */
export const scenarioDocsDir = 'docs/essais';
export const scenarioUrlPrefix = reservedSlugPrefix;
