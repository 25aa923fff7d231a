/**
 * The update feed's file (src/features/update-feed), at the root of each edition's build, so under
 * its base URL: a published address that portals subscribe to, which the published-addresses check
 * keeps and the footer links to. The `.atom` extension gets `application/atom+xml` from common static
 * servers (nginx's mime.types, serve-handler).
 */
export const updateFeedFile = 'mises-a-jour.atom';
