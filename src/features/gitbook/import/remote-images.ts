/**
 * Images of other sites in a space: GitBook lets authors show an image by its address elsewhere.
 * The site never makes a request to another site from a page, so the import fetches each one once
 * and publishes it with the page; one that cannot be fetched (gone, refused, not an image, too big)
 * is reported, and the page links to it instead (page.ts).
 */
import path from 'node:path';
import type {Html, Image} from 'mdast';
import {visit} from 'unist-util-visit';
import {parseMarkdown} from './markdown';
import {asciiSlug} from './slugs';

/** An image downloaded for the site: its bytes and an ASCII name for assets/. */
export interface DownloadedImage {
  name: string;
  extension: string;
  content: Buffer;
}

const isRemote = (url: string) => /^https?:\/\//i.test(url);

/** Addresses of other sites' images in a page: Markdown images, and `<img>`/`<source>` in its HTML. */
export function remoteImageUrls(body: string): string[] {
  const urls = new Set<string>();
  visit(parseMarkdown(body), (node) => {
    if (node.type === 'image' && isRemote((node as Image).url)) urls.add((node as Image).url);
    if (node.type === 'html') {
      for (const tag of (node as Html).value.matchAll(/<(?:img|source)\s[^>]*>/gi)) {
        for (const [, , value = ''] of tag[0].matchAll(/\s(src|srcset)\s*=\s*["']([^"']*)["']/gi)) {
          for (const candidate of value.split(',').map((part) => part.trim().split(/\s+/)[0]!)) {
            const url = candidate.replace(/&amp;|&#x26;/g, '&');
            if (isRemote(url)) urls.add(url);
          }
        }
      }
    }
  });
  return [...urls];
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
    const response = await fetch(url, {signal: AbortSignal.timeout(15_000), redirect: 'follow'});
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!response.ok || !type.startsWith('image/')) return undefined;
    const content = Buffer.from(await response.arrayBuffer());
    if (content.length === 0 || content.length > maxBytes) return undefined;
    const base = path.posix.basename(new URL(url).pathname);
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
        name: asciiSlug(path.posix.basename(new URL(url).pathname).replace(/\.[^.]*$/, '')) || 'image',
        extension: path.posix.extname(new URL(url).pathname) || '.img',
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
