/**
 * A block of HTML in a page, parsed once with hast (html.ts). What GitBook's HTML converter
 * (src/features/gitbook/remark/html/convert.ts, the build's) turns into plain Markdown (figures,
 * pictures, aligned images and paragraphs, tables of one-line cells, code) is written as Markdown,
 * its addresses rewritten: what a contributor edits next. Card tables, tables with lists in their
 * cells, `<details>`… stay HTML, which the build converts or renders as it is; their addresses are
 * rewritten in the tree (html-rewrite.ts). GitBook's layout wrapper over several blocks goes.
 */
import type {Root as HastRoot} from 'hast';
import {toMdast} from 'hast-util-to-mdast';
import type {Html, Image, Link, Node, Parent, Root, RootContent} from 'mdast';
import {gfmToMarkdown} from 'mdast-util-gfm';
import {toMarkdown} from 'mdast-util-to-markdown';
import {visit} from 'unist-util-visit';
import {figureToMdast, preToCode, tableToMdast} from '../remark/html/convert';
import {attributeOf, elementsOf, HtmlFragment, isEndTag, openedElement} from './html';
import {addressingFor} from './html-inline';
import {rewriteHtml} from './html-rewrite';
import {offsetsOf} from './markdown';
import {count, type PageWork} from './page-types';
import {imageLabel, imageLabels, imageWithoutAlt} from './problems';
import {resolveImage, resolveLink} from './resolve';

export function blockHtmlEdit(node: Html, index: number | undefined, parent: Parent | undefined, work: PageWork): void {
  const offsets = offsetsOf(node);
  if (!offsets) return;
  const fragment = new HtmlFragment(node.value);
  if (parent && index !== undefined && layoutWrapperEdit(fragment, offsets, index, parent, work)) return;
  const markdown = plainMarkdownOf(fragment.tree);
  if (markdown) markdownBlockEdit(node, offsets, markdown, work);
  else keptBlockEdit(node, offsets, fragment, work);
}

const layoutAttributes = new Set(['align', 'dataFullWidth', 'dataWithFrame']);

/**
 * GitBook's layout wrapper written over several lines (`<div data-full-width="true">`, a blank
 * line, the image, a blank line, `</div>`): the wrapper goes, what it holds stays.
 */
function layoutWrapperEdit(fragment: HtmlFragment, offsets: [number, number], index: number, parent: Parent, work: PageWork): boolean {
  const div = openedElement(fragment);
  const wrapper =
    div?.tagName === 'div' &&
    div.children.length === 0 &&
    !div.data?.position?.closing &&
    Object.keys(div.properties).every((name) => layoutAttributes.has(name));
  if (!wrapper) return false;
  const siblings = parent.children as Node[];
  const close = siblings.findIndex((sibling, at) => at > index && sibling.type === 'html' && isEndTag((sibling as Html).value, 'div'));
  const closeOffsets = close === -1 ? undefined : offsetsOf(siblings[close]!);
  if (!closeOffsets) return false;
  work.edits.push({start: offsets[0], end: offsets[1], text: ''}, {start: closeOffsets[0], end: closeOffsets[1], text: ''});
  count(work.counts, 'blocs de mise en page GitBook retirés');
  return true;
}

/**
 * The block as plain Markdown (paragraphs, a table, code), when the build's converter makes that of
 * it (htmlBlockToMdast, read from the tree already parsed); undefined for what stays HTML.
 */
function plainMarkdownOf(tree: HastRoot): RootContent[] | undefined {
  const blocks = elementsOf(tree.children);
  const only = blocks.length === 1 ? blocks[0]! : undefined;
  if (only?.tagName === 'table') {
    // A card table becomes the site's cards, and a table of lists an HTML table: both stay HTML here.
    const table = attributeOf(only, 'dataView') === 'cards' ? undefined : tableToMdast(only);
    return table?.type === 'table' ? [table] : undefined;
  }
  if (only?.tagName === 'pre') return [preToCode(only)];
  const figures = figureToMdast(tree);
  if (figures) return figures;
  // `<p align="center">Texte</p>`: a paragraph; the alignment is GitBook's layout.
  if (only?.tagName === 'p' && tree.children.every((child) => child.type !== 'text' || child.value.trim() === '')) {
    const [paragraph] = (toMdast({type: 'root', children: [only]}) as Root).children;
    return paragraph?.type === 'paragraph' && paragraph.children.length > 0 ? [paragraph] : undefined;
  }
  return undefined;
}

/** The block's images and links to their new addresses; those of other sites not downloaded become links. */
function resolveBlock(root: Root, node: Html, work: PageWork): void {
  visit(root, (child, at, parent) => {
    if (!parent || at === undefined) return undefined;
    if (child.type === 'link') {
      const link = child as Link;
      const target = resolveLink(link.url, work, node);
      if (target !== 'gone') link.url = target.url;
      else {
        parent.children.splice(at, 1, ...link.children);
        return at;
      }
    }
    if (child.type !== 'image') return undefined;
    const image = child as Image;
    const target = resolveImage(image.url, work, node, 'link');
    if (target === 'gone') {
      // An image GitBook had lost: nothing to show.
      parent.children.splice(at, 1);
      return at;
    }
    if (target === 'failed') {
      const link: Link = {type: 'link', url: image.url, title: null, children: [{type: 'text', value: image.alt?.trim() || imageLabel(image.url)}]};
      parent.children.splice(at, 1, link);
      return at + 1;
    }
    image.url = target.url;
    if (!image.alt?.trim() && !image.data?.decorative) work.report(node, imageWithoutAlt(imageLabel(image.url), 'markdown'));
    image.alt = work.context.analysis.typeset(image.alt ?? '');
    return undefined;
  });
}

/** A block the converter makes plain Markdown of: written as Markdown, indented as the block was. */
function markdownBlockEdit(node: Html, offsets: [number, number], converted: RootContent[], work: PageWork): void {
  const root: Root = {type: 'root', children: converted};
  resolveBlock(root, node, work);
  // Paragraphs left empty by a lost image go too.
  root.children = root.children.filter((child) => child.type !== 'paragraph' || child.children.length > 0);
  const indent = ' '.repeat(Math.max(0, (node.position?.start.column ?? 1) - 1));
  const markdown = toMarkdown(root, {extensions: [gfmToMarkdown()], bullet: '*', emphasis: '_', rule: '*'}).trimEnd();
  work.edits.push({
    start: offsets[0],
    end: offsets[1],
    text: markdown
      .split('\n')
      .map((line, at) => (at === 0 || line === '' ? line : indent + line))
      .join('\n'),
  });
  const images = converted.filter((child) => child.type === 'paragraph' && child.children.some((phrasing) => phrasing.type === 'image')).length;
  if (images > 0) count(work.counts, 'images HTML devenues Markdown', images);
  if (converted.some((child) => child.type === 'table')) count(work.counts, 'tableaux HTML devenus Markdown');
}

/** The tags a page may hold that the site renders as they are, or converts. */
const knownTags = new Set(
  'table thead tbody tr th td a p strong em code br ul ol li img figure figcaption picture source div span details summary mark kbd sup sub abbr i b u h2 h3 h4 pre select option hr blockquote'.split(
    ' ',
  ),
);

/** A block kept as HTML (the build converts it, or renders it as it is): its addresses rewritten in place. */
function keptBlockEdit(node: Html, offsets: [number, number], fragment: HtmlFragment, work: PageWork): void {
  rewriteHtml(fragment, addressingFor(work, node));
  const elements = fragment.allElements;
  const images = elements.filter((element) => element.tagName === 'img');
  const labels = imageLabels(images.map((img) => attributeOf(img, 'src')));
  images.forEach((img, rank) => {
    if (!(attributeOf(img, 'alt') ?? '').trim() && attributeOf(img, 'dataSize') !== 'line') work.report(node, imageWithoutAlt(labels[rank]!, 'html'));
  });
  if (fragment.changed) work.edits.push({start: offsets[0], end: offsets[1], text: fragment.toString()});
  const unusual = [...new Set(elements.map((element) => element.tagName))].filter((tag) => !knownTags.has(tag));
  if (unusual.length > 0) work.report(node, `HTML conservé tel quel (<${unusual.join('>, <')}>) : vérifiez son rendu, ou réécrivez-le en Markdown.`);
  if (fragment.elements.some((element) => element.tagName === 'table' && attributeOf(element, 'dataView') === 'cards'))
    count(work.counts, 'tableaux de cartes (rendus en cartes à la construction)');
}
