/**
 * Opens a page of the served build in a fresh browser context and records what a reader should never
 * get: a request to another host (blocked, so that nothing leaves the machine), a missing resource,
 * a console error, an uncaught exception.
 */
import type {Browser, BrowserContext, Page, Response} from 'playwright-core';
import {isLoopbackOnly} from '../../src/shared/chromium';
import {axeSource} from './page-checks';

/**
 * - `on`: the page as published, its islands run (or, on a page that keeps React, hydrated) before
 *   the checks start;
 * - `off`: JavaScript disabled in the browser (nothing can be evaluated in the page then);
 * - `stripped`: the page's own scripts removed from its HTML and blocked, JavaScript left on for the
 *   tests' probes (axe-core, measures): what a reader without JavaScript gets, measurable.
 */
export type Scripts = 'on' | 'off' | 'stripped';

export interface PageOptions {
  width: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  scripts?: Scripts;
  deviceScaleFactor?: number;
  /** A page already opened, and closed, by the same test file may be reused (see `pools`). */
  reuse?: boolean;
  /** axe-core given to the context once, for every page it opens (see axeViolations). */
  axe?: boolean;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  response: Response | null;
  /** One line per problem seen while the page loaded and ran. */
  problems: string[];
  close(): Promise<void>;
}

/** True once the page's scripts have run: its islands (`data-enhanced`), or React's hydration. */
export const scriptsHaveRun = () => document.documentElement.dataset.enhanced !== undefined || document.documentElement.dataset.hasHydrated === 'true';

/** Loads `url` and waits until the page is ready for checks (its scripts run, when it has them on). */
export async function loadReady(page: Page, url: string, scripts: Scripts): Promise<Response | null> {
  const response = await page.goto(url, {waitUntil: 'load'});
  if (scripts === 'on') await page.waitForFunction(scriptsHaveRun);
  return response;
}

/** What the listeners of a page report to: the use it is opened for (a reused page has several). */
interface PageUse {
  url: string;
  problems: string[];
}

interface PooledPage {
  context: BrowserContext;
  page: Page;
  use: PageUse;
}

/**
 * Pages to reuse, per browser and per kind (scripts, pixel density, theme): opening a browser
 * context and its page costs a renderer process, about half a second of CPU, more than most checks.
 * Only for tests that do not depend on a fresh context (HTTP cache, storage): `reuse: true`.
 */
const pools = new WeakMap<Browser, Map<string, PooledPage[]>>();

async function newPooledPage(browser: Browser, origin: string, options: PageOptions, scripts: Scripts): Promise<PooledPage> {
  const context = await browser.newContext({
    viewport: {width: options.width, height: options.height ?? 800},
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: scripts !== 'off',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  });
  if (options.axe && scripts !== 'off') await context.addInitScript({content: axeSource});
  const page = await context.newPage();
  const pooled: PooledPage = {context, page, use: {url: '', problems: []}};

  const fromAnotherSite = (url: string) => /^(https?|wss?):/.test(url) && !url.startsWith(`${origin}/`);
  if (scripts === 'stripped') {
    // The page's scripts removed from its HTML, and blocked: that needs each request in hand.
    await context.route('**/*', async (request) => {
      const requested = request.request().url();
      if (fromAnotherSite(requested)) {
        await request.abort('blockedbyclient');
        return;
      }
      const type = request.request().resourceType();
      if (type === 'script') {
        await request.abort('blockedbyclient');
        return;
      }
      if (type === 'document') {
        // Fetched from Node; once more if the server closed a kept-alive connection meanwhile.
        const response = await request.fetch().catch(() => request.fetch());
        const html = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
        await request.fulfill({response, body: html});
        return;
      }
      await request.continue();
    });
  }
  if (scripts !== 'stripped' && !isLoopbackOnly(browser)) {
    // A browser that could reach other sites: each request in hand, theirs aborted.
    await context.route(
      (url) => fromAnotherSite(url.href),
      (request) => request.abort('blockedbyclient'),
    );
  }
  // Other sites: recorded here, never reached (the tests' browser resolves the loopback only).
  page.on('request', (request) => {
    if (fromAnotherSite(request.url())) pooled.use.problems.push(`requête vers un autre site : ${request.url()}`);
  });
  page.on('console', (message) => {
    // A 404 page is loaded with status 404, which Chromium logs as an error about the page itself.
    const aboutThePage = message.location().url === pooled.use.url && /status of 404/.test(message.text());
    if (message.type() === 'error' && !aboutThePage && !/ERR_BLOCKED_BY_CLIENT/.test(message.text())) {
      pooled.use.problems.push(`erreur dans la console : ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => pooled.use.problems.push(`exception : ${error.message}`));
  page.on('response', (response) => {
    // The page itself may be the 404 page; its resources may not be missing.
    if (response.status() >= 400 && response.url() !== pooled.use.url) {
      pooled.use.problems.push(`ressource en erreur ${response.status()} : ${response.url()}`);
    }
  });
  return pooled;
}

export async function openPage(browser: Browser, origin: string, route: string, options: PageOptions): Promise<OpenedPage> {
  const scripts = options.scripts ?? 'on';
  const key = JSON.stringify([origin, scripts, options.deviceScaleFactor ?? 1, options.colorScheme ?? 'light', options.axe ?? false]);
  const pool = pools.get(browser) ?? new Map<string, PooledPage[]>();
  pools.set(browser, pool);
  const idle = options.reuse ? pool.get(key)?.pop() : undefined;
  const pooled = idle ?? (await newPooledPage(browser, origin, options, scripts));
  const {context, page} = pooled;
  if (idle) {
    await page.setViewportSize({width: options.width, height: options.height ?? 800});
    // A test may have emulated print: the next one starts on the screen.
    await page.emulateMedia({media: null});
  }
  const use: PageUse = {url: `${origin}${route}`, problems: []};
  pooled.use = use;

  const close = async () => {
    if (!options.reuse) {
      await context.close();
      return;
    }
    // Back to a blank page with nothing stored, for the next use.
    if (scripts !== 'off') {
      await page
        .evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        })
        .catch(() => undefined);
    }
    await context.clearCookies();
    await page.goto('about:blank');
    pool.set(key, [...(pool.get(key) ?? []), pooled]);
  };
  const response = await loadReady(page, use.url, scripts);
  return {page, context, response, problems: use.problems, close};
}

/**
 * Runs `check` on each item, `limit` at a time (a page loads while another is checked): for a test
 * that goes through many pages of one build. Every check runs; the first failure is thrown after.
 */
export async function forEachConcurrently<T>(items: readonly T[], limit: number, check: (item: T) => Promise<void>): Promise<void> {
  const pending = [...items];
  const failures: unknown[] = [];
  const worker = async () => {
    for (let item = pending.shift(); item !== undefined; item = pending.shift()) {
      await check(item).catch((error: unknown) => failures.push(error));
    }
  };
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
  if (failures.length > 0) throw failures[0];
}
