/**
 * The islands module of a page without React (bundle.ts makes it): the shared islands, plus small
 * stand-ins for what the theme's React code does on its own pages: the copy button of code blocks,
 * folding sidebar categories, the section being read in the table of contents, and other pages
 * fetched ahead on intent. Then `data-enhanced` on <html>, which says that the islands have run (the
 * tests wait for it); no style depends on it, so setting it costs no style recalculation: controls
 * that need scripts show when their custom element is defined (`:defined`).
 */
import './index';
import './code-copy';
import './sidebar-categories';
import './toc-highlight';
import './prefetch-on-intent';

document.documentElement.dataset.enhanced = '';
