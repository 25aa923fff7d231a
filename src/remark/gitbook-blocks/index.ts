/**
 * GitBook blocks: turns the `{% … %}` blocks of a GitBook export into the site's MDX components, and
 * records, with file and line, every GitBook tag it cannot render faithfully (the build then stops).
 *
 * Supported blocks are listed in `blocks` below: each names its closing tag and builds its node.
 */
import type {Parent, Root, RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {Plugin} from 'unified';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';
import {location} from 'vfile-location';
import {hintTypes} from '../../components/Hint/types';
import {ContentProblems} from '../../content-errors';
import {gitbookTagFromMarkdown, gitbookTagSyntax, type GitbookTag} from './syntax';
import {parseTag, type ParsedTag} from './tag';

export type {GitbookTag} from './syntax';

interface BlockContext {
  tag: ParsedTag;
  open: GitbookTag;
  close: GitbookTag;
  children: RootContent[];
  problems: ContentProblems;
}

interface BlockDefinition {
  /** Name of the tag that closes the block, e.g. `endhint`. */
  end: string;
  /** Builds the node that replaces the block, or records why it cannot. */
  build(context: BlockContext): RootContent | undefined;
}

const quotedStyles = hintTypes.map((name) => `"${name}"`).join(', ');

const blocks: Record<string, BlockDefinition> = {
  hint: {
    end: 'endhint',
    build({tag, open, close, children, problems}) {
      const {style, ...others} = tag.attributes;
      let valid = true;
      for (const name of Object.keys(others)) {
        problems.add(open, `Attribut « ${name} » inconnu pour {% hint %} : seul style="…" est accepté. Supprimez-le.`);
        valid = false;
      }
      if (style === undefined) {
        problems.add(
          open,
          `Encadré {% hint %} sans style : écrivez par exemple {% hint style="info" %} (styles possibles : ${hintTypes.join(', ')}).`,
        );
        return undefined;
      }
      const normalized = style.trim().toLowerCase();
      if (!(hintTypes as readonly string[]).includes(normalized)) {
        problems.add(open, `Style d'encadré « ${style} » inconnu : utilisez l'un de ${quotedStyles}.`);
        return undefined;
      }
      if (children.length === 0) {
        problems.add(open, 'Encadré {% hint %} vide : écrivez son texte entre {% hint %} et {% endhint %}, ou supprimez-le.');
        return undefined;
      }
      if (!valid) {
        return undefined;
      }
      const hint: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Hint',
        attributes: [{type: 'mdxJsxAttribute', name: 'type', value: normalized}],
        children: children as MdxJsxFlowElement['children'],
        position: open.position && close.position && {start: open.position.start, end: close.position.end},
      };
      return hint;
    },
  },
};

const closingTags = new Map(Object.entries(blocks).map(([name, block]) => [block.end, name]));

/** How to replace the GitBook tags the site does not render (yet), in the contributor's words. */
const replacements: Record<string, string> = {
  embed: 'remplacez-la par un lien Markdown, [titre](adresse)',
  'content-ref': 'remplacez le bloc par un lien vers la page, [titre](./page.md)',
  tabs: 'remplacez les onglets par des sections à titres (### Titre de l’onglet)',
  tab: 'remplacez l’onglet par une section à titre (### Titre de l’onglet)',
  code: 'remplacez le bloc par un bloc de code Markdown (``` suivi du langage)',
  file: 'remplacez-la par un lien vers le fichier, [nom du fichier](./fichier.pdf)',
  swagger: 'décrivez l’API en Markdown (titres, tableaux, blocs de code)',
  'api-method': 'décrivez l’API en Markdown (titres, tableaux, blocs de code)',
  include: 'recopiez le contenu inclus dans la page',
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

/** Pairs the opening and closing tags found among one parent's children. */
function pairBlocks(parent: Parent, problems: ContentProblems): void {
  const rebuilt: RootContent[] = [];
  const open: OpenBlock[] = [];

  for (const child of parent.children as RootContent[]) {
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
      const tag = parsed.ok ? parsed.tag : undefined;
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
      ? block.definition.build({tag: block.tag, open: block.node, close: child, children, problems})
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

function transform(node: Parent, problems: ContentProblems): void {
  for (const child of node.children) {
    if ('children' in child) {
      transform(child as Parent, problems);
    }
  }
  pairBlocks(node, problems);
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

const remarkGitbookBlocks: Plugin<[], Root> = function remarkGitbookBlocks() {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gitbookTagSyntax());
  (data.fromMarkdownExtensions ??= []).push(gitbookTagFromMarkdown());

  return (tree, file) => {
    const problems = new ContentProblems(file);
    transform(tree, problems);
    reportLeftoverTags(tree, file, problems);
  };
};

export default remarkGitbookBlocks;
