/**
 * A piece of HTML of a page (a block, or one tag of a paragraph), parsed once with hast and
 * written back after the import changed its tree. What the import did not change is written back
 * exactly as the author wrote it (the parser's own additions, such as a `<tbody>` it implies, and
 * its normalisations, such as `data-hidden=""`, stay out of the page); what it changed is written
 * by hast-util-to-html. So an import changes only what it has to, and a person's diff shows it.
 */
import type {Element, ElementContent, Nodes, Root, RootContent, Text} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {toHtml, type Options as ToHtmlOptions} from 'hast-util-to-html';
import type {Position} from 'unist';
import {attributeOf, elementsOf, parseHtml} from '../remark/html/convert';

// The build's reading of GitBook's HTML, for what the import only reads (parseHtml: without the
// positions of tags and attributes, which only a fragment to write back needs).
export {attributeOf, elementsOf, parseHtml};

type Parent = Root | Element;

// `&amp;` rather than `&#x26;`: the form GitBook and people write.
const writeOptions: ToHtmlOptions = {characterReferences: {useNamedReferences: true}};

const offset = (position: Position | undefined, end = false) => (end ? position?.end.offset : position?.start.offset);

export class HtmlFragment {
  readonly tree: Root;
  /** Elements whose attributes the import changed: their start tag is written anew. */
  private readonly retagged = new WeakSet<Element>();
  /** Parents whose list of children the import changed. */
  private readonly rearranged = new WeakSet<Parent>();
  /** For each character of the source, whether a node of the tree holds it (the rest: tags the parser dropped). */
  private readonly held: boolean[];

  constructor(readonly source: string) {
    this.tree = fromHtml(source, {fragment: true, verbose: true});
    this.held = heldCharacters(this.tree, source.length);
  }

  /** The elements at the top of the fragment. */
  get elements(): Element[] {
    return elementsOf(this.tree.children);
  }

  /** Every element of the fragment, depth first. */
  get allElements(): Element[] {
    return descendantsOf(this.tree);
  }

  /** Sets (or, with undefined, removes) an attribute, by its hast property name (`srcSet`, `dataHidden`). */
  setProperty(element: Element, name: string, value: string | string[] | undefined): void {
    if (value === undefined) delete element.properties[name];
    else element.properties[name] = value;
    this.retagged.add(element);
  }

  /** Puts `nodes` in the place of `child`; none removes it. */
  replace(parent: Parent, child: ElementContent, nodes: ElementContent[] = []): void {
    const index = parent.children.indexOf(child as RootContent & ElementContent);
    if (index < 0) return;
    parent.children.splice(index, 1, ...(nodes as Array<RootContent & ElementContent>));
    this.rearranged.add(parent);
  }

  /** Takes an element out, its children in its place: a link to nowhere leaves its words. */
  unwrap(parent: Parent, element: Element): void {
    this.replace(parent, element, element.children);
  }

  append(parent: Element, node: ElementContent): void {
    parent.children.push(node);
    this.rearranged.add(parent);
  }

  /** Whether the import changed anything. */
  get changed(): boolean {
    return this.touched(this.tree);
  }

  toString(): string {
    return this.changed ? this.writeChildren(this.tree, 0, this.source.length) : this.source;
  }

  /** Whether the import changed `node` or something in it (new nodes come with their parent's change). */
  private touched(node: Nodes): boolean {
    if (node.type === 'element' && this.retagged.has(node)) return true;
    if (node.type !== 'root' && node.type !== 'element') return false;
    return this.rearranged.has(node) || node.children.some((child) => this.touched(child));
  }

  private write(node: RootContent): string {
    const start = offset(node.position);
    const end = offset(node.position, true);
    if (start === undefined || end === undefined) return toHtml(node, writeOptions);
    if (!this.touched(node as Nodes)) return this.source.slice(start, end);
    if (node.type !== 'element') return toHtml(node, writeOptions);
    const opening = node.data?.position?.opening;
    const closing = node.data?.position?.closing;
    const from = offset(opening, true) ?? start;
    const to = offset(closing) ?? end;
    const startTag = this.retagged.has(node) || !opening ? startTagOf(node) : this.source.slice(offset(opening)!, from);
    return startTag + this.writeChildren(node, from, to) + (closing ? this.source.slice(to, end) : '');
  }

  /** The children of `parent`, written between `from` and `to`, with the tags the parser dropped kept in their place. */
  private writeChildren(parent: Parent, from: number, to: number): string {
    let written = '';
    let cursor = from;
    for (const child of this.childrenAsWritten(parent)) {
      const start = offset(child.position);
      if (start !== undefined && start >= cursor) {
        written += this.dropped(cursor, start);
        cursor = offset(child.position, true)!;
      }
      written += this.write(child);
    }
    return written + this.dropped(cursor, to);
  }

  /** A parent's children, those of the elements the parser implied (a `<tbody>`) in their place. */
  private childrenAsWritten(parent: Parent): RootContent[] {
    return parent.children.flatMap((child) =>
      child.type === 'element' && !child.position && !this.isNew(child) ? this.childrenAsWritten(child) : [child as RootContent],
    );
  }

  /** An element the import made: the parser's implied elements hold children from the source. */
  private isNew(element: Element): boolean {
    return !element.children.some((child) => child.position !== undefined || (child.type === 'element' && !this.isNew(child)));
  }

  private dropped(from: number, to: number): string {
    let text = '';
    for (let index = from; index < to; index += 1) if (!this.held[index]) text += this.source[index];
    return text;
  }
}

/** Which characters of the source a node holds: text, comments, start and end tags. */
function heldCharacters(tree: Root, length: number): boolean[] {
  const held = new Array<boolean>(length).fill(false);
  const mark = (position: Position | undefined) => {
    const start = offset(position);
    const end = offset(position, true);
    if (start !== undefined && end !== undefined) held.fill(true, start, end);
  };
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      mark(node.data?.position?.opening ?? (node.children.length === 0 ? node.position : undefined));
      mark(node.data?.position?.closing);
    } else if (node.type !== 'root') {
      mark(node.position);
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return held;
}

/** An element's start tag alone, as hast-util-to-html writes it. */
function startTagOf(element: Element): string {
  const html = toHtml({...element, children: []}, writeOptions);
  const endTag = `</${element.tagName}>`;
  return html.endsWith(endTag) ? html.slice(0, -endTag.length) : html;
}

export function descendantsOf(node: Parent): Element[] {
  return elementsOf(node.children).flatMap((child) => [child, ...descendantsOf(child)]);
}

/** The one element an HTML node of a paragraph opens or is (`<a href="…">`, `<img>`), if any. */
export function openedElement(fragment: HtmlFragment): Element | undefined {
  const [element, ...others] = fragment.elements;
  const text = fragment.tree.children.some((child) => child.type === 'text' && child.value.trim() !== '');
  return element && others.length === 0 && !text ? element : undefined;
}

/**
 * Whether `html` is only the end tag of a `tagName` element (`</a>`, `</div>`), as the HTML parser
 * reads it: alone it makes no node; after a start tag of that element, it ends it, so that what
 * follows is outside.
 */
export function isEndTag(value: string, tagName: string): boolean {
  const key = `${tagName} ${value}`;
  let known = endTags.get(key);
  if (known === undefined) endTags.set(key, (known = readsAsEndTag(value.trim(), tagName)));
  return known;
}

/** What isEndTag found for each tag and value: pages repeat the same few (`</a>`, `</div>`). */
const endTags = new Map<string, boolean>();

function readsAsEndTag(html: string, tagName: string): boolean {
  // Alone, `</p>` makes an empty paragraph, without a start tag in the source: no other end tag makes a node.
  const alone = fromHtml(html, {fragment: true, verbose: true});
  if (alone.children.some(isWords) || descendantsOf(alone).some((element) => element.data?.position?.opening)) return false;
  const probe = fromHtml(`<${tagName}>${html}x`, {fragment: true}).children;
  const opened = probe[0];
  return probe.length === 2 && opened?.type === 'element' && opened.tagName === tagName && (probe[1] as Text).value === 'x';
}

const isWords = (node: RootContent) => node.type === 'text' && node.value.trim() !== '';

export function hasClass(element: Element, test: (name: string) => boolean): boolean {
  const classes = element.properties.className;
  return Array.isArray(classes) && classes.some((name) => test(String(name)));
}

/** A new `<a href>` with its words, for what the page links to instead of loading it. */
export function linkElement(url: string, words: string): Element {
  return {type: 'element', tagName: 'a', properties: {href: url}, children: [{type: 'text', value: words}]};
}
