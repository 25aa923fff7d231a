/**
 * Nothing loaded from another site, said at its line: in a page's source, an image written in
 * Markdown, and any element of its HTML or MDX that would fetch from another site (the same list as
 * the check on the built pages, ../../outside-requests.ts) records a problem, and a publication
 * stops with the file, the line and the fix. Several on one line (a row of a GitBook table) make
 * one problem that names each.
 *
 * A draft (PUBLICATION_DRAFT=1) says nothing here: the check on its built pages replaces each such
 * element by a link and lists it once, with its file and line (../../page-step.ts).
 */
import type {Html, Image, Root} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {Plugin} from 'unified';
import type {Point} from 'unist';
import {visit} from 'unist-util-visit';
import {ContentProblems} from '../../../../shared/content-problems';
import {isOutside, loadsOf, outsideLoadFix, outsideRequests} from '../../outside-requests';

export interface OutsideLoadsOptions {
  /** The site's own origin, `https://example.org`: its addresses load nothing from elsewhere. */
  siteOrigin: string;
  /** A draft: nothing to say here (see above). */
  draft: boolean;
}

interface Load {
  line: number;
  column: number;
  element: string;
  url: string;
}

/** One problem per line: `<img> https://…` once, or each element of the line, numbered. */
function messageFor(loads: Load[]): string {
  const fixes = [...new Set(loads.map((load) => outsideLoadFix(load.element)))];
  const what =
    loads.length === 1
      ? `<${loads[0]!.element}> ${loads[0]!.url}`
      : `${loads.length} éléments, ${loads.map((load, index) => `${index + 1}) <${load.element}> ${load.url}`).join(', ')}`;
  return `${what} : chargé d’un autre site, ce que le site ne fait jamais (ni requête ailleurs ni traceur pour ses lecteurs) ; ${fixes.join(' ; ')}.`;
}

/** The place of an offset of an HTML node's text, in the page. */
function pointAt(node: Html, offset: number): Pick<Point, 'line' | 'column'> {
  const start = node.position?.start ?? {line: 1, column: 1};
  const before = node.value.slice(0, offset).split('\n');
  return before.length === 1 ? {line: start.line, column: start.column + offset} : {line: start.line + before.length - 1, column: before.at(-1)!.length + 1};
}

function jsxLoads(node: MdxJsxFlowElement | MdxJsxTextElement, siteOrigin: string): Load[] {
  if (!node.name) return [];
  const attributes = new Map<string, string>();
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') attributes.set(attribute.name.toLowerCase(), attribute.value);
  }
  const start = node.position?.start ?? {line: 1, column: 1};
  return loadsOf(node.name.toLowerCase(), attributes)
    .filter((load) => isOutside(load.url, siteOrigin))
    .map((load) => ({line: start.line, column: start.column, element: node.name!.toLowerCase(), url: load.url}));
}

const remarkOutsideLoads: Plugin<[OutsideLoadsOptions], Root> = function remarkOutsideLoads({siteOrigin, draft}) {
  return (tree, file) => {
    if (draft) return;
    const loads: Load[] = [];
    visit(tree, (node) => {
      if (node.type === 'image' && isOutside((node as Image).url, siteOrigin)) {
        const start = node.position?.start ?? {line: 1, column: 1};
        loads.push({line: start.line, column: start.column, element: 'img', url: (node as Image).url});
      }
      if (node.type === 'html' && /(?:src|href|data|poster|ping|background|style|url)\b/i.test(node.value)) {
        for (const request of outsideRequests(node.value, siteOrigin))
          loads.push({...pointAt(node, request.start), element: request.element, url: request.url});
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') loads.push(...jsxLoads(node, siteOrigin));
    });
    const problems = new ContentProblems(file);
    const byLine = new Map<number, Load[]>();
    for (const load of loads) byLine.set(load.line, [...(byLine.get(load.line) ?? []), load]);
    for (const lineLoads of byLine.values()) problems.add(lineLoads[0], messageFor(lineLoads));
  };
};

export default remarkOutsideLoads;
