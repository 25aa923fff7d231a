/**
 * The title a card shows. A doc's comes from its metadata (`docCardTitle`): the guide's pages are
 * most of the site, and their cards then cost no reading of the built page. Any other route's
 * (home page, site map, search, 404, React pages) is read from the built page: its `og:title` (or
 * `<title>`, or its h1) without the site's name that Docusaurus appends. Every route has one,
 * whichever plugin made it. The page is parsed as a browser would (hast-util-from-html, parse5):
 * minified attributes, entities and all.
 */
import {fromHtml} from 'hast-util-from-html';
import {select} from 'hast-util-select';
import {toString} from 'hast-util-to-string';

const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ').trim();

/** The page's title as the page gives it, site's name included when Docusaurus added it. */
export function rawPageTitle(html: string): string | undefined {
  // The head alone first: a page's title is there, and the body is most of the page.
  const headEnd = html.search(/<\/head>/i);
  const head = fromHtml(headEnd === -1 ? html : html.slice(0, headEnd));
  const ogTitle = select('meta[property="og:title"]', head)?.properties.content;
  if (typeof ogTitle === 'string' && ogTitle.trim()) return collapse(ogTitle);
  const title = select('title', head);
  const titleText = title && collapse(toString(title));
  if (titleText) return titleText;
  const h1 = select('h1', fromHtml(html));
  return (h1 && collapse(toString(h1))) || undefined;
}

/** What the card's title depends on besides the page: the site's config. */
export interface TitleSite {
  title: string;
  tagline: string;
  titleDelimiter?: string;
}

/** The card's title from the page's title as its head gives it (undefined: the page has none). */
function titleOfHead(headTitle: string | undefined, site: TitleSite): string {
  const title = headTitle ?? site.title;
  const suffix = ` ${site.titleDelimiter ?? '|'} ${site.title}`;
  const own = title.endsWith(suffix) ? title.slice(0, -suffix.length).trim() : title;
  return own === site.title || own === '' ? site.tagline || site.title : own;
}

/**
 * The card's title: the page's title without « | Communs numériques »; the home page, titled with
 * the site's name alone, shows the tagline (the site's name is already on every card).
 */
export function cardTitle(html: string, site: TitleSite): string {
  return titleOfHead(rawPageTitle(html), site);
}

/**
 * The card's title of a doc, from its metadata's `title` alone, without reading the built page:
 * the head's title is that one, as the classic theme writes it (DocItem/Metadata, then the default
 * title formatter of @docusaurus/theme-common: trimmed, ` | ` and the site's name appended unless
 * it is empty or the site's name), then read as `cardTitle` reads a page. The same card as from the
 * built page, as long as no doc sets its own `<title>` (none does: the guide's pages are Markdown).
 */
export function docCardTitle(docTitle: string, site: TitleSite): string {
  const trimmed = docTitle.trim();
  const headTitle = trimmed === '' || trimmed === site.title ? site.title : `${trimmed} ${site.titleDelimiter ?? '|'} ${site.title}`;
  return titleOfHead(collapse(headTitle), site);
}
