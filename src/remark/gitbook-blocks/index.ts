/**
 * GitBook blocks: turns the `{% … %}` blocks of a GitBook export into the site's MDX components, and
 * stops the build, with file and line, on any GitBook tag it cannot render faithfully.
 *
 * Supported blocks are listed in `blocks` below: each names its closing tag and builds its node.
 */
import type {Parent, Root, RootContent, Text} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {Plugin} from 'unified';
import {visit} from 'unist-util-visit';
import {ContentProblems} from '../../content-errors';
import {gitbookTagFromMarkdown, gitbookTagSyntax, type GitbookTag} from './syntax';
import {parseTag, type ParsedTag} from './tag';

export type {GitbookTag} from './syntax';

/** GitBook hint styles, in the order the error messages list them. */
export const hintStyles = ['info', 'warning', 'danger', 'success'] as const;
export type HintStyle = (typeof hintStyles)[number];

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
  /** Builds the node that replaces the block, or reports why it cannot. */
  build(context: BlockContext): RootContent | undefined;
}

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
          `Encadré {% hint %} sans style : écrivez par exemple {% hint style="info" %} (styles possibles : ${hintStyles.join(', ')}).`,
        );
        return undefined;
      }
      const normalized = style.trim().toLowerCase();
      if (!(hintStyles as readonly string[]).includes(normalized)) {
        problems.add(
          open,
          `Style d'encadré « ${style} » inconnu : utilisez l'un de ${hintStyles.map((name) => `"${name}"`).join(', ')}.`,
        );
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
        position: open.position &&
          close.position && {start: open.position.start, end: close.position.end},
      };
      return hint;
    },
  },
};

const closingTags = new Map(Object.entries(blocks).map(([name, block]) => [block.end, name]));

interface OpenBlock {
  name: string;
  definition: BlockDefinition;
  tag: ParsedTag;
  node: GitbookTag;
  /** Index, in the rebuilt children, where the block's content starts. */
  contentStart: number;
}

function describeSupportedTags(): string {
  return Object.entries(blocks)
    .map(([name, block]) => `{% ${name} %} … {% ${block.end} %}`)
    .join(', ');
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
      continue;
    }
    const {tag} = parsed;
    const definition = blocks[tag.name];
    if (definition) {
      open.push({name: tag.name, definition, tag, node: child, contentStart: rebuilt.length});
      continue;
    }
    const opener = closingTags.get(tag.name);
    if (opener === undefined) {
      problems.add(
        child,
        `Balise GitBook {% ${tag.name} %} non prise en charge par le site. Remplacez-la par du Markdown ou supprimez-la (balises prises en charge : ${describeSupportedTags()}).`,
      );
      continue;
    }
    const depth = open.map((block) => block.name).lastIndexOf(opener);
    if (depth === -1) {
      problems.add(
        child,
        `{% ${tag.name} %} ferme un bloc {% ${opener} %} qui n'a pas été ouvert à ce niveau : ajoutez {% ${opener} … %} avant son contenu ou supprimez cette ligne. Les deux balises doivent avoir la même indentation.`,
      );
      continue;
    }
    // Blocks opened after the one being closed were never closed themselves.
    for (const unclosed of open.splice(depth + 1)) {
      reportUnclosed(unclosed, problems);
    }
    const block = open.pop()!;
    const children = rebuilt.splice(block.contentStart);
    const replacement = block.definition.build({
      tag: block.tag,
      open: block.node,
      close: child,
      children,
      problems,
    });
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

/** Reports `{%` left inside text: a tag that is not alone on its line, or not closed by `%}`. */
function reportInlineTags(tree: Root, problems: ContentProblems): void {
  visit(tree, 'text', (node: Text) => {
    const index = node.value.indexOf('{%');
    if (index === -1) {
      return;
    }
    const before = node.value.slice(0, index);
    const lines = before.split('\n');
    const start = node.position?.start;
    const place = start && {
      line: start.line + lines.length - 1,
      column: lines.length === 1 ? start.column + index : lines.at(-1)!.length + 1,
    };
    problems.add(
      place,
      'Balise GitBook {% … %} mal placée : elle doit être seule sur sa ligne et se terminer par %}. Pour montrer la balise telle quelle, écrivez-la entre accents graves (`{% … %}`).',
    );
  });
}

const remarkGitbookBlocks: Plugin<[], Root> = function remarkGitbookBlocks() {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gitbookTagSyntax());
  (data.fromMarkdownExtensions ??= []).push(gitbookTagFromMarkdown());

  return (tree, file) => {
    const problems = new ContentProblems(file);
    transform(tree, problems);
    reportInlineTags(tree, problems);
    problems.throwIfAny();
  };
};

export default remarkGitbookBlocks;
