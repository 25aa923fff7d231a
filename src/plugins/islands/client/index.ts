/**
 * The islands that every page loads, with or without React: small enhancements of HTML that already
 * works, as custom elements and delegated listeners. Static pages get them in the islands module
 * (static-page.ts); pages that keep React, and the dev server, as a Docusaurus client module.
 * None imports Docusaurus or React: what they need (texts, addresses) is in the HTML.
 */
import './theme-switch';
import './tab-group';
import './site-search';
import './heading-link';
import './section-redirects';
import './printed-page';
import './scroll-region';
import './language-links';
import './phone-menu';
import './back-to-top';
