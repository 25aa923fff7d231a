/**
 * Opens a page of the served build in a fresh browser context and records what a reader should never
 * get: a request to another host (blocked, so that nothing leaves the machine), a missing resource,
 * a console error, an uncaught exception.
 */
import type {Browser, BrowserContext, Page, Response} from 'playwright-core';

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

export async function openPage(browser: Browser, origin: string, route: string, options: PageOptions): Promise<OpenedPage> {
  const scripts = options.scripts ?? 'on';
  const context = await browser.newContext({
    viewport: {width: options.width, height: options.height ?? 800},
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: scripts !== 'off',
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const url = `${origin}${route}`;

  await context.route('**/*', async (request) => {
    const requested = request.request().url();
    if (!requested.startsWith(`${origin}/`)) {
      problems.push(`requête vers un autre site : ${requested}`);
      await request.abort('blockedbyclient');
      return;
    }
    if (scripts === 'stripped') {
      const type = request.request().resourceType();
      if (type === 'script') {
        await request.abort('blockedbyclient');
        return;
      }
      if (type === 'document') {
        const response = await request.fetch();
        const html = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
        await request.fulfill({response, body: html});
        return;
      }
    }
    await request.continue();
  });
  page.on('console', (message) => {
    // A 404 page is loaded with status 404, which Chromium logs as an error about the page itself.
    const aboutThePage = message.location().url === url && /status of 404/.test(message.text());
    if (message.type() === 'error' && !aboutThePage && !/ERR_BLOCKED_BY_CLIENT/.test(message.text())) {
      problems.push(`erreur dans la console : ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`exception : ${error.message}`));
  page.on('response', (response) => {
    // The page itself may be the 404 page; its resources may not be missing.
    if (response.status() >= 400 && response.url() !== url) {
      problems.push(`ressource en erreur ${response.status()} : ${response.url()}`);
    }
  });
  const response = await loadReady(page, url, scripts);
  return {page, context, response, problems, close: () => context.close()};
}
