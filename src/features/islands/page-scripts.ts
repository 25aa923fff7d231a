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
import {applySplices, escapeHtml, findElements, parseBuiltPage, spanOf, stringProperty, type Element, type Root} from '../../shared/built-html';
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

const relOf = (element: Element): string[] => {
  const rel: unknown = element.properties.rel;
  return Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : [];
};

/** Whether the page renders the hydration marker (`<meta name="hydrate" content="true">`). */
export function asksForHydration(tree: Root): boolean {
  return findElements({html: '', tree}, (element) => element.tagName === 'meta' && stringProperty(element, 'name') === hydrationMarkerName).some(
    (meta) => stringProperty(meta, 'content') === 'true',
  );
}

export function rewritePageScripts(html: string, options: PageScriptsOptions): RewrittenPage {
  const page = parseBuiltPage(html);
  if (asksForHydration(page.tree)) return {html, changed: false, removed: []};
  const cuts = findElements(page, (element) => {
    if (element.tagName === 'script') {
      const src = stringProperty(element, 'src');
      return src !== undefined && options.isApplicationScript(src);
    }
    if (element.tagName !== 'link') return false;
    const href = stringProperty(element, 'href');
    const hint = relOf(element).some((value) => ['preload', 'prefetch', 'modulepreload'].includes(value.toLowerCase()));
    return href !== undefined && hint && options.isApplicationScript(href);
  }).flatMap((element) => {
    const span = spanOf(element);
    return span ? [{...span, url: stringProperty(element, element.tagName === 'script' ? 'src' : 'href')!}] : [];
  });
  if (cuts.length === 0) return {html, changed: false, removed: []};
  const module = `<script type="module" src="${escapeHtml(options.islandsModule)}"></script>`;
  // The module takes the place of the first application script: in the head, after the styles.
  const splices = cuts.map((cut, index) => ({start: cut.start, end: cut.end, text: index === 0 ? module : ''}));
  return {html: applySplices(html, splices), changed: true, removed: cuts.map((cut) => cut.url)};
}
