/**
 * A page's description as readers see it (search engines, link previews, the site map): plain,
 * readable text, never a GitBook tag, Markdown syntax or HTML. Written in the front matter, it is
 * read as the inline Markdown it may contain (`**important**`, `` `code` ``, a link) and given as
 * its text; missing, it is taken from the page's first real paragraph: one with words of its own,
 * not a block's links (`{% content-ref %}`, `{% embed %}`), an image, a component or an import.
 * Used by the build (src/shared/front-matter/plain-description.ts) and the GitBook importer.
 */
import type {Nodes, Paragraph, Root} from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {EXIT, SKIP, visit} from 'unist-util-visit';
import {remarkGitbookTagSyntax} from './gitbook-tag-syntax';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkGitbookTagSyntax);

/** GitBook blocks whose paragraphs are links or captions, never the page's opening words. */
const blocksWithoutProse = new Set(['content-ref', 'embed', 'file', 'swagger', 'openapi', 'code', 'include', 'page-ref']);

/** A GitBook tag written inside a line, `{% … %}`: its text is no prose either. */
const inlineTag = /\{%[\s\S]*?%\}/g;

/** The words a reader sees in a node: text and code, links by their text; no image, no HTML. */
function wordsOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference' || node.type === 'footnoteReference') return '';
  if (node.type === 'break') return ' ';
  return 'children' in node ? (node.children as Nodes[]).map(wordsOf).join('') : '';
}

const tidy = (text: string) => text.replace(inlineTag, ' ').replace(/\s+/g, ' ').trim();

/** Words of their own, beside the links: a paragraph of links only is a list of pages, not prose. */
function ownWords(paragraph: Paragraph): string {
  return tidy(paragraph.children.map((child) => (child.type === 'link' || child.type === 'linkReference' ? '' : wordsOf(child))).join(''));
}

/** A real paragraph: a sentence's worth of words (20 characters, three words), not code brought in by MDX. */
const isProse = (text: string) => text.length >= 20 && text.split(' ').length >= 3 && /\p{L}/u.test(text) && !/^(?:import|export)\s/.test(text);

/** Cut at a sentence (at least 50 characters), else at a word, with « … », to `maxLength`. */
export function shortenDescription(text: string, maxLength = 160): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const sentence = /^.*[.!?](?=\s)/.exec(cut)?.[0];
  return sentence && sentence.length >= 50 ? sentence : `${cut.replace(/\s+\S*$/, '').replace(/[\s,;:–—-]+$/, '')}…`;
}

/** A description written in the front matter, as plain text: its Markdown read, its tags and HTML taken out. */
export function plainDescription(written: string): string {
  // Most descriptions are plain already: the hook reads every page's, several times a build.
  if (!/[`*_[\]<>{}\\!#&|~]/.test(written)) return written.replace(/\s+/g, ' ').trim();
  const tree = parser.parse(written.replace(/\s+/g, ' ').trim());
  return tidy(wordsOf(tree as Nodes));
}

/**
 * The text of a page's first real paragraph, shortened to `maxLength`; undefined when the page has
 * none (only headings, blocks, images, tables): a person then writes one.
 */
export function descriptionFromContent(content: string, maxLength = 160): string | undefined {
  const tree: Root = parser.parse(content);
  const open: string[] = [];
  let found: string | undefined;
  visit(tree, (node) => {
    if (node.type === 'gitbookTag') {
      const name = /^\s*(end)?([\w-]+)/.exec(node.value);
      const at = name?.[1] ? open.lastIndexOf(name[2]!) : -1;
      if (at !== -1) open.splice(at, 1);
      else if (!name?.[1] && name?.[2] && name[2] !== 'else') open.push(name[2]);
      return undefined;
    }
    if (node.type === 'table' || node.type === 'code' || node.type === 'html' || node.type === 'heading') return SKIP;
    if (node.type !== 'paragraph' || open.some((block) => blocksWithoutProse.has(block))) return undefined;
    const own = ownWords(node);
    if (!isProse(own)) return SKIP;
    found = tidy(wordsOf(node));
    return EXIT;
  });
  return found === undefined ? undefined : shortenDescription(found, maxLength);
}
