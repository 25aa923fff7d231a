/**
 * Images of other sites in a space: GitBook lets authors show an image by its address elsewhere.
 * The site never makes a request to another site from a page, so the import finds them wherever a
 * page shows them (Markdown, and in its HTML what html-rewrite.ts rewrites as images), fetches each
 * one once and publishes it with the page; one that cannot be fetched (gone, refused, not an image,
 * too big) is reported, and the page links to it instead (resolve.ts, markdown-edits.ts,
 * html-rewrite.ts). `remoteLoads` then checks each converted page: nothing in it loads from elsewhere.
 */
import path from 'node:path';
import type {Element, Root as HastRoot} from 'hast';
import {toString as hastToString} from 'hast-util-to-string';
import type {Definition, Html, Image, ImageReference, Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {attributeOf, descendantsOf, parseHtml} from './html';
import {coverLinks, cssLoads, imageAddressesOf, srcsetOf} from './html-rewrite';
import {parseMarkdown} from './markdown';
import {isRemote} from './resolve';
import {asciiSlug} from './slugs';

/** An image downloaded for the site: its bytes and an ASCII name for assets/. */
export interface DownloadedImage {
  name: string;
  extension: string;
  content: Buffer;
}

/** The address to fetch for one written in a page: `//hôte/…` is fetched over HTTPS. */
const fetchable = (url: string) => (url.startsWith('//') ? `https:${url}` : url);

/** The definitions of a Markdown tree that its images use (`![texte][ref]`). */
function imageDefinitions(tree: Root): Definition[] {
  const used = new Set<string>();
  const definitions: Definition[] = [];
  visit(tree, (node) => {
    if (node.type === 'imageReference') used.add((node as ImageReference).identifier);
    if (node.type === 'definition') definitions.push(node as Definition);
  });
  return definitions.filter((definition) => used.has(definition.identifier));
}

/**
 * Addresses of other sites' images in a page: Markdown images (and the definitions its image
 * references use), and in its HTML, what the import rewrites as images (html-rewrite.ts): `<img>`,
 * `<source>`, `srcset`, card covers.
 */
export function remoteImageUrls(body: string | Root): string[] {
  const urls = new Set<string>();
  const tree = typeof body === 'string' ? parseMarkdown(body) : body;
  visit(tree, (node) => {
    if (node.type === 'image') urls.add((node as Image).url);
    if (node.type === 'html') for (const url of imageAddressesOf(parseHtml((node as Html).value))) urls.add(url);
  });
  for (const definition of imageDefinitions(tree)) urls.add(definition.url);
  return [...urls].filter(isRemote);
}

/** What an element would fetch when the page loads: `[attribute, address]`. */
function fetchedBy(element: Element): Array<[string, string]> {
  const attributes: Record<string, string[]> = {
    img: ['src'],
    source: ['src'],
    video: ['src', 'poster'],
    audio: ['src'],
    iframe: ['src'],
    frame: ['src'],
    embed: ['src'],
    object: ['data'],
    script: ['src'],
    link: ['href'],
    input: ['src'],
    track: ['src'],
    image: ['href', 'xLinkHref'],
    use: ['href', 'xLinkHref'],
    feImage: ['href', 'xLinkHref'],
  };
  const fetched: Array<[string, string]> = [];
  for (const name of [...(attributes[element.tagName] ?? []), 'background']) {
    const value = attributeOf(element, name);
    if (value) fetched.push([name, value]);
  }
  for (const candidate of srcsetOf(element)) fetched.push(['srcset', candidate.split(/\s+/)[0] ?? '']);
  return fetched;
}

/** What an HTML fragment would fetch from another site, or run: `<tag attribute> address`. */
function remoteLoadsOfHtml(tree: HastRoot): string[] {
  const loads: string[] = [];
  for (const element of descendantsOf(tree)) {
    for (const [attribute, url] of fetchedBy(element)) if (isRemote(url)) loads.push(`<${element.tagName} ${attribute}> ${url}`);
    const style = attributeOf(element, 'style');
    if (style && cssLoads(style)) loads.push(`<${element.tagName} style> ${style}`);
    if (element.tagName === 'style' && cssLoads(hastToString(element))) loads.push('<style>');
    if (element.tagName === 'script') loads.push('<script>');
  }
  for (const link of coverLinks(tree).keys()) {
    const href = attributeOf(link, 'href');
    if (href && isRemote(href)) loads.push(`couverture de carte ${href}`);
  }
  return loads;
}

/**
 * What a written page would make a browser fetch from another site (or run): its images, those its
 * image references define, and in its HTML images, frames, media, embeds, scripts, style sheets and
 * CSS that fetches. The import leaves none: this says it, page by page, should one remain.
 */
export function remoteLoads(markdown: string | Root): string[] {
  const loads: string[] = [];
  const tree = typeof markdown === 'string' ? parseMarkdown(markdown) : markdown;
  visit(tree, (node) => {
    if (node.type === 'image' && isRemote((node as Image).url)) loads.push(`image ${(node as Image).url}`);
    if (node.type === 'html') loads.push(...remoteLoadsOfHtml(parseHtml((node as Html).value)));
  });
  for (const definition of imageDefinitions(tree)) if (isRemote(definition.url)) loads.push(`image ${definition.url}`);
  return loads;
}

const extensions: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/svg+xml': '.svg',
  'image/webp': '.webp',
  'image/avif': '.avif',
};

/** Over this size, an image is not a page's image: reported instead. */
const maxBytes = 10 * 1024 * 1024;

async function download(url: string): Promise<DownloadedImage | undefined> {
  try {
    const response = await fetch(fetchable(url), {signal: AbortSignal.timeout(15_000), redirect: 'follow'});
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!response.ok || !type.startsWith('image/')) return undefined;
    const content = Buffer.from(await response.arrayBuffer());
    if (content.length === 0 || content.length > maxBytes) return undefined;
    const base = path.posix.basename(new URL(fetchable(url)).pathname);
    const written = path.posix.extname(base).toLowerCase();
    const extension = extensions[type] ?? (written || '.img');
    return {name: asciiSlug(base.slice(0, base.length - written.length)) || 'image', extension, content};
  } catch {
    return undefined;
  }
}

/** Fetches each address once, four at a time; undefined for one that could not be fetched. */
export async function downloadImages(urls: readonly string[], {dryRun = false} = {}): Promise<Map<string, DownloadedImage | undefined>> {
  const result = new Map<string, DownloadedImage | undefined>();
  if (dryRun) {
    // A simulation fetches nothing: each image is assumed fetched, under the name it would get.
    for (const url of urls)
      result.set(url, {
        name: asciiSlug(path.posix.basename(new URL(fetchable(url)).pathname).replace(/\.[^.]*$/, '')) || 'image',
        extension: path.posix.extname(new URL(fetchable(url)).pathname) || '.img',
        content: Buffer.alloc(0),
      });
    return result;
  }
  const pending = [...urls];
  const worker = async () => {
    for (let url = pending.shift(); url !== undefined; url = pending.shift()) result.set(url, await download(url));
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return result;
}
