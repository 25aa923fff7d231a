/**
 * The scripts of a built page, rewritten: Docusaurus's application (`runtime~main.js`, `main.js`,
 * the route chunks) and its preload and prefetch hints are dropped, and the islands module is
 * loaded in their place. The page's HTML is otherwise left byte for byte as Docusaurus wrote it:
 * the tags are found by reading the page's start tags (src/shared/built-html/tags.ts: a whole parse
 * of a page whose menu lists a thousand pages costs ~100 ms) and only those spans are cut, so the
 * inline scripts keep the hashes that the CSP lists.
 *
 * A page that asks for React (front matter `hydrate: true`, which renders the marker below) is left
 * as it is.
 */
import {applySplices, escapeHtml, startTags, type StartTag} from '../../shared/built-html';
import {hydrationMarkerName} from '../../shared/front-matter/hydration';

export interface PageScriptsOptions {
  /** `true` for a script or hint URL that belongs to Docusaurus's application. */
  isApplicationScript(url: string): boolean;
  /** The URL of the islands module, written as `<script type="module" src>`. */
  islandsModule: string;
}

export interface RewrittenPage {
  html: string;
  /** False when the page keeps React (hydration marker), or had no application script. */
  changed: boolean;
  /** The URLs of the scripts and hints taken out. */
  removed: string[];
}

/** The tags this step looks at; the others' attributes are not even read. */
const wantedTags = new Set(['script', 'link', 'meta']);

const isHint = (tag: StartTag) =>
  (tag.attributes.get('rel') ?? '')
    .toLowerCase()
    .split(/\s+/)
    .some((value) => ['preload', 'prefetch', 'modulepreload'].includes(value));

/** Whether a start tag is the hydration marker (`<meta name="hydrate" content="true">`). */
const isHydrationMarker = (tag: StartTag) =>
  tag.tagName === 'meta' && tag.attributes.get('name') === hydrationMarkerName && tag.attributes.get('content') === 'true';

export function rewritePageScripts(html: string, options: PageScriptsOptions): RewrittenPage {
  const cuts: Array<{start: number; end: number; url: string}> = [];
  for (const tag of startTags(html, wantedTags)) {
    if (isHydrationMarker(tag)) return {html, changed: false, removed: []};
    const url = tag.tagName === 'script' ? tag.attributes.get('src') : tag.tagName === 'link' && isHint(tag) ? tag.attributes.get('href') : undefined;
    if (url !== undefined && options.isApplicationScript(url)) cuts.push({start: tag.start, end: tag.end(), url});
  }
  if (cuts.length === 0) return {html, changed: false, removed: []};
  const module = `<script type="module" src="${escapeHtml(options.islandsModule)}"></script>`;
  // The module takes the place of the first application script: in the head, after the styles.
  const splices = cuts.map((cut, index) => ({start: cut.start, end: cut.end, text: index === 0 ? module : ''}));
  return {html: applySplices(html, splices), changed: true, removed: cuts.map((cut) => cut.url)};
}
