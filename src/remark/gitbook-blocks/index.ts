/**
 * GitBook blocks: turns the `{% … %}` blocks of a GitBook export into the site's MDX components, and
 * records, with file and line, every GitBook tag it cannot render faithfully (the build then stops).
 *
 * Supported blocks are listed in `blocks` below, one file each in blocks/: each names its closing
 * tag and its attributes, and builds its node.
 */
import type {Parent, Root, RootContent} from 'mdast';
import type {Plugin} from 'unified';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';
import {location} from 'vfile-location';
import {ContentProblems} from '../../content-errors';
import {code} from './blocks/code';
import {contentRef} from './blocks/content-ref';
import {embed} from './blocks/embed';
import {file} from './blocks/file';
import {hint} from './blocks/hint';
import {isTab, tab, tabs} from './blocks/tabs';
import type {BlockDefinition} from './blocks/types';
import {remarkGitbookTagSyntax, type GitbookTag} from './syntax';
import {parseTag, type ParsedTag} from './tag';

export type {GitbookTag} from './syntax';

const blocks: Record<string, BlockDefinition> = {
  hint,
  tabs,
  tab,
  embed,
  'content-ref': contentRef,
  code,
  file,
};

const closingTags = new Map(Object.entries(blocks).map(([name, block]) => [block.end, name]));

/** How to replace the GitBook tags the site does not render, in the contributor's words. */
const replacements: Record<string, string> = {
  swagger: 'décrivez l’API en Markdown (titres, tableaux, blocs de code)',
  'api-method': 'décrivez l’API en Markdown (titres, tableaux, blocs de code)',
  openapi: 'décrivez l’API en Markdown (titres, tableaux, blocs de code)',
  include: 'recopiez le contenu inclus dans la page',
  'page-ref': 'remplacez-la par un lien vers la page, [titre](./page.md)',
  video: 'remplacez-la par un lien vers la vidéo, [titre](adresse)',
  youtube: 'remplacez-la par un lien vers la vidéo, [titre](adresse)',
};

function unsupportedMessage(name: string): string {
  const base = name.startsWith('end') && name.length > 3 ? name.slice(3) : name;
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

/** Checks a tag's attributes against those its block accepts. */
function reportUnknownAttributes(name: string, definition: BlockDefinition, tag: ParsedTag, node: GitbookTag, problems: ContentProblems): boolean {
  const unknown = Object.keys(tag.attributes).filter((key) => !definition.attributes.includes(key));
  for (const key of unknown) {
    const accepted = definition.attributes.length > 0 ? definition.attributes.map((item) => `${item}="…"`).join(', ') : 'aucun';
    problems.add(node, `Attribut « ${key} » inconnu pour {% ${name} %} (attributs acceptés : ${accepted}). Supprimez-le.`);
  }
  return unknown.length === 0;
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
  const siblings = parent.children as RootContent[];

  for (const [index, child] of siblings.entries()) {
    if (child.type !== 'gitbookTag') {
      rebuilt.push(child);
      continue;
    }
    const parsed = parseTag(child.value);
    if (!parsed.ok) {
      problems.add(child, `Balise GitBook illisible {% ${child.value} %} : ${parsed.reason}.`);
    }
    const name = parsed.ok ? parsed.tag.name : parsed.name;
    if (name === undefined) {
      continue;
    }
    const definition = blocks[name];
    if (definition) {
      // An unreadable opening still opens its block, so that its closing tag is not reported too.
      const tag = parsed.ok && reportUnknownAttributes(name, definition, parsed.tag, child, problems) ? parsed.tag : undefined;
      if (definition.endIsOptional && !isClosedLater(siblings, index, name, definition.end)) {
        // Written alone, as GitBook allows for this tag: a block without content.
        const built = tag ? definition.build({tag, open: child, close: undefined, children: [], problems, file, locale}) : undefined;
        if (built) rebuilt.push(built);
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
    const replacement = block.tag
      ? block.definition.build({tag: block.tag, open: block.node, close: child, children, problems, file, locale})
      : undefined;
    if (replacement) {
      rebuilt.push(replacement);
    }
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
    if (isTab(node as RootContent) && !(parent?.type === 'mdxJsxFlowElement' && (parent as {name?: string}).name === 'Tabs')) {
      problems.add(node, 'Onglet {% tab %} hors d’un bloc {% tabs %} : entourez les onglets de {% tabs %} et {% endtabs %}.');
    }
  });
}

const misplacedTag =
  'Balise GitBook {% … %} mal placée : elle doit être seule sur sa ligne et se terminer par %}. Pour montrer la balise telle quelle, écrivez-la entre accents graves (`{% … %}`).';
const tagInHtml =
  'Balise GitBook {% … %} collée à du HTML : le bloc HTML l’a avalée. Laissez une ligne vide entre le HTML et la balise.';

/**
 * Records each `{%` left where the tag syntax did not apply: in text (a tag not alone on its line, or
 * not closed by `%}`), in raw HTML (which swallows the lines up to the next blank line) and in image
 * descriptions. Positions come from the source, so they are exact even inside lists and quotes.
 */
function reportLeftoverTags(tree: Root, file: VFile, problems: ContentProblems): void {
  const source = String(file.value);
  const place = location(file);
  const reported = new Set<number>();
  visit(tree, (node) => {
    if (node.type !== 'text' && node.type !== 'html' && node.type !== 'image') {
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
      const lineEnd = slice.indexOf('\n', index);
      const line = slice.slice(slice.lastIndexOf('\n', index) + 1, lineEnd === -1 ? undefined : lineEnd).trim();
      const aloneOnLine = /^\{%.*%\}$/.test(line);
      problems.add(place.toPoint(offset), node.type === 'html' && aloneOnLine ? tagInHtml : misplacedTag);
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
    transform(tree, problems, file, locale);
    reportStrayTabs(tree, problems);
    reportLeftoverTags(tree, file, problems);
  };
};

export default remarkGitbookBlocks;
