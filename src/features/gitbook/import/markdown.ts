/**
 * Markdown as the site reads it (CommonMark, GFM, directives, GitBook tag lines), with positions:
 * the importer edits a page by locating nodes in this tree and changing only their source text.
 */
import type {Root} from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {remarkGitbookTagSyntax} from '../../../shared/markdown/gitbook-tag-syntax';
import {applySplices, type Splice} from '../../../shared/text-splices';

// A page's body (its front matter is read apart, by gray-matter), as the build parses a `.md` page.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkGitbookTagSyntax);

export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

/** The tree without positions: two texts with the same shape render the same. */
export function shapeOf(text: string): string {
  return JSON.stringify(parseMarkdown(text), (key, value: unknown) => (key === 'position' ? undefined : value));
}

/** A replacement of `source.slice(start, end)`, located from a node of the tree. */
export type Edit = Splice;

/** Applies non-overlapping edits; the later of two overlapping edits is dropped. */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  return applySplices(source, edits, {overlap: 'drop-later'});
}

/** Offsets of a node in the text it was parsed from. */
export function offsetsOf(node: {position?: {start: {offset?: number}; end: {offset?: number}}}): [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}
