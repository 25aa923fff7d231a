/**
 * How much of a GitBook space reaches its built pages, as a reader would see it: the share of the
 * distinct words of the export's text (page titles, descriptions, paragraphs, tables, code, image
 * descriptions, the text of its HTML; not its addresses nor GitBook's tags) found in the text of the
 * built pages (title, description, main content). And what the built pages would load from other
 * sites: there must be none, downloads failing or not.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {fromHtml} from 'hast-util-from-html';
import {select} from 'hast-util-select';
import type {Nodes as HastNodes} from 'hast';
import type {Nodes} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {SKIP, visit} from 'unist-util-visit';
import {outsideRequests} from '../../src/features/content-security/outside-requests';
import {builtHtmlFile} from '../../src/shared/html-file';
import {remarkGitbookTagSyntax} from '../../src/shared/markdown/gitbook-tag-syntax';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkGitbookTagSyntax);

/** Elements whose text stands apart from its neighbours' (a cell, a paragraph, a code block's title). */
const blockElements = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** A link GitBook shows by another text: a mention (the page's title), a broken reference, a file's name. */
const shownByAnotherText = (url: string, title: string | null | undefined, text: string) =>
  title === 'mention' || /broken-reference|\/broken\/pages\//.test(url) || /^[\p{L}\p{N}_.%-]+\.(?:md|png|jpe?g|gif|svg|pdf)$/iu.test(text.trim());

/**
 * An element GitBook does not show its readers as written: a hidden column of a table, an icon's
 * name (`:rocket:`), a variable (`space.vars.NAME`, shown by its value), a link shown by another text.
 */
const hiddenInGitbook = (node: HastNodes) =>
  node.type === 'element' &&
  (node.properties.dataHidden !== undefined ||
    (node.tagName === 'i' && String(node.properties.className ?? '').includes('fa-')) ||
    (node.tagName === 'code' && String(node.properties.className ?? '').includes('expression')) ||
    (node.tagName === 'a' &&
      (node.properties.dataMention !== undefined ||
        shownByAnotherText(String(node.properties.href ?? ''), undefined, node.children.map((child) => (child.type === 'text' ? child.value : '')).join('')))));

/** What a reader of an HTML tree reads: its text, blocks apart, and the descriptions of its images. */
function hastText(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (hiddenInGitbook(node)) return ' ';
  if (node.type === 'element' && node.tagName === 'img') return ` ${String(node.properties.alt ?? '')} `;
  const inside = node.children.map((child) => hastText(child as HastNodes)).join('');
  return node.type === 'element' && blockElements.has(node.tagName) ? ` ${inside} ` : inside;
}

/** Words as a reader counts them: letters and digits, in lower case; apostrophes and dashes split. */
export const wordsIn = (text: string): string[] =>
  text
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** The text a page of the export shows: what its Markdown and HTML say, not their syntax. */
export function exportPageText(source: string): string {
  const {data, content} = matter(source);
  const parts: string[] = [String(data.title ?? ''), String(data.description ?? '')];
  // Inside `{% content-ref %}`, GitBook shows the linked page's title, whatever the link's text.
  let inContentRef = false;
  visit(parser.parse(content), (node: Nodes) => {
    if (node.type === 'gitbookTag') inContentRef = /^\s*content-ref\b/.test(node.value) || (inContentRef && !/^\s*endcontent-ref\b/.test(node.value));
    if (
      node.type === 'link' &&
      (inContentRef || shownByAnotherText(node.url, node.title, node.children.map((child) => ('value' in child ? child.value : '')).join('')))
    )
      return SKIP;
    // The text of an HTML mention, `<a data-mention …>page.md</a>`: a file's name, shown as the page's title.
    if (node.type === 'text' && shownByAnotherText('', undefined, node.value)) return SKIP;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value);
    if (node.type === 'image') parts.push(node.alt ?? '');
    if (node.type === 'html') parts.push(hastText(fromHtml(node.value, {fragment: true})));
    return undefined;
  });
  // A GitBook tag written inside a line is syntax, as on its own line; `:rocket:` is an icon's name.
  // GitBook shows a variable (`space.vars.NAME`) by its value.
  return parts
    .join(' ')
    .replace(/\{%[\s\S]*?%\}/g, ' ')
    .replace(/:[a-z0-9-]+:/g, ' ')
    .replace(/\b(?:space|page)\.vars\.\w+/g, ' ');
}

/** The text of a built page that a reader sees: its title, description and main content. */
function builtPageText(html: string): string {
  const tree = fromHtml(html);
  const title = select('title', tree);
  const description = select('meta[name="description"]', tree)?.properties.content;
  const main = select('main', tree);
  return [title ? hastText(title) : '', typeof description === 'string' ? description : '', main ? hastText(main) : ''].join(' ');
}

export interface Fidelity {
  /** Distinct words of the export's text. */
  sourceWords: number;
  /** Share of them in the built pages, 0 to 1. */
  share: number;
  /** The words lost, most frequent in the export first. */
  lost: Array<{word: string; count: number}>;
}

/** A page of the export that the import published: its file in the export, its address in the build. */
export interface ImportedPage {
  source: string;
  route: string;
}

/**
 * The words of the export's published pages (those of SUMMARY.md: GitBook publishes no other),
 * against the words of their built pages. GitBook's own placeholders for what it cannot show
 * (« Broken link ») and the file names it shows as link text are among the words lost: the import
 * replaces them by the page's title or a plain text.
 */
export function measureFidelity(exportDir: string, buildDir: string, pages: ImportedPage[]): Fidelity {
  const counts = new Map<string, number>();
  for (const {source} of pages) {
    for (const word of wordsIn(exportPageText(readFileSync(path.join(exportDir, source), 'utf8')))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const built = new Set<string>();
  for (const {route} of pages) {
    const file = builtHtmlFile(buildDir, route.replace(/^\//, ''));
    if (file) for (const word of wordsIn(builtPageText(readFileSync(file, 'utf8')))) built.add(word);
  }
  const lost = [...counts].filter(([word]) => !built.has(word)).map(([word, count]) => ({word, count}));
  lost.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
  return {sourceWords: counts.size, share: counts.size === 0 ? 1 : 1 - lost.length / counts.size, lost};
}

/** Every element of the build's pages that would load from another site than the build's own. */
export function outsideRequestsOfBuild(buildDir: string): string[] {
  const files = readdirSync(buildDir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const index = readFileSync(path.join(buildDir, 'index.html'), 'utf8');
  const canonical = /<link[^>]+rel="?canonical"?[^>]+href="?([^"\s>]+)/.exec(index)?.[1];
  const origin = new URL(canonical ?? 'http://127.0.0.1:3000/').origin;
  return files.flatMap((file) =>
    outsideRequests(readFileSync(file, 'utf8'), origin).map(
      (request) => `${path.relative(buildDir, file)} <${request.element} ${request.attribute}> ${request.url}`,
    ),
  );
}
