/**
 * GitBook blocks: turns the `{% … %}` blocks of a GitBook export into the site's MDX components, and
 * records, with file and line, every GitBook tag it cannot render faithfully (the build then stops).
 *
 * Supported blocks are listed in `blocks` below, one file each in blocks/: each names its closing
 * tag and its attributes, and builds its node.
 */
import leven from 'leven';
import type {Parent, Root, RootContent} from 'mdast';
import type {Plugin} from 'unified';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';
import {location} from 'vfile-location';
import {ContentProblems} from '../../../../shared/content-problems';
import {code} from './blocks/code';
import {column, columns} from './blocks/columns';
import {conditional} from './blocks/conditional';
import {contentRef} from './blocks/content-ref';
import {embed} from './blocks/embed';
import {file} from './blocks/file';
import {hint} from './blocks/hint';
import {openapi, openapiOperation, openapiSchemas, openapiWebhook} from './blocks/openapi';
import {prompt} from './blocks/prompt';
import {step, stepper} from './blocks/stepper';
import {tab, tabs} from './blocks/tabs';
import {isComponent, type BlockDefinition} from './blocks/types';
import {update, updates} from './blocks/updates';
import {rawHtml, remarkGitbookTagSyntax, splitGitbookTags, type GitbookTag} from '../../../../shared/markdown/gitbook-tag-syntax';
import {parseTag, type ParsedTag} from './tag';

export type {GitbookTag} from '../../../../shared/markdown/gitbook-tag-syntax';

const blocks: Record<string, BlockDefinition> = {
  hint,
  tabs,
  tab,
  embed,
  'content-ref': contentRef,
  code,
  file,
  stepper,
  step,
  columns,
  column,
  if: conditional,
  prompt,
  updates,
  update,
  openapi,
  'openapi-operation': openapiOperation,
  'openapi-schemas': openapiSchemas,
  'openapi-webhook': openapiWebhook,
};

/** Tags that separate the branches of an `{% if %}`: every branch is kept. */
const branchTags = new Set(['else', 'elseif', 'elsif']);

const closingTags = new Map(Object.entries(blocks).map(([name, block]) => [block.end, name]));

/** Every tag the site renders, opening and closing: what the GitBook importer leaves for the build. */
export const renderedTags: ReadonlySet<string> = new Set([...Object.keys(blocks), ...closingTags.keys(), 'else', 'elseif', 'elsif']);

/** How to replace the GitBook tags the site does not render, in the contributor's words. */
const replacements: Record<string, string> = {
  swagger: 'décrivez l’API en Markdown (titres, tableaux, blocs de code)',
  'api-method': 'décrivez l’API en Markdown (titres, tableaux, blocs de code)',
  openapi: 'décrivez l’API en Markdown (titres, tableaux, blocs de code)',
  include: 'recopiez le contenu inclus dans la page (npm run import:gitbook le fait pour un espace entier)',
  'page-ref': 'remplacez-la par un lien vers la page, [titre](./page.md)',
  video: 'remplacez-la par un lien vers la vidéo, [titre](adresse)',
  youtube: 'remplacez-la par un lien vers la vidéo, [titre](adresse)',
};

/** The tag the contributor most likely meant, for a mistyped one (`hnit` → `hint`): one or two letters apart. */
export function closestTag(name: string): string | undefined {
  let best: {tag: string; distance: number} | undefined;
  for (const tag of renderedTags) {
    const distance = leven(name.toLowerCase(), tag);
    if (distance <= (tag.length >= 4 ? 2 : 1) && (!best || distance < best.distance)) best = {tag, distance};
  }
  return best?.tag;
}

function unsupportedMessage(name: string): string {
  const base = name.startsWith('end') && name.length > 3 ? name.slice(3) : name;
  const meant = replacements[base] ? undefined : closestTag(name);
  if (meant) {
    return `Balise GitBook {% ${name} %} inconnue : vouliez-vous écrire {% ${meant} %}\u202f? Corrigez son nom.`;
  }
  const fix = replacements[base] ?? 'remplacez-la par du Markdown ou supprimez-la';
  const supported = Object.entries(blocks)
    .map(([block, definition]) => `{% ${block} %} … {% ${definition.end} %}`)
    .join(', ');
  return `Balise GitBook {% ${name} %} non prise en charge par le site : ${fix} (balises prises en charge : ${supported}).`;
}

interface OpenBlock {
  name: string;
  definition: BlockDefinition;
  /** Undefined when the opening tag could not be read: the block is dropped, its error recorded. */
  tag: ParsedTag | undefined;
  node: GitbookTag;
  /** Index, in the rebuilt children, where the block's content starts. */
  contentStart: number;
}

/**
 * Says which of a tag's attributes the site does not use. GitBook adds presentation options over
 * time (`fullWidth`, `icon`…): the content is whole without them, so they are a warning, not a stop.
 */
function warnUnknownAttributes(name: string, definition: BlockDefinition, tag: ParsedTag, node: GitbookTag, problems: ContentProblems): void {
  const unknown = Object.keys(tag.attributes).filter((key) => !definition.attributes.includes(key));
  for (const key of unknown) {
    const read = definition.attributes.length > 0 ? definition.attributes.map((item) => `${item}="…"`).join(', ') : 'aucun';
    problems.warn(
      node,
      `Attribut « ${key} » ignoré pour {% ${name} %} : le site ne s'en sert pas (attributs lus : ${read}). Supprimez-le s'il n'a pas de sens ici.`,
    );
  }
}

/**
 * For a tag whose closing tag is optional: whether the next tag of the same kind among the siblings
 * closes it (`{% embed %}` … `{% endembed %}`) rather than opens another (`{% embed %}` alone).
 */
function isClosedLater(siblings: RootContent[], index: number, name: string, end: string): boolean {
  for (const sibling of siblings.slice(index + 1)) {
    if (sibling.type !== 'gitbookTag') continue;
    const parsed = parseTag(sibling.value);
    const siblingName = parsed.ok ? parsed.tag.name : parsed.name;
    if (siblingName === end) return true;
    if (siblingName === name) return false;
  }
  return false;
}

/** Pairs the opening and closing tags found among one parent's children. */
function pairBlocks(parent: Parent, problems: ContentProblems, file: VFile, locale: string): void {
  const rebuilt: RootContent[] = [];
  const open: OpenBlock[] = [];
  // A line of several tags gives one node per tag.
  const siblings = (parent.children as RootContent[]).flatMap((child): RootContent[] => (child.type === 'gitbookTag' ? splitGitbookTags(child) : [child]));
  const push = (built: RootContent | RootContent[] | undefined) => {
    if (built) rebuilt.push(...(Array.isArray(built) ? built : [built]));
  };

  for (const [index, child] of siblings.entries()) {
    if (child.type !== 'gitbookTag') {
      rebuilt.push(child);
      continue;
    }
    let parsed = parseTag(child.value);
    const freeName = /^[a-z][a-z0-9-]*/i.exec(child.value)?.[0]?.toLowerCase();
    if (!parsed.ok && freeName && blocks[freeName]?.freeText) {
      // A condition, not attributes: `{% if visitor.claims.plan == "pro" %}`.
      parsed = {ok: true, tag: {name: freeName, attributes: {}}};
    }
    if (!parsed.ok) {
      problems.add(child, `Balise GitBook illisible {% ${child.value} %} : ${parsed.reason}.`);
    }
    const name = parsed.ok ? parsed.tag.name : parsed.name;
    if (name === undefined) {
      continue;
    }
    if (branchTags.has(name) && open.at(-1)?.name === 'if') {
      // Another branch of adaptive content: kept too (conditional.ts says so).
      continue;
    }
    const definition = blocks[name];
    if (definition) {
      // An unreadable opening still opens its block, so that its closing tag is not reported too.
      if (parsed.ok && !definition.freeText) warnUnknownAttributes(name, definition, parsed.tag, child, problems);
      const tag = parsed.ok ? parsed.tag : undefined;
      const selfClosing = parsed.ok && parsed.tag.selfClosing;
      if (selfClosing || (definition.endIsOptional && !isClosedLater(siblings, index, name, definition.end))) {
        // Written alone (`{% embed … %}`, or `{% … /%}`), as GitBook allows: a block without content.
        push(tag ? definition.build({tag, open: child, close: undefined, children: [], problems, file, locale}) : undefined);
        continue;
      }
      open.push({name, definition, tag, node: child, contentStart: rebuilt.length});
      continue;
    }
    const opener = closingTags.get(name);
    if (opener === undefined) {
      if (parsed.ok) {
        problems.add(child, unsupportedMessage(name));
      }
      continue;
    }
    if (parsed.ok && Object.keys(parsed.tag.attributes).length > 0) {
      problems.add(child, `{% ${name} %} ne prend pas d'attribut : écrivez simplement {% ${name} %}.`);
    }
    const depth = open.map((block) => block.name).lastIndexOf(opener);
    if (depth === -1) {
      problems.add(
        child,
        `{% ${name} %} ferme un bloc {% ${opener} %} qui n'a pas été ouvert à ce niveau : ajoutez {% ${opener} … %} avant son contenu ou supprimez cette ligne. Les deux balises doivent avoir la même indentation.`,
      );
      continue;
    }
    // Blocks opened after the one being closed were never closed themselves.
    for (const unclosed of open.splice(depth + 1)) {
      reportUnclosed(unclosed, problems);
    }
    const block = open.pop()!;
    const children = rebuilt.splice(block.contentStart);
    push(block.tag ? block.definition.build({tag: block.tag, open: block.node, close: child, children, problems, file, locale}) : undefined);
  }
  for (const unclosed of open) {
    reportUnclosed(unclosed, problems);
  }
  parent.children = rebuilt as Parent['children'];
}

function reportUnclosed(block: OpenBlock, problems: ContentProblems): void {
  problems.add(
    block.node,
    `Bloc {% ${block.name} %} ouvert ici mais jamais fermé : ajoutez {% ${block.definition.end} %} sur une ligne seule après son contenu, avec la même indentation.`,
  );
}

/** The name of a tag, read leniently (`endhint`, `hint`). */
const tagName = (tag: GitbookTag) => /^[a-z][a-z0-9-]*/i.exec(tag.value)?.[0]?.toLowerCase();

/**
 * Closing tags that end the last item of a list, but close a block opened outside the list: moved
 * after the list. GitBook writes them so when a block ends with a list, indented as the item's
 * text (`* texte` then `  {% endhint %}`), and CommonMark reads them as part of the item.
 */
function hoistClosingTagsOutOfLists(node: Parent): void {
  for (const child of node.children) {
    if ('children' in child) hoistClosingTagsOutOfLists(child as Parent);
  }
  const children = node.children as RootContent[];
  for (let index = 0; index < children.length; index += 1) {
    const list = children[index]!;
    if (list.type !== 'list') continue;
    const item = list.children.at(-1);
    if (!item) continue;
    const opened = new Set(item.children.flatMap((child) => (child.type === 'gitbookTag' ? (tagName(child) ?? []) : [])));
    const trailing: RootContent[] = [];
    while (item.children.length > 0) {
      const last = item.children.at(-1)!;
      const name = last.type === 'gitbookTag' ? tagName(last) : undefined;
      const opener = name ? closingTags.get(name) : undefined;
      if (!opener || opened.has(opener)) break;
      trailing.unshift(item.children.pop()!);
    }
    if (trailing.length > 0) children.splice(index + 1, 0, ...trailing);
  }
}

function transform(node: Parent, problems: ContentProblems, file: VFile, locale: string): void {
  for (const child of node.children) {
    if ('children' in child) {
      transform(child as Parent, problems, file, locale);
    }
  }
  pairBlocks(node, problems, file, locale);
}

/** A tab is only a tab inside tabs. */
function reportStrayTabs(tree: Root, problems: ContentProblems): void {
  visit(tree, (node, _index, parent) => {
    if (isComponent(node as RootContent, 'Tab') && !(parent?.type === 'mdxJsxFlowElement' && (parent as {name?: string}).name === 'Tabs')) {
      problems.add(node, 'Onglet {% tab %} hors d’un bloc {% tabs %} : entourez les onglets de {% tabs %} et {% endtabs %}.');
    }
  });
}

const misplacedTag =
  'Balise GitBook {% … %} mal placée : elle doit être seule sur sa ligne et se terminer par %}. Pour montrer la balise telle quelle, écrivez-la entre accents graves (`{% … %}`).';

/**
 * Records each `{%` left where the tag syntax did not apply: in text (a tag not alone on its line, or
 * not closed by `%}`), in a line of HTML and in image descriptions. Positions come from the source, so they are exact even inside lists and quotes.
 */
function reportLeftoverTags(tree: Root, file: VFile, problems: ContentProblems): void {
  const source = String(file.value);
  const place = location(file);
  const reported = new Set<number>();
  visit(tree, (node) => {
    if (node.type !== 'text' && node.type !== 'html' && node.type !== 'image') {
      return;
    }
    // `<pre>`, `<script>`, comments: what they hold is text, a tag there is an example.
    if (node.type === 'html' && rawHtml.test(node.value)) {
      return;
    }
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) {
      return;
    }
    const slice = source.slice(start, end);
    for (let index = slice.indexOf('{%'); index !== -1; index = slice.indexOf('{%', index + 2)) {
      const offset = start + index;
      if (reported.has(offset)) {
        continue;
      }
      reported.add(offset);
      // A tag line in an HTML block was split out of it by the syntax (syntax.ts): what is left here
      // shares its line with something else.
      problems.add(place.toPoint(offset), misplacedTag);
    }
  });
}

export interface GitbookBlocksOptions {
  /** The locale being built (labels written into the page, such as a file's size); French by default. */
  locale?: string;
}

const remarkGitbookBlocks: Plugin<[GitbookBlocksOptions?], Root> = function remarkGitbookBlocks(options = {}) {
  remarkGitbookTagSyntax.call(this);
  const locale = options.locale ?? 'fr';

  return (tree, file) => {
    const problems = new ContentProblems(file);
    hoistClosingTagsOutOfLists(tree);
    transform(tree, problems, file, locale);
    reportStrayTabs(tree, problems);
    reportLeftoverTags(tree, file, problems);
  };
};

export default remarkGitbookBlocks;
