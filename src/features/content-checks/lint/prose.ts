/**
 * The prose of a page, as the spelling and grammar checks read it: one line per paragraph, heading,
 * table cell or front matter text (title, description, sidebar label), built from the Markdown tree,
 * with the source offset of every character so that a finding points at the right line and column.
 *
 * What is not prose never reaches the checks: code, URLs, HTML and JSX attributes, GitBook tags and
 * their attributes, heading ids `{#…}`, front matter keys. Inline elements that are not prose (inline
 * code, a component, a bare URL) become a placeholder: the sentence around them stays a sentence for
 * the grammar checker, and the spelling check skips it.
 */
import type {Nodes, Paragraph, Root, RootContent} from 'mdast';
import type {MdxJsxAttribute, MdxJsxExpressionAttribute} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';

export interface ProseLine {
  text: string;
  /** Source offset of each UTF-16 unit of `text`. */
  offsets: number[];
  /** False for the units of a placeholder, which the spelling check skips. */
  checked: boolean[];
}

/**
 * Stands for an inline element that is not prose. A short proper noun unknown to both checkers:
 * Grammalecte reads it as a name (no agreement or typography rule fires on it), whatever the
 * sentence, and a noun keeps « écrivez <Contact /> » or « le `npm test` » grammatical.
 */
export const placeholder = 'Xq';

/** Front matter fields whose values readers see: their text is prose. */
export const proseFrontMatterKeys = ['title', 'description', 'sidebar_label'] as const;

/** How far a decoded character may be from the previous one in the source (escapes, entities, `> `). */
const maxSkip = 16;

/**
 * Source offsets of each UTF-16 unit of `value`, the decoded text of the source between `start` and
 * `end`. Decoding removes escapes (`\*`), entities (`&amp;`) and container markers (`> ` of a quote):
 * each character is looked for a little further in the source, and a character that decoding made
 * up (an entity's result) points at the previous one.
 */
export function alignText(value: string, source: string, start: number, end: number): number[] {
  if (source.slice(start, end) === value) {
    return Array.from({length: value.length}, (_, index) => start + index);
  }
  const offsets: number[] = [];
  let cursor = start;
  for (let index = 0; index < value.length; index += 1) {
    const found = source.indexOf(value[index]!, cursor);
    if (found !== -1 && found < end && found - cursor <= maxSkip) {
      offsets.push(found);
      cursor = found + 1;
    } else {
      offsets.push(Math.max(start, Math.min(cursor, end - 1)));
    }
  }
  return offsets;
}

class LineBuilder {
  text = '';
  offsets: number[] = [];
  checked: boolean[] = [];

  add(text: string, offsets: readonly number[], checked: boolean): void {
    this.text += text;
    this.offsets.push(...offsets);
    for (let index = 0; index < text.length; index += 1) this.checked.push(checked);
  }

  addPlaceholder(offset: number): void {
    this.add(
      placeholder,
      Array.from({length: placeholder.length}, () => offset),
      false,
    );
  }

  /** The line, on one line (soft line breaks and tabs become spaces), without outer spaces. */
  build(): ProseLine | undefined {
    const text = this.text.replace(/[\n\r\t\u2028\u2029]/g, ' ');
    const first = text.search(/\S/);
    if (first === -1) {
      return undefined;
    }
    const last = text.length - (text.length - text.trimEnd().length);
    return {
      text: text.slice(first, last),
      offsets: this.offsets.slice(first, last),
      checked: this.checked.slice(first, last),
    };
  }
}

const startOf = (node: Nodes): number | undefined => node.position?.start.offset;
const endOf = (node: Nodes): number | undefined => node.position?.end.offset;

/** A JSX element marked as written in another language (`<span lang="en">`): not French prose. */
function isForeignLanguage(node: {attributes: Array<MdxJsxAttribute | MdxJsxExpressionAttribute>}): boolean {
  return node.attributes.some(
    (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'lang' && typeof attribute.value === 'string' && !/^fr\b/i.test(attribute.value),
  );
}

/** A link whose text is its address (an autolink, a pasted URL): an address, not prose. */
function isBareUrl(url: string, text: string): boolean {
  const bare = text.trim();
  return bare === url || `mailto:${bare}` === url || `http://${bare}` === url || /^(?:https?:\/\/|www\.)\S+$/i.test(bare);
}

/** GitBook tags left in a paragraph (reported by the GitBook check): not prose. */
const inlineGitbookTag = /\{%.*?%\}/g;

function addText(value: string, start: number, end: number, source: string, line: LineBuilder): void {
  const offsets = alignText(value, source, start, end);
  let cursor = 0;
  for (const match of value.matchAll(inlineGitbookTag)) {
    line.add(value.slice(cursor, match.index), offsets.slice(cursor, match.index), true);
    line.addPlaceholder(offsets[match.index] ?? start);
    cursor = match.index + match[0].length;
  }
  line.add(value.slice(cursor), offsets.slice(cursor), true);
}

function addPhrasing(node: Nodes, source: string, line: LineBuilder): void {
  const start = startOf(node);
  const end = endOf(node);
  if (start === undefined || end === undefined) {
    // Made up by a plugin, not in the source: nothing to point at.
    return;
  }
  switch (node.type) {
    case 'text':
      addText(node.value, start, end, source, line);
      return;
    case 'break':
      // Several hard breaks in a row (`\` lines, GitBook's blank lines) read as one space.
      if (!/\s$/.test(line.text)) line.add(' ', [start], true);
      return;
    case 'inlineCode':
    case 'html':
    case 'footnoteReference':
      line.addPlaceholder(start);
      return;
    case 'mdxTextExpression':
      // `{/* #id */}` after an MDX heading, or any comment: nothing is shown.
      if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) line.addPlaceholder(start);
      return;
    case 'image':
    case 'imageReference':
      if (node.alt) addText(node.alt, start, end, source, line);
      return;
    case 'link':
      if (isBareUrl(node.url, toString(node))) {
        line.addPlaceholder(start);
        return;
      }
      break;
    case 'mdxJsxTextElement':
      if (node.children.length === 0 || isForeignLanguage(node)) {
        line.addPlaceholder(start);
        return;
      }
      break;
    case 'textDirective':
      // Docusaurus prints a text directive it does not know as it was written (`10:30`, `a:b`).
      line.add(
        source.slice(start, end),
        Array.from({length: end - start}, (_, index) => start + index),
        true,
      );
      return;
    default:
      break;
  }
  if ('children' in node) {
    for (const child of node.children) addPhrasing(child as Nodes, source, line);
  } else if ('value' in node) {
    line.addPlaceholder(start);
  }
}

/** Heading ids written after a Markdown heading, `## Titre {#id}`: an address, not prose. */
const headingId = /\s*\{#[^}\s]*\}\s*$/;

function phrasingLine(node: Nodes & {children: unknown[]}, source: string): ProseLine | undefined {
  const line = new LineBuilder();
  for (const child of node.children) addPhrasing(child as Nodes, source, line);
  const built = line.build();
  if (built && node.type === 'heading') {
    const id = headingId.exec(built.text);
    if (id) {
      built.text = built.text.slice(0, id.index);
      built.offsets.length = id.index;
      built.checked.length = id.index;
    }
  }
  return built && built.text.trim() !== '' ? built : undefined;
}

/** Block nodes holding no prose: code, raw HTML, MDX code, GitBook tags, front matter, rules. */
const notProse = new Set(['code', 'html', 'yaml', 'toml', 'math', 'definition', 'thematicBreak', 'mdxjsEsm', 'mdxFlowExpression', 'gitbookTag']);

/** A paragraph made of JSX elements with text, separated by spaces or line breaks only. */
function isRowOfElements(node: Paragraph): boolean {
  const elements = node.children.filter((child) => child.type === 'mdxJsxTextElement');
  return (
    elements.length > 1 &&
    elements.every((element) => element.children.length > 0) &&
    node.children.every((child) => child.type === 'mdxJsxTextElement' || (child.type === 'text' && child.value.trim() === ''))
  );
}

/** The prose lines of a page's body, in the order of the page. */
export function bodyProseLines(tree: Root, source: string): ProseLine[] {
  const lines: ProseLine[] = [];
  const visitBlock = (node: Root | RootContent) => {
    if (notProse.has(node.type)) {
      return;
    }
    if (node.type === 'paragraph' && isRowOfElements(node)) {
      // `<>Non rival</>` then `<>Partagée</>` on the next line: cells of a component, not a sentence.
      for (const child of node.children) {
        if (child.type !== 'text') visitBlock({type: 'paragraph', children: [child], position: child.position});
      }
      return;
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'leafDirective') {
      const line = phrasingLine(node, source);
      if (line) lines.push(line);
      return;
    }
    if (node.type === 'mdxJsxFlowElement' && isForeignLanguage(node)) {
      return;
    }
    if ('children' in node) {
      for (const child of node.children) visitBlock(child as RootContent);
    }
  };
  visitBlock(tree);
  return lines;
}

/**
 * The prose lines of the front matter: the values of {@link proseFrontMatterKeys}, located in the
 * YAML block of the tree (`yaml` node), each from its key to the end of the block.
 */
export function frontMatterProseLines(tree: Root, source: string, frontMatter: Record<string, unknown>): ProseLine[] {
  const yaml = tree.children.find((node) => node.type === 'yaml');
  const yamlStart = yaml && startOf(yaml);
  const yamlEnd = yaml && endOf(yaml);
  if (yamlStart === undefined || yamlEnd === undefined) {
    return [];
  }
  const lines: ProseLine[] = [];
  for (const key of proseFrontMatterKeys) {
    const value = frontMatter[key];
    if (typeof value !== 'string' || value.trim() === '') {
      continue;
    }
    // The key at the start of a line of the block (the YAML text, not Markdown).
    const keyMatch = new RegExp(`^${key}[ \\t]*:`, 'm').exec(source.slice(yamlStart, yamlEnd));
    if (!keyMatch) {
      continue;
    }
    const valueStart = yamlStart + keyMatch.index + keyMatch[0].length;
    const line = new LineBuilder();
    line.add(value, alignText(value, source, valueStart, yamlEnd), true);
    const built = line.build();
    if (built) lines.push(built);
  }
  return lines;
}
