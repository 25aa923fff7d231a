/**
 * GitBook's HTML, as its Markdown export writes it, in the site's terms (convert.ts): card tables,
 * tables, figures and pictures become Markdown and components, whose links and images Docusaurus
 * then resolves, bundles and checks like any other. Inline, in a paragraph, a heading or a cell:
 * - `<a href>…</a>` (GitBook's buttons and mentions too) → a Markdown link;
 * - `<img>` and `<picture>` → an image; `<br>` → a line break;
 * - `<i class="fa-…">:icon:</i>` (an icon) → nothing: its words say it already;
 * - a heading's anchor `<a href="#id" id="id"></a>` → the heading's id, so that links to it hold.
 * - `<pre class="language-…">` → a code block (convert.ts);
 * `<details>`, `<summary>`, `<mark>` (without its colours), `<kbd>`, `<sup>`, `<sub>` stay: HTML
 * that means the same on the site (Docusaurus renders it).
 */
import type {Heading, Html, Image, Nodes, Parent, PhrasingContent, Root, RootContent} from 'mdast';
import type {Plugin} from 'unified';
import {SKIP, visit} from 'unist-util-visit';
import {attributeOf, decorative, elementsOf, htmlBlockToMdast, parseHtml} from './convert';

const openingTag = (value: string, name: string) => new RegExp(`^<${name}(\\s[^>]*)?>$`, 'i').test(value.trim());
const closingTag = (value: string, name: string) => new RegExp(`^</${name}\\s*>$`, 'i').test(value.trim());

/** The element an inline HTML node opens or is: `<a href="x">` → its attributes. */
function singleElement(value: string) {
  return elementsOf(parseHtml(value).children)[0];
}

/** `<img>` or `<picture>…<img>…</picture>` written inline → an image. */
function inlineImage(html: string): Image | undefined {
  const element = singleElement(html);
  const img =
    element?.tagName === 'img' ? element : element?.tagName === 'picture' ? elementsOf(element.children).find((child) => child.tagName === 'img') : undefined;
  const url = img && attributeOf(img, 'src');
  if (!img || !url) return undefined;
  const image: Image = {type: 'image', url, alt: (attributeOf(img, 'alt') ?? '').trim(), title: null};
  return !image.alt && attributeOf(img, 'dataSize') === 'line' ? decorative(image) : image;
}

/** Converts the inline HTML of one parent's phrasing children: links, images, icons, breaks. */
function convertInline(parent: Parent): void {
  const nodes = parent.children as PhrasingContent[];
  const result: PhrasingContent[] = [];
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes[index]!;
    if (node.type !== 'html') {
      result.push(node);
      continue;
    }
    const value = node.value;
    const pairEnd = (name: string) => nodes.findIndex((candidate, at) => at > index && candidate.type === 'html' && closingTag(candidate.value, name));
    if (openingTag(value, 'mark')) {
      // The mark stays, without GitBook's colours (`color:orange`, `$primary`): the site's own
      // mark colours hold the contrast in both themes.
      result.push({...node, value: '<mark>'});
      continue;
    }
    if (/^<br\s*\/?>$/i.test(value.trim())) {
      result.push({type: 'break'});
      continue;
    }
    if (openingTag(value, 'i') && /class=["'][^"']*\bfa-/.test(value)) {
      const end = pairEnd('i');
      if (end !== -1) {
        // One space, not two, where the icon stood between words.
        const before = result.at(-1);
        const after = nodes[end + 1];
        if (before?.type === 'text' && after?.type === 'text' && /\s$/.test(before.value) && /^\s/.test(after.value)) before.value = before.value.trimEnd();
        index = end;
        continue;
      }
    }
    if (openingTag(value, 'picture')) {
      const end = pairEnd('picture');
      const inside = end === -1 ? [] : nodes.slice(index + 1, end).filter((candidate): candidate is Html => candidate.type === 'html');
      const image = inside.map((candidate) => inlineImage(candidate.value)).find(Boolean);
      if (image) {
        result.push(image);
        index = end;
        continue;
      }
    }
    if (/^<img\s/i.test(value.trim())) {
      const image = inlineImage(value);
      if (image) {
        result.push(image);
        continue;
      }
    }
    if (openingTag(value, 'a')) {
      const element = singleElement(`${value}</a>`);
      const href = element && attributeOf(element, 'href');
      const end = pairEnd('a');
      if (href && end !== -1) {
        const content = nodes.slice(index + 1, end);
        result.push({type: 'link', url: href, title: null, children: content as never, position: node.position});
        index = end;
        continue;
      }
    }
    result.push(node);
  }
  parent.children = result as Parent['children'];
}

/** A heading's GitBook anchor, `<a href="#id" id="id"></a>` at its end: removed, its id kept as the heading's. */
function headingAnchor(heading: Heading): void {
  const nodes = heading.children;
  let end = nodes.length;
  // The inline parser gives `<a href="#id" id="id">` and `</a>` as two nodes.
  if (nodes[end - 1]?.type === 'html' && closingTag((nodes[end - 1] as Html).value, 'a')) end -= 1;
  const opening = nodes[end - 1];
  if (opening?.type !== 'html' || !openingTag(opening.value, 'a')) return;
  const element = singleElement(`${opening.value}</a>`);
  const id = element && attributeOf(element, 'id');
  if (!id) return;
  nodes.splice(end - 1);
  const last = nodes.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  // Docusaurus keeps an id that a plugin set before its own (@docusaurus/mdx-loader, headings).
  const data = (heading.data ??= {}) as {hProperties?: Record<string, unknown>};
  data.hProperties = {...data.hProperties, id};
}

const remarkGitbookHtml: Plugin<[], Root> = function remarkGitbookHtml() {
  return (tree) => {
    // Headings first: their anchor is an id, not a link.
    visit(tree, 'heading', headingAnchor);
    visit(tree, (node: Nodes, index, parent) => {
      if (node.type === 'html' && parent && index !== undefined && parent.type !== 'paragraph' && parent.type !== 'heading' && parent.type !== 'tableCell') {
        const replacement = htmlBlockToMdast(node.value);
        if (!replacement) return undefined;
        (parent.children as RootContent[]).splice(index, 1, ...replacement);
        return [SKIP, index + replacement.length];
      }
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
        if (node.children.some((child) => child.type === 'html')) convertInline(node as Parent);
      }
      return undefined;
    });
  };
};

export default remarkGitbookHtml;
