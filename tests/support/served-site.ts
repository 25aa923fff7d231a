/**
 * For a test file: the build it reads, where the global setup serves it (tests/build/global-setup.ts),
 * and a headless Chromium.
 *
 * One Chromium per test process, shared by the files that process runs one after another (the
 * `site` project runs its files in one module graph per process, `isolate: false`): launched by the
 * first file that needs it, over a pipe. A browser shared through a Playwright server was tried and
 * measured slower: every command then crosses one more process.
 */
import type {Browser} from 'playwright-core';
import {beforeAll, inject} from 'vitest';
import {launchChromium} from '../../src/shared/chromium';
import {scenarioBuildDir} from '../scenarios/scenario-site';

export interface ServedSite {
  buildDir: string;
  origin: string;
  /** Set once the tests start. */
  browser: Browser;
}

let shared: Promise<Browser> | undefined;

/** This process's browser, launched on first use; it ends with the process. */
export function sharedBrowser(): Promise<Browser> {
  // No page can reach another site: requests to other hosts are refused by the browser, and
  // recorded (browser-page.ts). Chromium's headless shell when installed: the same engine, lighter.
  shared ??= launchChromium({onlyLoopback: true, headlessShell: true});
  return shared;
}

/** `guide`: the site as production builds it; `scenarios`: the scenario site (tests/scenarios). */
export function servedSite(which: 'guide' | 'scenarios' = 'guide'): ServedSite {
  const site = {
    buildDir: which === 'guide' ? inject('siteBuildDir') : scenarioBuildDir,
    origin: inject(which === 'guide' ? 'siteOrigin' : 'scenarioOrigin'),
  } as ServedSite;
  beforeAll(async () => {
    site.browser = await sharedBrowser();
  });
  return site;
}
