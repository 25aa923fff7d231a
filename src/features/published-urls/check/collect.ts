/**
 * The site's published addresses, read from its sources: every page's URL (a guide page's `slug`,
 * a page of src/pages, the routes plugins add) and every heading's explicit id. Sources, not the
 * build: the check then runs in seconds; tests/build/published-urls.test.ts proves that the build
 * publishes exactly these.
 */
import {existsSync} from 'node:fs';
import {readdir} from 'node:fs/promises';
import path from 'node:path';
import type {Heading, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {createSlugger} from '@docusaurus/utils';
import {visit} from 'unist-util-visit';
import {updateFeedFile} from '../../../shared/update-feed-file';
import {isGuidePage} from '../../../shared/front-matter/guide-page';
import {docsDirsOf, loadContentFile} from '../../../shared/markdown/content-source';

/** Route → ids of its headings, sorted. */
export type SiteUrls = Record<string, string[]>;

/**
 * Routes that plugins add (src/features/guide-outline, src/features/search), with the ids of the section headings their
 * components write (src/features/guide-outline/theme/HomePage, SiteMapPage): no Markdown source of their own.
 * tests/build/published-urls.test.ts compares them with the build.
 */
export const pluginRoutes: SiteUrls = {
  '/': ['themes-du-guide'],
  '/plan-du-site': ['autres-pages', 'le-guide'],
  // Not a page, but an address portals subscribe to (src/features/update-feed).
  [`/${updateFeedFile}`]: [],
  // The search results page (src/features/search: a route its plugin adds).
  '/recherche': [],
};

// `## Titre {#id}` in Markdown; in MDX, a comment expression holding `#id` after the title.
export function explicitHeadingId(heading: Heading): string | undefined {
  const markdownId = /\{#([^}\s]+)\}\s*$/.exec(toString(heading))?.[1];
  if (markdownId) return markdownId;
  for (const child of heading.children) {
    const value = (child as {type: string; value?: string}).type === 'mdxTextExpression' ? (child as {value: string}).value : undefined;
    const mdxId = value && /^\s*\/\*\s*#([^\s*]+)\s*\*\/\s*$/.exec(value)?.[1];
    if (mdxId) return mdxId;
  }
  return undefined;
}

async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const pageFile = /\.(mdx?|tsx|jsx|js)$/;

/** The pages of src/pages and their routes, as Docusaurus makes them (`index` is the folder's route; `_` files, tests excluded). */
export async function sitePageRoutes(siteDir: string): Promise<{file: string; route: string}[]> {
  const pagesDir = path.join(siteDir, 'src', 'pages');
  return (await filesUnder(pagesDir))
    .filter((file) => pageFile.test(file) && isGuidePage(file, [pagesDir]) && !/\.test\./.test(file) && !file.split(path.sep).includes('__tests__'))
    .map((file) => ({
      file,
      route: `/${path.relative(pagesDir, file).split(path.sep).join('/').replace(pageFile, '')}`.replace(/\/?index$/, '') || '/',
    }));
}

/**
 * A page's file in a locale: its translation (i18n/<locale>/…, same relative path) when there is
 * one, as Docusaurus picks it, else the French file, which Docusaurus publishes in its place.
 */
function localizedFile(file: string, sourceDir: string, translatedDir: string | undefined): string {
  if (!translatedDir) return file;
  const translation = path.join(translatedDir, path.relative(sourceDir, file));
  return existsSync(translation) ? translation : file;
}

/** A heading of a page, as its section's address publishes it. */
export interface PublishedHeading {
  id: string;
  /** Its text, without its `{#id}`. */
  text: string;
  /** 1-based line in the page's file. */
  line: number;
  /** Written `{#id}` in the page; otherwise made of the text, as Docusaurus does. */
  explicit?: boolean;
}

/** A page of an edition: its address, the file that publishes it, its sections in the page's order. */
export interface PublishedPage {
  route: string;
  /** Relative to the site folder, `/` separators; absent for the routes plugins add. */
  file?: string;
  headings: PublishedHeading[];
}

/**
 * The pages of one locale, relative to the locale's root: French (the default locale) is published
 * under `/`, English under `/en/`, with the same routes when slugs are kept. A heading's id is its
 * explicit `{#id}`, or, without one, the id Docusaurus makes of its text.
 */
export async function collectSitePages(siteDir: string, locale = 'fr'): Promise<PublishedPage[]> {
  const pages: PublishedPage[] = Object.entries(pluginRoutes).map(([route, ids]) => ({route, headings: ids.map((id) => ({id, text: '', line: 1}))}));
  const docsDir = docsDirsOf(siteDir, [])[0]!;
  const translated = locale === 'fr' ? undefined : docsDirsOf(siteDir, [locale])[1]!;
  const pagesDir = path.join(siteDir, 'src', 'pages');
  const translatedPages = locale === 'fr' ? undefined : path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-pages');
  const sources: {file: string; route?: string}[] = [];
  for (const file of await filesUnder(docsDir)) {
    if (/\.mdx?$/.test(file) && isGuidePage(file, [docsDir])) sources.push({file: localizedFile(file, docsDir, translated)});
  }
  for (const page of await sitePageRoutes(siteDir)) {
    sources.push({...page, file: /\.mdx?$/.test(page.file) ? localizedFile(page.file, pagesDir, translatedPages) : page.file});
  }
  const guideDirs = [docsDir, ...(translated ? [translated] : [])];
  for (const source of sources) {
    const headings: PublishedHeading[] = [];
    let route = source.route;
    if (/\.mdx?$/.test(source.file)) {
      const content = await loadContentFile(source.file, guideDirs, siteDir);
      if (!route) {
        const slug = content.frontMatter?.slug;
        if (typeof slug !== 'string') continue; // reported by the build and the content checks
        route = slug;
      }
      headings.push(...pageHeadings(content.tree));
    }
    pages.push({route: route!, file: path.relative(siteDir, source.file).split(path.sep).join('/'), headings});
  }
  return pages.sort((a, b) => a.route.localeCompare(b.route));
}

/** A page's section headings (h2 and below), with the ids Docusaurus gives them. */
export function pageHeadings(tree: Root): PublishedHeading[] {
  const headings: PublishedHeading[] = [];
  const slugger = createSlugger();
  visit(tree, 'heading', (heading: Heading) => {
    if (heading.depth < 2) return;
    const text = headingText(heading);
    const explicit = explicitHeadingId(heading);
    // As Docusaurus does (mdx-loader, remark/headings): an explicit id as written, else one made of the text.
    const id = explicit ?? slugger.slug(text);
    headings.push({id, text, line: heading.position?.start.line ?? 1, explicit: explicit !== undefined});
  });
  return headings;
}

/** A heading's text as readers see it: without its `{#id}` (Markdown) or its id comment (MDX). */
export function headingText(heading: Heading): string {
  return toString(heading)
    .replace(/\s*\{#[^}]*\}\s*$/, '')
    .replace(/\/\*.*\*\//, '')
    .trim();
}

/** Route → ids of its headings, sorted: the form of the manifest (published-urls.json). */
export function addressesOf(pages: readonly PublishedPage[]): SiteUrls {
  const urls: SiteUrls = {};
  for (const page of pages) urls[page.route] = [...new Set([...(urls[page.route] ?? []), ...page.headings.map((heading) => heading.id)])].sort();
  return Object.fromEntries(Object.entries(urls).sort(([a], [b]) => a.localeCompare(b)));
}

/** The addresses of one locale's pages (route → heading ids), as the manifest records them. */
export async function collectSiteUrls(siteDir: string, locale = 'fr'): Promise<SiteUrls> {
  return addressesOf(await collectSitePages(siteDir, locale));
}
