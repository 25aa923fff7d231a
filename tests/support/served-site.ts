/**
 * For a test file: serves a build on 127.0.0.1 and launches Chromium before its tests, and stops
 * both after them. The returned object is filled once the tests start.
 */
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll} from 'vitest';
import {launchChromium} from '../../src/shared/chromium';
import {serveBuild, type StaticServer} from './static-server';

export interface ServedSite {
  origin: string;
  browser: Browser;
}

export function serveForTests(buildDir: () => string): ServedSite {
  const site = {} as ServedSite;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveBuild(buildDir());
    site.origin = server.origin;
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
