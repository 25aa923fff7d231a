/**
 * The title a card shows, read from a built page: its `og:title` (or `<title>`, or its h1) without
 * the site's name that Docusaurus appends. Every route has one, whichever plugin made it. The page
 * is parsed as a browser would (hast-util-from-html, parse5): minified attributes, entities and all.
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

/**
 * The card's title: the page's title without « | Communs numériques »; the home page, titled with
 * the site's name alone, shows the tagline (the site's name is already on every card).
 */
export function cardTitle(html: string, site: {title: string; tagline: string; titleDelimiter?: string}): string {
  const title = rawPageTitle(html) ?? site.title;
  const suffix = ` ${site.titleDelimiter ?? '|'} ${site.title}`;
  const own = title.endsWith(suffix) ? title.slice(0, -suffix.length).trim() : title;
  return own === site.title || own === '' ? site.tagline || site.title : own;
}
