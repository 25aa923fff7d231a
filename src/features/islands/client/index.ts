/**
 * The islands of the page itself, that every page loads, with or without React: small enhancements
 * of HTML that already works, as custom elements and delegated listeners. The other features'
 * islands are theirs: each registers its `client/` module through its plugin's `getClientModules`,
 * and this feature gathers them (client-modules.ts). Static pages get them all in the islands module
 * (static-page.ts); pages that keep React, and the dev server, as Docusaurus client modules: the
 * same code in `npm start` as for readers. None imports Docusaurus or React: what they need (texts,
 * addresses) is in the HTML.
 *
 * Among them, the islands' own versions of what the theme does with React: the copy button of code
 * blocks, folding sidebar categories, the section being read in the table of contents, and other
 * pages fetched ahead on intent. The theme's React versions are switched off (src/theme/CodeBlock/
 * Buttons, src/theme/TOCItems; the sidebar's clicks are taken before React sees them), so that what
 * a contributor sees in `npm start` is what readers get.
 */
import './heading-link';
import './scroll-region';
import './back-to-top';
import './code-copy';
import './sidebar-categories';
import './toc-highlight';
import './prefetch-on-intent';
import {inBrowser, pageShownEvent} from '../../../shared/client/dom';

/**
 * Docusaurus calls this, where this file is a client module, once React has drawn a page: the first
 * (in `npm start`, after this module ran) and each one shown in place. The islands that read the
 * page look at it again (dom.ts, onEachPage).
 */
export function onRouteDidUpdate(): void {
  if (inBrowser) document.dispatchEvent(new Event(pageShownEvent));
}
