/**
 * GitBook's HTML → Markdown trees (mdast) and the site's components, where that is faithful. Pure:
 * shared by the build's plugin (index.ts, which checks what it makes like any Markdown) and the
 * GitBook importer. The conversion of cells and paragraphs is hast-util-to-mdast's (kept by the
 * syntax-tree project, the authors of remark); what GitBook means by its attributes is read here:
 * - `<table data-view="cards">` → `<LinkCards>`: one card per row, its columns read by their
 *   `data-card-*` attributes (never by position: exports carry stale hidden columns);
 * - other tables → a Markdown table when every cell is a line of text, else an HTML table with its
 *   header cells marked `scope`; hidden columns (`data-hidden`) and GitBook's layout attributes go;
 * - `<pre class="language-…">` (a code block with highlighted lines) → a fenced code block;
 * - `<figure>`, `<picture>`, `<img>`, and the `<div>`/`<p>` that align them → an image, its
 *   caption below; the caption is the image's description when it has none; `<picture>` keeps its
 *   light source, the one shown on paper and to most readers.
 */
import type {Element, ElementContent, Root as HastRoot, RootContent as HastContent} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {toMdast} from 'hast-util-to-mdast';
import {toString as hastToString} from 'hast-util-to-string';
import type {BlockContent, Code, Image, Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement} from 'mdast-util-mdx-jsx';

export function parseHtml(html: string): HastRoot {
  return fromHtml(html, {fragment: true});
}

const isElement = (node: HastContent | ElementContent | undefined): node is Element => node?.type === 'element';

/** The elements among `nodes`, whitespace and comments left out. */
export function elementsOf(nodes: readonly (HastContent | ElementContent)[]): Element[] {
  return nodes.filter(isElement);
}

export function attributeOf(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

const hasAttribute = (element: Element, name: string) => element.properties[name] !== undefined && element.properties[name] !== false;

function children(element: Element, tagName: string): Element[] {
  return elementsOf(element.children).filter((child) => child.tagName === tagName);
}

function descendants(element: Element, tagName: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Element) => {
    for (const child of elementsOf(node.children)) {
      if (child.tagName === tagName) found.push(child);
      walk(child);
    }
  };
  walk(element);
  return found;
}

/** Text of an element as a reader would say it: spaces collapsed. */
const textOf = (element: Element | undefined) => (element ? hastToString(element).replace(/\s+/g, ' ').trim() : '');

/** hast content → mdast flow content, by hast-util-to-mdast. */
function toFlow(nodes: ElementContent[]): RootContent[] {
  const converted = toMdast({type: 'root', children: nodes}) as {children: RootContent[]};
  return converted.children;
}

const phrasingTypes = new Set(['text', 'strong', 'emphasis', 'delete', 'link', 'inlineCode', 'image', 'break', 'html']);

/** hast content → one line of mdast phrasing content (paragraphs joined, as a table cell holds). */
function toPhrasing(nodes: ElementContent[]): PhrasingContent[] {
  const flow = toFlow(nodes);
  const phrasing: PhrasingContent[] = [];
  for (const node of flow) {
    // Inline content alone comes back as it is; several paragraphs, each in its own.
    if (node.type === 'paragraph') {
      if (phrasing.length > 0) phrasing.push({type: 'text', value: ' '});
      phrasing.push(...node.children);
    } else if (phrasingTypes.has(node.type)) {
      phrasing.push(node as unknown as PhrasingContent);
    }
  }
  return phrasing;
}

export function jsx(name: string, attributes: Record<string, string | undefined>, content: RootContent[]): MdxJsxFlowElement {
  const written: MdxJsxAttribute[] = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ({type: 'mdxJsxAttribute', name: key, value}));
  return {type: 'mdxJsxFlowElement', name, attributes: written, children: content as MdxJsxFlowElement['children']};
}

/** An image that only decorates (a card's cover, an icon beside its words): described by what surrounds it. */
export function decorative(image: Image): Image {
  image.data = {...image.data, decorative: true} as Image['data'];
  return image;
}

declare module 'mdast' {
  interface ImageData {
    /** Decorative: its empty description is meant (src/features/content-checks/remark/image-alt accepts it). */
    decorative?: boolean;
  }
}

// ——— Images ————————————————————————————————————————————————————————————————

/** The light source of a `<picture>`: its `<img>`; the dark `<source>` is left out. */
function pictureImage(picture: Element): Element | undefined {
  return children(picture, 'img')[0] ?? descendants(picture, 'img')[0];
}

/** `<img>` → an mdast image; the caption describes it when it has no description of its own. */
function imageOf(img: Element, caption: string): Image | undefined {
  const url = attributeOf(img, 'src');
  if (!url) return undefined;
  const alt = (attributeOf(img, 'alt') ?? '').trim() || caption;
  const title = attributeOf(img, 'title');
  const image: Image = {type: 'image', url, alt, title: title ?? null};
  // GitBook's icon-sized images (`data-size="line"`) without description sit beside their words.
  return !alt && attributeOf(img, 'dataSize') === 'line' ? decorative(image) : image;
}

/** The wrappers GitBook puts around an image for its layout: alignment, full width, frame. */
function unwrapLayout(element: Element): Element {
  if ((element.tagName === 'div' || element.tagName === 'p') && elementsOf(element.children).length === 1) {
    const [only] = elementsOf(element.children);
    const text = element.children.some((child) => child.type === 'text' && child.value.trim() !== '');
    if (!text && only && ['figure', 'img', 'picture'].includes(only.tagName)) return unwrapLayout(only);
  }
  return element;
}

/**
 * A block that is only images and their captions (`<figure>`, `<picture>`, `<img>`, aligned or
 * not): the images, one paragraph each, then the caption. Undefined for anything else.
 */
export function figureToMdast(fragment: HastRoot): RootContent[] | undefined {
  const blocks = elementsOf(fragment.children).map(unwrapLayout);
  if (blocks.length === 0 || fragment.children.some((child) => child.type === 'text' && child.value.trim() !== '')) return undefined;
  const result: RootContent[] = [];
  for (const block of blocks) {
    let img: Element | undefined;
    let caption = '';
    if (block.tagName === 'figure') {
      const allowed = elementsOf(block.children).every((child) => ['img', 'picture', 'figcaption'].includes(child.tagName));
      if (!allowed) return undefined;
      const picture = children(block, 'picture')[0];
      img = picture ? pictureImage(picture) : children(block, 'img')[0];
      caption = textOf(children(block, 'figcaption')[0]);
    } else if (block.tagName === 'picture') {
      img = pictureImage(block);
    } else if (block.tagName === 'img') {
      img = block;
    } else {
      return undefined;
    }
    const image = img && imageOf(img, caption);
    if (!image) return undefined;
    result.push({type: 'paragraph', children: [image]});
    // Shown under the image, as on GitBook, as a paragraph of its own: emphasised alone, it would
    // read as a fake heading; the image's description already says it to screen readers.
    if (caption) result.push({type: 'paragraph', children: [{type: 'text', value: caption}]});
  }
  return result;
}

// ——— Cards ———————————————————————————————————————————————————————————————————

interface Column {
  hidden: boolean;
  target: boolean;
  cover: boolean;
}

function columnsOf(table: Element): Column[] {
  const head = children(table, 'thead')[0];
  const row = head ? children(head, 'tr')[0] : undefined;
  return (row ? children(row, 'th') : []).map((cell) => ({
    hidden: hasAttribute(cell, 'dataHidden'),
    target: hasAttribute(cell, 'dataCardTarget'),
    // The dark cover (`data-card-cover-dark`) is left out, as `<picture>`'s dark source.
    cover: hasAttribute(cell, 'dataCardCover'),
  }));
}

function bodyRows(table: Element): Element[] {
  const bodies = children(table, 'tbody');
  return (bodies.length > 0 ? bodies : [table]).flatMap((body) => children(body, 'tr'));
}

/** The first address a cell links to: `<a href>` (GitBook's target and cover cells) or `<img src>`. */
function cellAddress(cell: Element | undefined): string | undefined {
  if (!cell) return undefined;
  const link = descendants(cell, 'a')[0] ?? (cell.tagName === 'a' ? cell : undefined);
  return (link && attributeOf(link, 'href')) ?? (descendants(cell, 'img')[0] && attributeOf(descendants(cell, 'img')[0]!, 'src'));
}

/**
 * `<table data-view="cards">` → `<LinkCards>` of `<LinkCard>`: each card's first visible cell is
 * its title, a link to the card's target; the other visible cells follow; the cover image, which
 * only decorates, comes first. A card without a target is a card without a link.
 */
export function cardsToMdast(table: Element): MdxJsxFlowElement {
  const columns = columnsOf(table);
  const cards = bodyRows(table).map((row) => {
    const cells = children(row, 'td');
    const target = cellAddress(cells[columns.findIndex((column) => column.target)]);
    const cover = cellAddress(cells[columns.findIndex((column) => column.cover)]);
    const visible = cells.filter((_cell, index) => !columns[index]?.hidden && !columns[index]?.target && !columns[index]?.cover);
    const content: RootContent[] = [];
    if (cover) content.push({type: 'paragraph', children: [decorative({type: 'image', url: cover, alt: ''})]});
    visible.forEach((cell, index) => {
      const phrasing = toPhrasing(cell.children);
      if (phrasing.length === 0) return;
      const first = content.every((node) => node.type === 'paragraph' && node.children[0]?.type === 'image');
      if (first && index >= 0 && target) {
        // The title, as the card's link: its words, without the emphasis GitBook gives them.
        const words = phrasing.flatMap((node) => (node.type === 'strong' || node.type === 'emphasis' ? node.children : [node]));
        content.push({type: 'paragraph', children: [{type: 'link', url: target, children: words as never}]});
      } else {
        content.push({type: 'paragraph', children: phrasing});
      }
    });
    return jsx('LinkCard', {}, content);
  });
  return jsx('LinkCards', {}, cards);
}

// ——— Tables ——————————————————————————————————————————————————————————————————

const blockTags = new Set(['ul', 'ol', 'table', 'pre', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'details', 'div', 'hr']);

/** A cell that a Markdown table can hold: one line of text, no list, no block. */
function isSimpleCell(cell: Element): boolean {
  if (hasAttribute(cell, 'colSpan') && Number(attributeOf(cell, 'colSpan')) > 1) return false;
  if (hasAttribute(cell, 'rowSpan') && Number(attributeOf(cell, 'rowSpan')) > 1) return false;
  const walk = (element: Element): boolean => elementsOf(element.children).every((child) => !blockTags.has(child.tagName) && walk(child));
  return walk(cell) && children(cell, 'p').length <= 1;
}

function rowCells(row: Element): Element[] {
  return elementsOf(row.children).filter((cell) => cell.tagName === 'td' || cell.tagName === 'th');
}

/**
 * A GitBook table → a Markdown table, or an HTML table when a cell holds more than a line. Hidden
 * columns are left out; a table whose header GitBook hides (`data-header-hidden`) has no header.
 */
export function tableToMdast(table: Element): Table | MdxJsxFlowElement {
  const columns = columnsOf(table);
  const keep = (cells: Element[]) => cells.filter((_cell, index) => !columns[index]?.hidden);
  const head = children(table, 'thead')[0];
  const headerHidden = hasAttribute(table, 'dataHeaderHidden');
  const headRow = head && !headerHidden ? children(head, 'tr')[0] : undefined;
  const header = headRow ? keep(rowCells(headRow)) : [];
  const rows = bodyRows(table).map((row) => keep(rowCells(row)));
  const simple = header.length > 0 && header.every(isSimpleCell) && rows.every((cells) => cells.every(isSimpleCell) && cells.length === header.length);
  if (simple) {
    const markdownRow = (cells: Element[]): TableRow => ({
      type: 'tableRow',
      children: cells.map((cell): TableCell => ({type: 'tableCell', children: toPhrasing(cell.children)})),
    });
    return {type: 'table', align: header.map(() => null), children: [markdownRow(header), ...rows.map(markdownRow)]};
  }
  const cellElement = (cell: Element, inHead: boolean) =>
    jsx(
      inHead || cell.tagName === 'th' ? 'th' : 'td',
      {scope: inHead ? 'col' : cell.tagName === 'th' ? 'row' : undefined, colSpan: attributeOf(cell, 'colSpan'), rowSpan: attributeOf(cell, 'rowSpan')},
      toFlow(cell.children) as BlockContent[],
    );
  const parts: MdxJsxFlowElement[] = [];
  if (header.length > 0)
    parts.push(
      jsx('thead', {}, [
        jsx(
          'tr',
          {},
          header.map((cell) => cellElement(cell, true)),
        ),
      ]),
    );
  parts.push(
    jsx(
      'tbody',
      {},
      rows.map((cells) =>
        jsx(
          'tr',
          {},
          cells.map((cell) => cellElement(cell, false)),
        ),
      ),
    ),
  );
  return jsx('table', {}, parts);
}

// ——— Code ————————————————————————————————————————————————————————————————————

/**
 * `<pre class="language-yaml" data-title="x.yaml"><code class="lang-yaml">…</code></pre>`, which
 * GitBook writes for a code block with highlighted lines (`<strong>`) or a caption → a fenced code
 * block, its language and title kept; the highlights, marks of GitBook's editor, go.
 */
export function preToCode(pre: Element): Code {
  const code = children(pre, 'code')[0];
  const classes = [attributeOf(pre, 'className'), code && attributeOf(code, 'className')].join(' ');
  const lang = /\b(?:language|lang)-([\w+#.-]+)/.exec(classes)?.[1] ?? null;
  const title = attributeOf(pre, 'dataTitle');
  const meta = [title ? `title=${JSON.stringify(title)}` : undefined, hasAttribute(pre, 'dataLineNumbers') ? 'showLineNumbers' : undefined]
    .filter(Boolean)
    .join(' ');
  return {type: 'code', lang, meta: meta || null, value: hastToString(code ?? pre).replace(/\n$/, '')};
}

// ——— A block of HTML ————————————————————————————————————————————————————————

/** What a block of GitBook HTML becomes, or undefined when it has no faithful Markdown or component form. */
export function htmlBlockToMdast(html: string): RootContent[] | undefined {
  const fragment = parseHtml(html);
  const blocks = elementsOf(fragment.children);
  if (blocks.length === 1 && blocks[0]!.tagName === 'table') {
    const table = blocks[0]!;
    return [attributeOf(table, 'dataView') === 'cards' ? cardsToMdast(table) : tableToMdast(table)];
  }
  if (blocks.length === 1 && blocks[0]!.tagName === 'pre') return [preToCode(blocks[0]!)];
  const figures = figureToMdast(fragment);
  if (figures) return figures;
  // `<p align="center">Texte</p>`: a paragraph; the alignment is GitBook's layout.
  if (blocks.length === 1 && blocks[0]!.tagName === 'p' && fragment.children.every((child) => child.type !== 'text' || child.value.trim() === '')) {
    const phrasing = toPhrasing([blocks[0]!]);
    return phrasing.length > 0 ? [{type: 'paragraph', children: phrasing} as Paragraph] : undefined;
  }
  return undefined;
}
