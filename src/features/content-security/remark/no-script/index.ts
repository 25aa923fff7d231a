/**
 * No script from content: a page runs only the code the site wrote (its islands, its theme). In a
 * page's source, this plugin records a problem (the build then stops with the file and line,
 * src/features/content-checks/remark/content-problems) for:
 * - a `<script>` element, in HTML (`.md`) or in MDX, inside `<svg>` or anywhere else;
 * - an event-handler attribute written as text (`onclick="…"`, `onerror="…"`), on any element;
 * - `srcdoc` on an `<iframe>`: a page written in an attribute, which could carry its own scripts.
 * And it takes them out of the page in every case, so that a draft (which prints the problems
 * instead of stopping) publishes none of them either.
 *
 * An MDX page that keeps React (`hydrate: true`) may still hand React a function, `onClick={…}`:
 * that is code of the site's bundle, checked by the build like any other (and refused on a page
 * without React by src/features/islands/remark/static-page). Only the string form is content's code.
 * An interactive need is an island: a custom element of a feature, which enhances HTML that works.
 */
import {fromHtml} from 'hast-util-from-html';
import {toHtml} from 'hast-util-to-html';
import type {Element, Nodes as HastNodes, Root as HastRoot} from 'hast';
import type {Html, Root} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {Plugin} from 'unified';
import type {Point} from 'unist';
import {SKIP, visit} from 'unist-util-visit';
import {ContentProblems} from '../../../../shared/content-problems';
import {hydrateKey} from '../../../../shared/front-matter/hydration';

const islandWay =
  'Un besoin d’interaction se construit en îlot, un élément personnalisé d’une fonctionnalité du site (voir CONTRIBUTING.md, « Un composant qui garde un état »).';

export const scriptMessage = `Élément <script> : une page n’exécute que le code du site, jamais un script venu de son contenu (la politique de sécurité du site l’interdit). Retirez-le. ${islandWay}`;

export const handlerMessage = (element: string, attribute: string) =>
  `Attribut ${attribute} sur <${element}> : du code écrit dans le contenu d’une page ne s’exécute jamais sur le site. Retirez l’attribut. ${islandWay}`;

export const srcdocMessage = `Attribut srcdoc sur <iframe> : une page écrite dans un attribut pourrait exécuter ses propres scripts. Retirez l’attribut, ou mettez un lien vers la page à montrer.`;

/** `onclick`, `onError`, `ONLOAD`: what HTML and the DOM treat as an event handler. */
const isHandlerName = (name: string) => /^on[a-z]/i.test(name);

/** A problem found in an HTML node, at its place in the page (the fragment's lines start at the node's). */
function pointIn(node: Html, inner: Point | undefined): Pick<Point, 'line' | 'column'> | undefined {
  const start = node.position?.start;
  if (!start || !inner) return start;
  return {line: start.line + inner.line - 1, column: inner.line === 1 ? start.column + inner.column - 1 : inner.column};
}

interface Finding {
  place: Point | undefined;
  message: string;
}

/** What an HTML fragment carries that would run, each taken out of the tree. */
function takeOutOfHtml(tree: HastRoot): Finding[] {
  const findings: Finding[] = [];
  visit(tree, 'element', (element: Element, index, parent) => {
    if (element.tagName === 'script') {
      findings.push({place: element.position?.start, message: scriptMessage});
      if (parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
    }
    for (const name of Object.keys(element.properties)) {
      if (isHandlerName(name)) {
        findings.push({place: element.position?.start, message: handlerMessage(element.tagName, name.toLowerCase())});
        delete element.properties[name];
      }
      if (name === 'srcDoc' && element.tagName === 'iframe') {
        findings.push({place: element.position?.start, message: srcdocMessage});
        delete element.properties[name];
      }
    }
    return undefined;
  });
  return findings;
}

/** A quick look before parsing: most HTML nodes carry nothing of the kind. */
const mayRun = /<script|\son[a-z]+\s*=|srcdoc/i;

function checkHtml(node: Html, problems: ContentProblems): void {
  if (!mayRun.test(node.value)) return;
  const tree = fromHtml(node.value, {fragment: true});
  const findings = takeOutOfHtml(tree);
  for (const finding of findings) problems.add(pointIn(node, finding.place), finding.message);
  if (findings.length > 0) node.value = toHtml(tree as HastNodes);
}

const isJsxElement = (node: {type: string}): node is MdxJsxFlowElement | MdxJsxTextElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function checkJsx(node: MdxJsxFlowElement | MdxJsxTextElement, problems: ContentProblems, hydrated: boolean): boolean {
  if (node.name === 'script') {
    problems.add(node, scriptMessage);
    return true;
  }
  node.attributes = node.attributes.filter((attribute) => {
    if (attribute.type !== 'mdxJsxAttribute') return true;
    const written = typeof attribute.value === 'string' || attribute.value === null || attribute.value === undefined;
    // `onClick={f}` is React's, on a page that keeps React: the static-page check says the rest.
    const reactHandler = /^on[A-Z]/.test(attribute.name) && (!written || !hydrated);
    if (isHandlerName(attribute.name) && !reactHandler) {
      problems.add(attribute.position ? attribute : node, handlerMessage(node.name ?? 'élément', attribute.name));
      return false;
    }
    if (attribute.name === 'srcDoc' || attribute.name === 'srcdoc') {
      problems.add(attribute.position ? attribute : node, srcdocMessage);
      return false;
    }
    return true;
  });
  return false;
}

const remarkNoScript: Plugin<[], Root> = function remarkNoScript() {
  return (tree, file) => {
    const problems = new ContentProblems(file);
    const hydrated = (file.data as {frontMatter?: Record<string, unknown>}).frontMatter?.[hydrateKey] === true;
    visit(tree, (node, index, parent) => {
      if (node.type === 'html') checkHtml(node, problems);
      if (isJsxElement(node) && checkJsx(node, problems, hydrated) && parent && index !== undefined) {
        (parent.children as unknown[]).splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
  };
};

export default remarkNoScript;
