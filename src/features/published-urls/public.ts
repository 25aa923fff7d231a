/**
 * What other features may use of the published addresses (their declared entry,
 * .dependency-cruiser.cjs): the site's pages and sections as the check collects them, the sections
 * already published, and the redirects' shape.
 */
export {explicitHeadingId, headingText, pageHeadings, pluginRoutes, sitePageRoutes} from './check/collect';
export {publishedSections} from './check/cli';
export type {Redirect} from './site-redirects';
