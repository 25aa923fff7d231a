/**
 * The title a card shows, read from a built page: its `og:title` (or `<title>`, or its h1) without
 * the site's name that Docusaurus appends. Every route has one, whichever plugin made it.
 */

const namedEntities: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};

/** Decodes the character references a minified page may hold. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (reference, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    }
    return namedEntities[name.toLowerCase()] ?? reference;
  });
}

/** Attributes of an HTML tag, quoted or not (minified pages drop the quotes they can). */
function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    found[match[1]!.toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return found;
}

const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ').trim();

/** The page's title as the page gives it, site's name included when Docusaurus added it. */
export function rawPageTitle(html: string): string | undefined {
  const headEnd = html.search(/<\/head>/i);
  const head = headEnd === -1 ? html : html.slice(0, headEnd);
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const meta = attributes(tag.slice(5));
    if (meta.property === 'og:title' && meta.content?.trim()) return collapse(meta.content);
  }
  const title = /<title\b[^>]*>([^<]*)<\/title>/i.exec(head)?.[1];
  if (title?.trim()) return collapse(decodeEntities(title));
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  const text = h1 && collapse(decodeEntities(h1.replace(/<[^>]*>/g, '')));
  return text || undefined;
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
