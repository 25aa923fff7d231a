/**
 * The islands that every page loads, with or without React: small enhancements of HTML that already
 * works, as custom elements and delegated listeners. Static pages get them in the islands module
 * (static-page.ts); pages that keep React, and the dev server, as a Docusaurus client module.
 * None imports Docusaurus or React: what they need (texts, addresses) is in the HTML.
 */
import '../../color-scheme/client/theme-switch';
import '../../gitbook/client/tab-group';
import '../../search/client/site-search';
import './heading-link';
import '../../published-urls/client/section-redirects';
import '../../print/client/printed-page';
import './scroll-region';
import '../../translations/client/language-links';
import '../../phone-menu/client/phone-menu';
import './back-to-top';
