/**
 * No silent freeze: pages reach readers as HTML without React (src/features/islands), so what a page
 * brings that needs React in the browser (state, clicks, tabs drawn by React) would ship inert, its
 * first render frozen. Unless the page says `hydrate: true`, this plugin records a problem (the
 * build then stops, with the file and line, src/features/content-checks/remark/content-problems) for:
 * - an MDX `import` of a module that no feature declares static (images and other files excepted);
 * - a component (`<Compteur />`) that is neither one of the site's MDX components declared static by
 *   its feature nor imported from a static module;
 * - an event handler written on an element (`onClick={…}`): without React it never runs.
 *
 * The features declare what works without React (their `static-components.ts`); the remark pipeline
 * gathers the declarations (src/content-pipeline.ts). It runs first, on what the author wrote:
 * the components that the site's own plugins emit from Markdown are the features' own.
 */
import type {Root} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {Plugin} from 'unified';
import {visit} from 'unist-util-visit';
import {ContentProblems} from '../../../../shared/content-problems';
import type {StaticComponents} from '../../../../shared/static-components';
import {hydrateKey} from '../../../../shared/front-matter/hydration';

export type {StaticComponents};

/** Files that an import brings as data or markup, never as behaviour. */
const fileImport = /\.(?:png|jpe?g|gif|webp|avif|svg|pdf|json|ya?ml|csv|txt|md|mdx)(?:\?.*)?$/i;

const waysOut =
  'Deux solutions : ajoutez « hydrate: true » à l’en-tête de la page (elle garde React dans le navigateur), ou faites-en un îlot, un élément personnalisé qui améliore un HTML qui marche déjà (voir CONTRIBUTING.md, « Un composant qui garde un état »).';

const importMessage = (source: string) =>
  `Import de « ${source} » : sans « ${hydrateKey}: true », cette page arrive aux lecteurs sans React, et ce que ce module apporte (état, clics, onglets) y serait figé. ${waysOut}`;
const componentMessage = (name: string) =>
  `Composant <${name}> : aucune fonctionnalité du site ne le déclare statique ; sans « ${hydrateKey}: true », il arriverait aux lecteurs figé, sans React. ${waysOut}`;
const handlerMessage = (element: string, attribute: string) =>
  `Attribut ${attribute} sur <${element}> : sans « ${hydrateKey}: true », la page arrive sans React et ce gestionnaire ne s’exécuterait jamais. ${waysOut}`;

interface EstreeImport {
  type: 'ImportDeclaration';
  source: {value: unknown};
  specifiers: Array<{local: {name: string}}>;
  loc?: {start: {line: number; column: number}};
}

/** An `import`/`export` block of an MDX page, with the program remark-mdx parsed from it. */
interface MdxjsEsm {
  type: 'mdxjsEsm';
  position?: {start: {line: number; column: number}};
  data?: {estree?: {body: unknown[]}};
}

const isJsxElement = (node: {type: string}): node is MdxJsxFlowElement | MdxJsxTextElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A component rather than an HTML element: a capital letter, or a member (`Tabs.Item`). */
const isComponentName = (name: string) => /^[A-Z]/.test(name) || name.includes('.');

const remarkStaticPage: Plugin<[StaticComponents], Root> = function remarkStaticPage({components, modules}) {
  const staticModules = new Set(modules);
  return (tree, file) => {
    const frontMatter = (file.data as {frontMatter?: Record<string, unknown>}).frontMatter ?? {};
    if (frontMatter[hydrateKey] === true) return;
    const problems = new ContentProblems(file);
    const staticNames = new Set(components);
    // Names already reported at their import: not again at each use.
    const reported = new Set<string>();
    visit(tree, (visited) => {
      if (visited.type !== 'mdxjsEsm') return;
      const node = visited as unknown as MdxjsEsm;
      for (const statement of (node.data?.estree?.body ?? []) as EstreeImport[]) {
        if (statement.type !== 'ImportDeclaration') continue;
        const source = String(statement.source.value);
        const names = statement.specifiers.map((specifier) => specifier.local.name);
        if (fileImport.test(source) || staticModules.has(source)) {
          names.forEach((name) => staticNames.add(name));
          continue;
        }
        names.forEach((name) => reported.add(name));
        const start = statement.loc?.start;
        problems.add(start ? {line: start.line, column: start.column + 1} : node.position?.start, importMessage(source));
      }
    });
    visit(tree, (node) => {
      if (!isJsxElement(node) || !node.name) return;
      const root = node.name.split('.')[0]!;
      if (isComponentName(node.name) && !staticNames.has(root) && !reported.has(root)) {
        problems.add(node, componentMessage(node.name));
      }
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && /^on[A-Z]/.test(attribute.name)) {
          problems.add(attribute.position ? attribute : node, handlerMessage(node.name, attribute.name));
        }
      }
    });
  };
};

export default remarkStaticPage;
