/**
 * What a converted page's text gets last, each checked against the parsed tree so that the page
 * means what it meant: backslash escapes that change nothing go, the prose gets French typography
 * (as the build would print it), list markers get one space, and the export's stray whitespace goes.
 */
import type {ListItem, Root} from 'mdast';
import {visit, SKIP} from 'unist-util-visit';
import {applyFrenchTypography, typesetMarkdownSource} from '../../french-typography/public';
import {applyEdits, offsetsOf, parseMarkdown, shapeOf} from './markdown';
import type {Typeset} from './page-types';

/** Backslash escapes that change nothing (`\(`, `\)`, `\_` inside a word…): removed one by one, each checked. */
export function removeNeedlessEscapes(text: string): {text: string; removed: number} {
  const tree = parseMarkdown(text);
  const candidates: number[] = [];
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'gitbookTag') return SKIP;
    if (node.type !== 'text') return undefined;
    const offsets = offsetsOf(node);
    if (!offsets) return undefined;
    for (let index = offsets[0]; index < offsets[1] - 1; index += 1) {
      if (text[index] === '\\' && /[!-/:-@[-`{-~]/.test(text[index + 1]!)) {
        candidates.push(index);
        index += 1;
      }
    }
    return undefined;
  });
  if (candidates.length === 0) return {text, removed: 0};
  const reference = shapeOf(text);
  const without = (source: string, offsets: number[]) =>
    applyEdits(
      source,
      offsets.map((offset) => ({start: offset, end: offset + 1, text: ''})),
    );
  const all = without(text, candidates);
  if (shapeOf(all) === reference) return {text: all, removed: candidates.length};
  // Some escapes matter (`\#` at a line start, `\|` in a table…): keep those, from the end so
  // that the offsets of the earlier ones stay right.
  let current = text;
  let removed = 0;
  for (const offset of [...candidates].reverse()) {
    const next = without(current, [offset]);
    if (shapeOf(next) === reference) {
      current = next;
      removed += 1;
    }
  }
  return {text: current, removed};
}

/** French typography on the prose of the page, as `npm run lint:content -- --fix` writes it (src/features/french-typography/source.ts). */
export function typesetProse(text: string, typesetText: Typeset = applyFrenchTypography): {text: string; changed: number} {
  return typesetMarkdownSource(text, parseMarkdown, typesetText);
}

/**
 * List items written `*   texte` or `1.  texte`, as GitBook writes an item of several blocks: one
 * space after the marker, as the guide's style asks (markdownlint MD030), and the item's other lines
 * moved left as much, so that what they hold stays in the item. Outer lists first, one level a turn.
 */
export function tidyListMarkers(text: string): {text: string; changed: number} {
  let changed = 0;
  let current = text;
  for (let turn = 0; turn < 10; turn += 1) {
    const tree = parseMarkdown(current);
    const lines = current.split('\n');
    const edits: Array<{line: number; column: number; remove: number}> = [];
    visit(tree, (node) => {
      if (node.type === 'blockquote') return SKIP;
      if (node.type !== 'listItem') return undefined;
      const item = node as ListItem;
      const first = item.children[0];
      const start = item.position?.start;
      const end = item.position?.end;
      if (!first?.position || !start || !end || first.position.start.line !== start.line) return undefined;
      const line = lines[start.line - 1]!;
      const marker = /^([*+-]|\d{1,9}[.)])( {2,4})(?=\S)/.exec(line.slice(start.column - 1));
      if (!marker) return undefined;
      const extra = marker[2]!.length - 1;
      const contentColumn = start.column - 1 + marker[1]!.length + marker[2]!.length;
      edits.push({line: start.line, column: start.column - 1 + marker[1]!.length, remove: extra});
      for (let next = start.line + 1; next <= end.line; next += 1) {
        const indent = /^ */.exec(lines[next - 1]!)![0].length;
        if (indent >= contentColumn) edits.push({line: next, column: 0, remove: extra});
      }
      // Its own lists wait for the next turn, read again with the new indentation.
      return SKIP;
    });
    if (edits.length === 0) break;
    for (const edit of edits) {
      const line = lines[edit.line - 1]!;
      lines[edit.line - 1] = line.slice(0, edit.column) + line.slice(edit.column + edit.remove);
    }
    changed += edits.filter((edit) => edit.column > 0).length;
    current = lines.join('\n');
  }
  return {text: current, changed};
}

/**
 * Whitespace left by the export and by the removals: a single trailing space (two or more make a
 * line break, kept), blank lines in a row. Never inside code or HTML blocks.
 */
export function tidyWhitespace(text: string, tree: Root = parseMarkdown(text)): string {
  const verbatim = new Set<number>();
  visit(tree, (node) => {
    if ((node.type === 'code' || node.type === 'html') && node.position) {
      for (let line = node.position.start.line; line <= node.position.end.line; line += 1) verbatim.add(line);
    }
  });
  const lines = text.split('\n');
  const result: string[] = [];
  lines.forEach((line, index) => {
    if (verbatim.has(index + 1)) {
      result.push(line);
      return;
    }
    // GitBook marks trailing spaces as `&#x20;`: gone at a line's end or before a space, a space elsewhere.
    const unmarked = line.replace(/&#x20;(?=\s|$)/gi, '').replace(/&#x20;/gi, ' ');
    const tidy = /^\s*$/.test(unmarked) ? '' : / {2,}$/.test(unmarked) ? unmarked : unmarked.replace(/[ \t]$/, '');
    if (tidy === '' && result.at(-1) === '' && !verbatim.has(index)) return;
    result.push(tidy);
  });
  return result.join('\n');
}
