/**
 * Search index plugin: after the build, indexes the site's pages with Pagefind into
 * `build/pagefind/`, a static index cut into small chunks that the browser fetches only when a reader
 * searches. French stemming comes from the pages' `lang`, accent folding from Pagefind itself.
 * A page leaves itself out with `data-pagefind-ignore="all"` (home page, site map, search page).
 *
 * The feature's other parts: theme/ (the search box and the results page, rendered at build time),
 * client/ (the islands that run them in the browser: engine and index fetched on first focus).
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {builtHtmlFile} from '../../shared/html-file';
import {writeSearchIndex} from './index-writer';

/** What the index leaves out of a page: navigation around the text, not the text. */
const excludeSelectors = [
  '.theme-doc-breadcrumbs',
  '.theme-doc-toc-desktop',
  '.theme-doc-toc-mobile',
  '.theme-doc-footer',
  '.pagination-nav',
  '.hash-link',
  '.table-of-contents',
  // Decorative marks (the arrows of the correspondence table, icons): not words of the page.
  '[aria-hidden="true"]',
];

/** Pagefind's ready-made interfaces, which the site does not use (it has its own). */
const unusedFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** The results page's address in each edition, a published address (src/features/published-urls). */
export const searchRoute = '/recherche';

export default function searchIndexPlugin(context: LoadContext): Plugin {
  return {
    name: 'search-index',
    // The navbar's search box (theme/SearchBar, in place of the theme's own) and the results page's
    // component: this feature's React side, rendered at build time.
    getThemePath() {
      return path.join(__dirname, 'theme');
    },
    // Its island: the search box and results page (client/site-search.ts), in every page (src/features/islands).
    getClientModules() {
      return [path.join(__dirname, 'client', 'site-search.ts')];
    },
    // The results page, `/recherche` in each edition: the navbar's form leads there.
    contentLoaded({actions}) {
      actions.addRoute({path: normalizeUrl([context.baseUrl, searchRoute]), component: path.join(__dirname, 'theme', 'SearchRoute'), exact: true});
    },
    async postBuild({outDir, routesPaths}) {
      const pages = routesPaths
        .filter((route) => !route.endsWith('404.html'))
        .map((route) => {
          const relative = decodeURIComponent(route.slice(context.baseUrl.length));
          // URLs are stored without the base URL: the browser adds it (src/features/search/client/search-engine.ts).
          return {url: `/${relative}`, file: builtHtmlFile(outDir, relative)};
        })
        .filter((page): page is {url: string; file: string} => page.file !== undefined);
      const outputPath = path.join(outDir, 'pagefind');
      // Every page, through the writer's standard input (index-writer.ts): no size limit.
      const result = await writeSearchIndex({outputPath, pages, rootSelector: 'main', excludeSelectors, unusedFiles}, context.siteDir);
      if (result.errors) {
        throw new Error(`Index de recherche (Pagefind) :\n${result.errors.join('\n')}`);
      }
      console.log(`[search-index] ${result.pages} pages lues, index écrit dans ${path.relative(context.siteDir, outputPath)}`);
    },
  };
}
