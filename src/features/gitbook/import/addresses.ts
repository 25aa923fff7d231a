/**
 * The addresses of a page of the export, as the new page writes them: a page's new file, a copied
 * file's place in assets/, a heading's new id; or what is wrong with one (a link GitBook could
 * not resolve, a file the export lacks). Shared by the Markdown and the HTML of the page.
 */
import path from 'node:path';
import type {Definition, Image, Link} from 'mdast';
import {offsetsOf} from './markdown';
import type {ConvertContext, Counts, Problem} from './page-types';
import {count} from './page-types';
import {brokenLink, missingAnchor, missingLink, unlistedLink} from './problems';
import {asciiSlug} from './slugs';

export function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

export function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * GitBook's marks of a link or image it could not resolve: `broken-reference` (also at the end of
 * an address), `/broken/pages/<id>`, `/broken/spaces/<id>/pages/<id>`, and `/files/<id>` for images.
 */
export function isBrokenReference(url: string): boolean {
  return /(^|\/)broken-reference\/?$/.test(url) || /^\/broken\/(pages|spaces)\//.test(url) || /^\/files\/[A-Za-z0-9]+$/.test(url);
}

export interface Address {
  url: string;
  /** Title of the page the address leads to. */
  title?: string;
  /** What a person must check: an anchor that no heading of the target page has. */
  problem?: Problem;
}

/** What an address became: its new form, or why it has none. `undefined`: it needs no change. */
export type Rewritten = Address | 'missing' | 'unlisted' | 'broken' | undefined;

export function relativeFrom(fromFile: string, toFile: string): string {
  const relative = path.posix.relative(path.posix.dirname(fromFile), toFile);
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/** The new form of `#hash`, a link to a section of the page itself. */
function sameSectionAddress(url: string, hash: string, context: ConvertContext, counts: Counts): Rewritten {
  const anchors = context.analysis.anchors;
  const id = anchors.get(hash) ?? anchors.get(hash.toLowerCase()) ?? anchors.get(asciiSlug(hash));
  if (!id) return {url, problem: missingAnchor(hash)};
  if (id === hash) return undefined;
  count(counts, 'ancres');
  return {url: `#${id}`};
}

const candidatesOf = (exportPath: string) => [exportPath, `${exportPath}.md`, path.posix.join(exportPath, 'README.md')];

/** The export path an address leads to, after `.gitbook.yaml`'s redirects; or the address they give. */
function targetPath(rawPath: string, context: ConvertContext, counts: Counts): {exportPath: string} | {external: string} {
  const exportPath = path.posix.normalize(path.posix.join(path.posix.dirname(context.source), decode(rawPath.split('?')[0]!)));
  const known = candidatesOf(exportPath).some((candidate) => context.links.page(candidate) || context.links.asset(candidate));
  // An old address that `.gitbook.yaml` redirects: the page it leads to now.
  const redirected = known ? undefined : context.links.redirect?.(exportPath.replace(/\.md$/, '').replace(/\/README$/, ''));
  if (!redirected) return {exportPath};
  count(counts, 'liens suivis par les redirections de .gitbook.yaml');
  return isExternal(redirected) ? {external: redirected} : {exportPath: redirected};
}

/**
 * The new form of a local address of the export, relative to the new page: undefined when it needs
 * no change, `missing` when nothing of the export answers it, `unlisted` for a page of the export
 * that SUMMARY.md leaves out (so it was not imported).
 */
export function rewriteAddress(url: string, context: ConvertContext, counts: Counts): Rewritten {
  if (isBrokenReference(url)) return 'broken';
  if (isExternal(url) || url === '') return undefined;
  const hashIndex = url.indexOf('#');
  const rawPath = hashIndex < 0 ? url : url.slice(0, hashIndex);
  const hash = hashIndex < 0 ? undefined : decode(url.slice(hashIndex + 1));
  if (rawPath === '') return hash === undefined ? undefined : sameSectionAddress(url, hash, context, counts);
  const target = targetPath(rawPath, context, counts);
  if ('external' in target) return {url: target.external};
  const candidates = candidatesOf(target.exportPath);
  for (const candidate of candidates) {
    const page = context.links.page(candidate);
    if (!page) continue;
    let anchor = '';
    let problem: Problem | undefined;
    if (hash) {
      const id = page.anchors.get(hash) ?? page.anchors.get(hash.toLowerCase()) ?? page.anchors.get(asciiSlug(hash));
      anchor = `#${id ?? hash}`;
      if (id) count(counts, 'ancres');
      else problem = missingAnchor(hash, page.title);
    }
    count(counts, 'liens internes');
    return {url: `${relativeFrom(context.file, page.file)}${anchor}`, title: page.title, problem};
  }
  if (candidates.some((candidate) => context.links.unlisted(candidate))) return 'unlisted';
  const asset = context.links.asset(target.exportPath);
  if (asset) {
    count(counts, 'fichiers liés');
    return {url: relativeFrom(context.file, asset) + (hash ? `#${hash}` : '')};
  }
  return 'missing';
}

/** What to tell about an address that could not be rewritten, or its problem; undefined if none. */
export function addressProblem(url: string, result: Rewritten): Problem | undefined {
  if (result === 'broken') return brokenLink(url);
  if (result === 'missing') return missingLink(url);
  if (result === 'unlisted') return unlistedLink(url);
  return result?.problem;
}

/** The name GitBook gives a link to a page: its file's, or its folder's for a README (`installation/`). */
export function fileNameOf(url: string): string {
  const segments = decode(url.split(/[?#]/)[0]!).replace(/\/$/, '/README.md').split('/');
  const file = segments.pop() ?? '';
  return /^readme\.md$/i.test(file) ? (segments.pop() ?? '') : file.replace(/\.md$/i, '');
}

/** Text that Markdown prints as written: its emphasis, link and code marks escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

/** A destination written so that CommonMark reads it back whole. */
export function writeDestination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}

/** Start and end (offsets) of a link's, image's or definition's destination in the source. */
export function destinationRange(source: string, node: Link | Image | Definition): [number, number] | undefined {
  const offsets = offsetsOf(node);
  if (!offsets) return undefined;
  const [start, end] = offsets;
  const slice = source.slice(start, end);
  let from: number;
  if (node.type === 'definition') {
    const colon = slice.indexOf(']:');
    if (colon < 0) return undefined;
    from = colon + 2;
    while (/\s/.test(slice[from] ?? '')) from += 1;
  } else {
    const lastChild = node.type === 'link' ? node.children.at(-1) : undefined;
    const searchFrom = lastChild?.position?.end.offset !== undefined ? lastChild.position.end.offset - start : 0;
    const bracket = slice.indexOf('](', searchFrom);
    if (bracket < 0) return undefined; // an autolink or a reference: nothing to rewrite here
    from = bracket + 2;
    while (/[ \t]/.test(slice[from] ?? '')) from += 1;
  }
  const rest = slice.slice(from);
  if (rest.startsWith('<')) {
    const close = rest.indexOf('>');
    return close < 0 ? undefined : [start + from, start + from + close + 1];
  }
  const word = /^\S*/.exec(rest)![0];
  const length = node.type !== 'definition' && word === rest ? word.length - 1 : word.length;
  return [start + from, start + from + length];
}
