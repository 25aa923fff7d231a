/**
 * HTML inside a paragraph, a heading or a table cell, where Markdown gives each tag as a node of
 * its own (`<a href="…">`, the words, `</a>`). Each tag is parsed with hast (html.ts):
 * - `<p>`/`</p>` in a cell of a Markdown table go (the cell's text is enough);
 * - an icon, `<i class="fa-…">:icon:</i>`, goes: its words say it already;
 * - an expression, `<code class="expression">space.vars.NAME</code>`, becomes the variable's value;
 * - a link of one text (`<a href="x.md">x.md</a>`, a mention, a button) becomes a Markdown link,
 *   named after the page it leads to when GitBook named it after a file;
 * - any other tag has its addresses rewritten (html-rewrite.ts); what would load another site
 *   becomes a Markdown link to it.
 */
import type {Element} from 'hast';
import type {Html, Node, Parent, Text} from 'mdast';
import {escapeMarkdown, fileNameOf, isExternal, writeDestination} from './addresses';
import {isIconStart} from './headings';
import {attributeOf, hasClass, HtmlFragment, isEndTag, openedElement} from './html';
import {rewriteHtml, type HtmlAddressing} from './html-rewrite';
import {offsetsOf} from './markdown';
import {count, type PageWork} from './page-types';
import {imageLabel, imageWithoutAlt, variableWithoutValue} from './problems';
import {resolveImage, resolveLink} from './resolve';

/** The addresses of an HTML node, resolved for the page, their problems reported at the node. */
export function addressingFor(work: PageWork, node: Node): HtmlAddressing {
  return {
    link: (url) => resolveLink(url, work, node),
    image: (url) => resolveImage(url, work, node),
    report: (problem) => work.report(node, problem),
  };
}

/** The index of the first sibling after `index` that ends a `tagName` element. */
function endTagAfter(siblings: Node[], index: number, tagName: string): number {
  return siblings.findIndex((sibling, at) => at > index && sibling.type === 'html' && isEndTag((sibling as Html).value, tagName));
}

export function inlineHtmlEdit(node: Html, index: number, parent: Parent, work: PageWork): void {
  const offsets = offsetsOf(node);
  if (!offsets) return;
  const siblings = parent.children as Node[];
  const fragment = new HtmlFragment(node.value);
  const element = openedElement(fragment);
  const closesParagraph = isEndTag(node.value, 'p');
  if (parent.type === 'tableCell' && (closesParagraph || element?.tagName === 'p')) {
    // `<p>…</p>` in a cell of a Markdown table (GitBook writes them): the cell's text is enough.
    work.edits.push({start: offsets[0], end: offsets[1], text: closesParagraph && index < siblings.length - 1 ? ' ' : ''});
    return;
  }
  if (isIconStart(node.value)) return iconEdit(offsets, endTagAfter(siblings, index, 'i'), siblings, work);
  if (element?.tagName === 'code' && hasClass(element, (name) => name === 'expression')) return expressionEdit(node, offsets, index, siblings, work);
  const words = siblings[index + 1];
  const closing = siblings[index + 2];
  if (element?.tagName === 'a' && words?.type === 'text' && closing?.type === 'html' && isEndTag((closing as Html).value, 'a')) {
    if (htmlLinkEdit(element, node, offsets[0], words as Text, closing as Html, work)) return;
  }
  rewriteInlineTag(node, fragment, element, offsets, element ? endTagAfter(siblings, index, element.tagName) : -1, siblings, work);
}

/** An icon: `<i class="fa-github">:github:</i>`, three nodes; one space goes with it. */
function iconEdit(offsets: [number, number], close: number, siblings: Node[], work: PageWork): void {
  const end = close === -1 ? undefined : offsetsOf(siblings[close]!)?.[1];
  if (end === undefined) return;
  const {body} = work;
  // The space after it (`### <i>…</i> Titre`), else the one before.
  const after = body[end] === ' ';
  const before = !after && body[offsets[0] - 1] === ' ' && /[.,;:!?)]/.test(body[end] ?? '');
  work.edits.push({start: before ? offsets[0] - 1 : offsets[0], end: after ? end + 1 : end, text: ''});
  count(work.counts, 'icônes retirées');
}

/** An expression, `<code class="expression">space.vars.NAME</code>`: the variable's value. */
function expressionEdit(node: Html, offsets: [number, number], index: number, siblings: Node[], work: PageWork): void {
  const close = endTagAfter(siblings, index, 'code');
  const closeOffsets = close === -1 ? undefined : offsetsOf(siblings[close]!);
  if (!closeOffsets) return;
  const expression = work.body.slice(offsets[1], closeOffsets[0]).trim();
  const value = work.context.links.variable?.(expression);
  if (value !== undefined) {
    work.edits.push({start: offsets[0], end: closeOffsets[1], text: escapeMarkdown(value)});
    count(work.counts, 'variables GitBook remplacées par leur valeur');
  } else {
    work.edits.push({start: offsets[0], end: closeOffsets[1], text: `\`${expression}\``});
    work.report(node, variableWithoutValue(expression));
  }
}

/**
 * A link of one text: a Markdown link, named after the page it leads to when GitBook named it after
 * a file; the words alone when it led nowhere. False when it has no address to write.
 */
function htmlLinkEdit(anchor: Element, node: Html, start: number, words: Text, closing: Html, work: PageWork): boolean {
  const href = attributeOf(anchor, 'href');
  const end = offsetsOf(closing)?.[1];
  if (href === undefined || end === undefined) return false;
  const text = words.value.trim();
  const target = resolveLink(href, work, node);
  const title = target !== 'gone' && !isExternal(href) && (/\.md(#.*)?$/i.test(text) || text === fileNameOf(href) || text === href) ? target.title : undefined;
  const shown = escapeMarkdown(title ?? text);
  // As for Markdown links: a title ending on « ? » ends the sentence.
  const stop = title && /[?!…]$/.test(title) && work.body[end] === '.' && work.body[end + 1] !== '.' ? 1 : 0;
  work.edits.push({start, end: end + stop, text: target !== 'gone' && target.url ? `[${shown}](${writeDestination(target.url)})` : shown});
  count(work.counts, 'liens HTML devenus Markdown');
  return true;
}

/**
 * Any other tag: its addresses rewritten. A tag that the rewrite took out (a link to nowhere, an
 * image GitBook had lost) goes with its end tag; what became a link is written as a Markdown link.
 */
function rewriteInlineTag(
  node: Html,
  fragment: HtmlFragment,
  element: Element | undefined,
  offsets: [number, number],
  close: number,
  siblings: Node[],
  work: PageWork,
): void {
  rewriteHtml(fragment, addressingFor(work, node));
  for (const img of fragment.allElements.filter((candidate) => candidate.tagName === 'img')) {
    if (!(attributeOf(img, 'alt') ?? '').trim() && attributeOf(img, 'dataSize') !== 'line')
      work.report(node, imageWithoutAlt(imageLabel(attributeOf(img, 'src')), 'html'));
  }
  if (!fragment.changed) return;
  const [only, ...others] = fragment.tree.children;
  const madeLink = only?.type === 'element' && only.tagName === 'a' && !only.position && others.length === 0;
  const href = madeLink ? attributeOf(only, 'href') : undefined;
  const text =
    madeLink && href
      ? `[${escapeMarkdown(only.children.map((child) => (child.type === 'text' ? child.value : '')).join(''))}](${writeDestination(href)})`
      : fragment.toString();
  work.edits.push({start: offsets[0], end: offsets[1], text});
  // The element it opened is no longer there: its end tag goes too.
  const closeOffsets = close === -1 ? undefined : offsetsOf(siblings[close]!);
  if (element && !fragment.tree.children.includes(element) && closeOffsets) work.edits.push({start: closeOffsets[0], end: closeOffsets[1], text: ''});
}
