/**
 * Where a link or an image of a page leads once imported, the same for its Markdown and its HTML:
 * a link keeps its words and gets its new address, or loses its address when GitBook had lost it;
 * an image gets the place of its copy, the one downloaded for an image of another site too. An
 * image of another site that could not be downloaded is never left to load: it becomes a link.
 */
import type {Node} from 'mdast';
import {addressProblem, isExternal, relativeFrom, rewriteAddress} from './addresses';
import {count, type PageWork} from './page-types';
import {remoteImageNotFetched, type RemoteImageOutcome} from './problems';

/** A link's new address (and the title of the page it leads to), or `gone` when it led nowhere. */
export type LinkTarget = {url: string; title?: string} | 'gone';

/** An image's new address; `gone` when GitBook had lost it; `failed` for another site's image that could not be fetched. */
export type ImageTarget = {url: string} | 'gone' | 'failed';

/** An address that a browser would fetch from another site: `https://…`, `http://…`, `//…`. */
export function isRemote(url: string): boolean {
  return /^https?:\/\//i.test(url) || url.startsWith('//');
}

/** The new address of a link of the page, its problem reported at `node`. */
export function resolveLink(url: string, work: PageWork, node: Node): LinkTarget {
  if (url === '' || url === '#') return {url};
  const result = rewriteAddress(url, work.context, work.counts);
  const problem = addressProblem(url, result);
  if (problem) work.report(node, problem);
  if (result === 'broken') return 'gone';
  return result && typeof result === 'object' ? {url: result.url, title: result.title} : {url};
}

/**
 * The new address of an image of the page. One of another site: its downloaded copy, or `failed`
 * (reported when `outcome` says what becomes of the image; else the caller says it); one of the
 * export: as a link's.
 */
export function resolveImage(url: string, work: PageWork, node: Node, outcome?: RemoteImageOutcome): ImageTarget {
  if (isRemote(url)) {
    const local = work.context.links.remoteImage?.(url);
    if (local) {
      count(work.counts, 'images d’autres sites enregistrées avec la page');
      return {url: relativeFrom(work.context.file, local)};
    }
    if (outcome) work.report(node, remoteImageNotFetched(url, outcome));
    return 'failed';
  }
  if (isExternal(url)) return {url};
  const target = resolveLink(url, work, node);
  return target === 'gone' ? 'gone' : {url: target.url};
}
