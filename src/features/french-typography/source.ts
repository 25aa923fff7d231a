/**
 * French typography written into a page's source, for those who want the file itself right: the
 * rules the build applies to the published page (remark/index.ts), applied to the text of the
 * Markdown (`npm run lint:content -- --fix`, the GitBook importer). Only text written exactly as it
 * reads is touched, never code, HTML, URLs, GitBook tags, nor a text with an escape or an entity;
 * everything else in the file stays byte for byte. Applying it twice changes nothing.
 */
import type {Link, Parent, Root, Text} from 'mdast';
import {SKIP, visit} from 'unist-util-visit';
import {applyFrenchTypography} from './remark';

/** Front matter fields the build sets in French typography (docusaurus.config.ts, frenchFrontMatter). */
export const typesetFrontMatterFields = ['title', 'description', 'sidebar_label'] as const;

interface Edit {
  start: number;
  end: number;
  text: string;
}

function applyEdits(source: string, edits: readonly Edit[]): string {
  let result = '';
  let cursor = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    result += source.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return result + source.slice(cursor);
}

/**
 * The source with French typography on its prose. `parse` reads it as the build does (with
 * positions); nodes of type `code`, `inlineCode`, `html`, `gitbookTag` and MDX are left as written.
 */
export function typesetMarkdownSource(
  text: string,
  parse: (text: string) => Root,
  typesetText: (text: string) => string = applyFrenchTypography,
): {text: string; changed: number} {
  const edits: Edit[] = [];
  visit(parse(text), (node, _index, parent: Parent | undefined) => {
    if (['code', 'inlineCode', 'html', 'gitbookTag', 'yaml', 'toml'].includes(node.type) || node.type.startsWith('mdx')) return SKIP;
    if (node.type !== 'text') return undefined;
    const {value} = node as Text;
    // A bare address (GFM autolink: `www.x.fr`, `https://…`, an e-mail) is its own link's target.
    if (parent?.type === 'link' && [value, `http://${value}`, `https://${value}`, `mailto:${value}`].includes((parent as Link).url)) return undefined;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    // Only text written exactly as it reads (no escape or entity inside) is rewritten in place.
    if (start === undefined || end === undefined || text.slice(start, end) !== value) return undefined;
    const typeset = typesetText(value);
    if (typeset !== value) edits.push({start, end, text: typeset});
    return undefined;
  });
  return {text: applyEdits(text, edits), changed: edits.length};
}

/**
 * The front matter's title, description and menu label in French typography, line by line: a value
 * on one line, plain or between quotes without escapes; any other line is left as written.
 */
export function typesetFrontMatterSource(text: string, typesetText: (text: string) => string = applyFrenchTypography): {text: string; changed: number} {
  const block = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))/.exec(text);
  if (!block) return {text, changed: 0};
  let changed = 0;
  const field = new RegExp(`^((?:${typesetFrontMatterFields.join('|')})[ \\t]*:[ \\t]*)(?:"([^"\\\\]*)"|'([^']*)'|([^"'\\s#][^#]*?))([ \\t]*)$`);
  const lines = block[2]!.split(/(\r?\n)/).map((line) => {
    const match = field.exec(line);
    if (!match) return line;
    const [, key, doubleQuoted, singleQuoted, plain, trailing] = match;
    const value = doubleQuoted ?? singleQuoted ?? plain!;
    const typeset = typesetText(value);
    // A plain value that would now need quotes (« : » in it) keeps its meaning between double quotes.
    if (typeset === value || (plain !== undefined && typeset.includes('"'))) return line;
    changed += 1;
    if (doubleQuoted !== undefined) return `${key}"${typeset}"${trailing}`;
    if (singleQuoted !== undefined) return `${key}'${typeset.replace(/'/g, "''")}'${trailing}`;
    return /[:#]\s|^[[{>|*&!%@`-]/.test(typeset) ? `${key}"${typeset}"${trailing}` : `${key}${typeset}${trailing}`;
  });
  return {text: `${block[1]}${lines.join('')}${block[3]}${text.slice(block[0].length)}`, changed};
}
