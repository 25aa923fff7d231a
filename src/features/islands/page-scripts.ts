/**
 * The scripts of a built page, rewritten: Docusaurus's application (`runtime~main.js`, `main.js`,
 * the route chunks) and its preload and prefetch hints are dropped, and the islands module is
 * loaded in their place. The page's HTML is otherwise left byte for byte as Docusaurus wrote it:
 * the tags are found by parsing the page (hast, with the positions of each element) and only those
 * spans are cut, so the inline scripts keep the hashes that the CSP lists.
 *
 * A page that asks for React (front matter `hydrate: true`, which renders the marker below) is left
 * as it is.
 */
import {fromHtml} from 'hast-util-from-html';
import {visit} from 'unist-util-visit';
import type {Element, Root} from 'hast';
import {hydrationMarkerName} from './hydration';

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

const stringProperty = (element: Element, name: string): string | undefined => {
  const value = element.properties[name];
  return typeof value === 'string' ? value : undefined;
};

const relOf = (element: Element): string[] => {
  const rel: unknown = element.properties.rel;
  return Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : [];
};

/** Whether the page renders the hydration marker (`<meta name="hydrate" content="true">`). */
export function asksForHydration(tree: Root): boolean {
  let found = false;
  visit(tree, 'element', (element) => {
    if (element.tagName === 'meta' && stringProperty(element, 'name') === hydrationMarkerName) {
      found = stringProperty(element, 'content') === 'true';
    }
  });
  return found;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function rewritePageScripts(html: string, options: PageScriptsOptions): RewrittenPage {
  const tree = fromHtml(html);
  if (asksForHydration(tree)) return {html, changed: false, removed: []};
  const cuts: Array<{start: number; end: number; url: string}> = [];
  visit(tree, 'element', (element) => {
    const start = element.position?.start.offset;
    const end = element.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (element.tagName === 'script') {
      const src = stringProperty(element, 'src');
      if (src && options.isApplicationScript(src)) cuts.push({start, end, url: src});
    } else if (element.tagName === 'link') {
      const href = stringProperty(element, 'href');
      const rel = relOf(element);
      const hint = rel.some((value) => ['preload', 'prefetch', 'modulepreload'].includes(value.toLowerCase()));
      if (href && hint && options.isApplicationScript(href)) cuts.push({start, end, url: href});
    }
  });
  if (cuts.length === 0) return {html, changed: false, removed: []};
  cuts.sort((a, b) => a.start - b.start);
  const module = `<script type="module" src="${escapeAttribute(options.islandsModule)}"></script>`;
  let rewritten = '';
  let position = 0;
  for (const [index, cut] of cuts.entries()) {
    rewritten += html.slice(position, cut.start);
    // The module takes the place of the first application script: in the head, after the styles.
    if (index === 0) rewritten += module;
    position = cut.end;
  }
  rewritten += html.slice(position);
  return {html: rewritten, changed: true, removed: cuts.map((cut) => cut.url)};
}
