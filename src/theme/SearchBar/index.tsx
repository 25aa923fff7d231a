/**
 * Navbar search (swizzled: the classic theme has none): the site's own offline search, see
 * src/components/Search. No query ever leaves the site.
 */
export {default} from '@site/src/components/Search/NavbarSearch';
