/**
 * Navbar search (swizzled: the classic theme has none): the site's own offline search, see
 * src/features/search/theme/Search. No query ever leaves the site.
 */
export {default} from '@site/src/features/search/theme/Search/NavbarSearch';
