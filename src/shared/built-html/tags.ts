/**
 * The tags of a built page, read in one pass over its text without building its tree: the steps
 * that read every page of every build (islands, content security) look at a few elements (scripts,
 * hints, images), and a whole parse of a page with a menu of a thousand links costs ~100 ms, where
 * this costs a few. Comments are skipped; the content of raw text elements (`<script>`, `<style>`,
 * `<textarea>`, `<title>`) is text, never tags. Node and browser alike: no Node module here.
 */

export interface StartTag {
  /** Lower case. */
  tagName: string;
  /** Lower-case names, values as the browser reads them (character references decoded). */
  attributes: Map<string, string>;
  /** Span of the start tag in the page's text. */
  start: number;
  tagEnd: number;
  /** End of the element: after its end tag, or its start tag for a void element or one never closed. */
  end(): number;
}

/** Elements whose content is not markup: a tag there is text. */
const rawTextElements = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);

/** Elements written without an end tag. */
export const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param']);

/** A comment, or a start tag with its attributes (quoted values may hold `>`). */
const tagPattern = /<!--[\s\S]*?-->|<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

const namedReferences: Record<string, string> = {amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', colon: ':', sol: '/', period: '.', nbsp: '\u00a0'};

/** An attribute's value as the browser reads it: the character references a URL or a name may carry. */
export function decodeAttribute(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));?/gi, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (decimal) return String.fromCodePoint(Number(decimal));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return namedReferences[name!.toLowerCase()] ?? whole;
  });
}

/** The attributes written in a start tag's text (after its name); the first of a repeated name wins. */
export function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name = '', double, single, bare] of text.matchAll(attributePattern)) {
    const key = name.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, decodeAttribute(double ?? single ?? bare ?? ''));
  }
  return attributes;
}

/** Where the element whose start tag ends at `tagEnd` ends: after its end tag, else its start tag. */
function elementEnd(html: string, tagName: string, tagEnd: number): number {
  if (voidElements.has(tagName)) return tagEnd;
  const close = new RegExp(`</${tagName}\\s*>`, 'i').exec(html.slice(tagEnd));
  return close ? tagEnd + close.index + close[0].length : tagEnd;
}

/** Every start tag of a page, in order; `wanted` (lower-case names) limits the attributes read. */
export function* startTags(html: string, wanted?: ReadonlySet<string>): Generator<StartTag> {
  const pattern = new RegExp(tagPattern.source, 'g');
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    const [whole, name, attributeText = ''] = match;
    if (!name) continue;
    const tagName = name.toLowerCase();
    const start = match.index;
    const tagEnd = start + whole.length;
    const raw = rawTextElements.has(tagName);
    let end: number | undefined;
    const endOf = () => (end ??= elementEnd(html, tagName, tagEnd));
    if (!wanted || wanted.has(tagName)) yield {tagName, attributes: attributesOf(attributeText), start, tagEnd, end: endOf};
    // The content of a raw text element is text: the scan goes on after it.
    if (raw) pattern.lastIndex = Math.max(pattern.lastIndex, endOf());
  }
}
