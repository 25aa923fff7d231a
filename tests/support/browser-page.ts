/**
 * Opens a page of the served build in a fresh browser context and records what a reader should never
 * get: a request to another host, a missing resource, a console error, an uncaught exception.
 */
import type {Browser, BrowserContext, Page, Response} from 'playwright-core';

export interface PageOptions {
  width: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  response: Response | null;
  /** One line per problem seen while the page loaded and ran. */
  problems: string[];
  close(): Promise<void>;
}

export async function openPage(browser: Browser, origin: string, route: string, options: PageOptions): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: {width: options.width, height: options.height ?? 800},
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const url = `${origin}${route}`;
  page.on('console', (message) => {
    // A 404 page is loaded with status 404, which Chromium logs as an error about the page itself.
    const aboutThePage = message.location().url === url && /status of 404/.test(message.text());
    if (message.type() === 'error' && !aboutThePage) problems.push(`erreur dans la console : ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception : ${error.message}`));
  page.on('request', (request) => {
    const requested = request.url();
    if (!requested.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(requested)) {
      problems.push(`requête vers un autre site : ${requested}`);
    }
  });
  page.on('response', (response) => {
    // The page itself may be the 404 page; its resources may not be missing.
    if (response.status() >= 400 && response.url() !== url) {
      problems.push(`ressource en erreur ${response.status()} : ${response.url()}`);
    }
  });
  const response = await page.goto(url, {waitUntil: 'networkidle'});
  return {page, context, response, problems, close: () => context.close()};
}
