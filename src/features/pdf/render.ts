/**
 * Prints the guide's document to PDF in headless Chromium, then reads back on which page each link
 * target landed, and prints again with those numbers in the contents until they no longer move.
 * The document is served from memory and the build's files from disk, on an address that never
 * reaches the network: any other request is refused.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import type {Browser} from 'playwright-core';
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';
import type {PageNumbers} from './guide-document';

/** An origin that is never looked up: every request to it is answered here. */
const origin = 'http://guide-pdf.invalid';

export interface RenderInput {
  browser: Browser;
  buildDir: string;
  /** Path of the site on its host (`/`, `/communs/`): the build's files are served under it. */
  siteBasePath: string;
  /** The document for given page numbers, and the ids whose page numbers it needs. */
  document: (pageNumbers: PageNumbers) => {html: string; targets: string[]};
  /** A draft (PUBLICATION_DRAFT=1): a link to a missing section is said, not refused. */
  draft?: boolean;
  warn?: (line: string) => void;
}

export interface RenderResult {
  pdf: Buffer;
  pageNumbers: PageNumbers;
  pageCount: number;
  passes: number;
}

export class RenderError extends Error {}

/** Page of every named destination of a PDF: Chromium writes one for each target of a link. */
export async function namedDestinationPages(pdf: Uint8Array): Promise<{pages: Map<string, number>; pageCount: number}> {
  const document = await getDocument({data: pdf, verbosity: 0, isEvalSupported: false}).promise;
  try {
    const destinations = (await document.getDestinations()) as Record<string, unknown[] | null>;
    const pages = new Map<string, number>();
    for (const [name, destination] of Object.entries(destinations)) {
      const reference = destination?.[0];
      if (reference && typeof reference === 'object') {
        pages.set(name, (await document.getPageIndex(reference as {num: number; gen: number})) + 1);
      }
    }
    return {pages, pageCount: document.numPages};
  } finally {
    await document.destroy();
  }
}

async function printOnce(browser: Browser, html: string, buildDir: string, siteBasePath: string): Promise<Buffer> {
  // Without JavaScript, as the printed document needs none; images marked `loading="lazy"` load
  // anyway, since lazy loading needs scripts on to be deferred.
  const context = await browser.newContext({javaScriptEnabled: false, colorScheme: 'light'});
  const refused: string[] = [];
  try {
    const documentUrl = `${origin}${siteBasePath}__guide.html`;
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== origin) {
        refused.push(url.href);
        return route.abort('blockedbyclient');
      }
      if (url.href === documentUrl) {
        return route.fulfill({status: 200, contentType: 'text/html; charset=utf-8', body: html});
      }
      const relative = decodeURIComponent(url.pathname).slice(siteBasePath.length);
      const file = path.join(buildDir, relative);
      if (!url.pathname.startsWith(siteBasePath) || !file.startsWith(buildDir)) {
        refused.push(url.href);
        return route.fulfill({status: 404, body: ''});
      }
      if (!existsSync(file)) {
        refused.push(url.href);
        return route.fulfill({status: 404, body: ''});
      }
      // Playwright reads the file and infers its type from the extension.
      return route.fulfill({status: 200, path: file});
    });
    const page = await context.newPage();
    await page.goto(documentUrl, {waitUntil: 'load'});
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    if (refused.length > 0) {
      throw new RenderError(
        `Le PDF du guide demande des fichiers absents de la construction ou pris sur un autre site : ${refused.join(', ')}. ` +
          'Une image ou un fichier d’une page doit être dans static/ ou à côté de la page, et la construction à jour (npm run build).',
      );
    }
    return await page.pdf({preferCSSPageSize: true, printBackground: true, outline: true, tagged: true});
  } finally {
    await context.close();
  }
}

/** `c3-non-rival` → « section #non-rival du chapitre 3 », to name a link target in an error. */
function describeTarget(id: string): string {
  const [, chapter, section] = /^c(\d+)(?:-(.*))?$/.exec(id) ?? [];
  if (!chapter) return id;
  return section ? `la section #${section} de la page n° ${chapter} du plan` : `la page n° ${chapter} du plan`;
}

function samePages(a: PageNumbers, b: PageNumbers, targets: string[]): boolean {
  return targets.every((id) => a.get(id) === b.get(id));
}

/** Prints until the page numbers printed in the document are those of the PDF (two or three passes). */
export async function renderGuidePdf({browser, buildDir, siteBasePath, document, draft = false, warn = console.warn}: RenderInput): Promise<RenderResult> {
  let pageNumbers: PageNumbers = new Map();
  const maxPasses = 5;
  for (let pass = 1; pass <= maxPasses; pass += 1) {
    const {html, targets} = document(pageNumbers);
    const pdf = await printOnce(browser, html, buildDir, siteBasePath);
    const {pages, pageCount} = await namedDestinationPages(new Uint8Array(pdf));
    const missing = targets.filter((id) => !pages.has(id));
    if (missing.length > 0) {
      const message = `Le PDF n’a pas de destination pour ${missing.map(describeTarget).join(', ')} : un lien du guide mène à une section qui n’existe pas dans sa page. Corrigez l’ancre du lien (#…) ou le titre visé, puis reconstruisez (npm run build).`;
      if (!draft) throw new RenderError(message);
      // A draft's PDF, to read the space whole: the links to nowhere are said, once.
      if (pass === 1) warn(`[brouillon, à corriger avant publication] ${message}`);
    }
    if (pass > 1 && samePages(pageNumbers, pages, targets)) {
      return {pdf, pageNumbers: pages, pageCount, passes: pass};
    }
    pageNumbers = pages;
  }
  throw new RenderError(
    `Les numéros de page du sommaire changent encore après ${maxPasses} passes (${[...pageNumbers].map(([id, page]) => `${describeTarget(id)} p. ${page}`).join(', ')}) : signalez-le à l’équipe du site, avec la construction.`,
  );
}
