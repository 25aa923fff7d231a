/**
 * Reads a production build: its pages (from sitemap.xml, so a new page is checked without editing
 * the tests) and their HTML, parsed by jsdom without running any script.
 */
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {JSDOM} from 'jsdom';
import {builtHtmlFile} from '../../src/shared/html-file';

/** An address that no page has: a static server answers it with the site's 404 page. */
export const missingRoute = '/cette-page-n-existe-pas';

/** The translated editions, each built in its own folder of the build (build/en/, served at /en/). */
export const translatedLocales = ['en'] as const;

/** The same missing address in the English edition: answered with the English 404 page. */
export const missingTranslatedRoutes = translatedLocales.map((locale) => `/${locale}${missingRoute}`);

/** The edition a route belongs to: `en` for /en/…, `fr` otherwise. */
export function localeOfRoute(route: string): string {
  return translatedLocales.find((locale) => route === `/${locale}` || route.startsWith(`/${locale}/`)) ?? 'fr';
}

export interface BuiltPage {
  /** URL path, e.g. `/definition`. */
  route: string;
  file: string;
  html: string;
  document: Document;
}

/** Routes listed in the build's sitemap, without origin, in sitemap order. */
export function sitemapRoutes(buildDir: string): string[] {
  const sitemap = readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8');
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

/** The HTML file that serves a route, as a static host with clean URLs finds it. */
export function fileForRoute(buildDir: string, route: string): string {
  const found = builtHtmlFile(buildDir, decodeURIComponent(route));
  if (!found) {
    throw new Error(`Aucun fichier HTML pour la page ${route} dans ${buildDir}`);
  }
  return found;
}

export function readBuiltPage(buildDir: string, route: string): BuiltPage {
  const file = fileForRoute(buildDir, route);
  const html = readFileSync(file, 'utf8');
  return {route, file, html, document: new JSDOM(html).window.document};
}

/** Every page of every edition: the French sitemap's routes, then each translation's (build/en/sitemap.xml). */
export function siteRoutes(buildDir: string): string[] {
  return [sitemapRoutes(buildDir), ...translatedLocales.map((locale) => sitemapRoutes(path.join(buildDir, locale)))].flat();
}

export function readBuiltPages(buildDir: string): BuiltPage[] {
  return sitemapRoutes(buildDir).map((route) => readBuiltPage(buildDir, route));
}

/**
 * Visible text of an element, without what a page hides from everyone (scripts, styles). Only ASCII
 * white space is collapsed: the no-break spaces of French typography are kept, and checked.
 */
export function textOf(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll('script, style, noscript, template').forEach((node) => node.remove());
  return (clone.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '');
}

/** The published pages of a docs folder, relative to it: every .md/.mdx file, sub-folders included, except partials and templates (`_nom`). */
export function guidePageFiles(docsDir: string): string[] {
  return readdirSync(docsDir, {recursive: true, encoding: 'utf8'})
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => /\.mdx?$/.test(file) && !file.split('/').some((segment) => segment.startsWith('_')))
    .sort();
}
