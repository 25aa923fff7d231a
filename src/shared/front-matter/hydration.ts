/**
 * A page that keeps React in the browser: its front matter key, and the `<meta>` that the page
 * renders so that the islands plugin leaves its scripts alone. Constants only: the server
 * components, the plugin and the content checks all read them.
 */

/** `hydrate: true` in a page's front matter. */
export const hydrateKey = 'hydrate';

/** `<meta name="hydrate" content="true">` in the head of such a page. */
export const hydrationMarkerName = 'hydrate';
