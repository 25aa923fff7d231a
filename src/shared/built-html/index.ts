/**
 * Built pages, read and changed one way everywhere (the islands' scripts, the CSP's hashes, the PDF's
 * link): the page is parsed as HTML (hast, with each element's place in the text), the elements are
 * found in the tree, and only their spans of text are replaced. Everything else stays byte for byte
 * as Docusaurus wrote it: an inline script keeps the hash that the Content-Security-Policy lists.
 * One escape function for what these changes write. Node and browser alike: no Node module here.
 */
import {fromHtml} from 'hast-util-from-html';
import type {Element, Root} from 'hast';
import {visit} from 'unist-util-visit';

export type {Element, Root};

export {escapeHtml} from './escape';
import {attributesOf} from './tags';

export {attributesOf, decodeAttribute, startTags, voidElements, type StartTag} from './tags';

/** A built page: its text, and its tree with positions. */
export interface BuiltPage {
  html: string;
  tree: Root;
}

export function parseBuiltPage(html: string): BuiltPage {
  return {html, tree: fromHtml(html)};
}

/** Every element of the page, in document order, that `test` accepts. */
export function findElements(page: BuiltPage, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(page.tree, 'element', (element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

/** A string attribute's value (hast's property names: `className` is a list, `rel` too). */
export function stringProperty(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  return typeof value === 'string' ? value : undefined;
}

/** An element's span in the page's text; undefined for an element the parser made up (an omitted tag). */
export function spanOf(element: Element): {start: number; end: number} | undefined {
  const start = element.position?.start.offset;
  const end = element.position?.end.offset;
  return start === undefined || end === undefined ? undefined : {start, end};
}

export {applySplices, type Splice} from '../text-splices';

/**
 * Where to insert at the end of an element's content (before its end tag): the `<head>` of a page
 * for a `<meta>`. Undefined when the element's end tag is not in the text.
 */
export function endOfContent(page: BuiltPage, element: Element): number | undefined {
  const span = spanOf(element);
  if (!span) return undefined;
  const endTag = `</${element.tagName}>`;
  return page.html.slice(span.end - endTag.length, span.end).toLowerCase() === endTag ? span.end - endTag.length : undefined;
}

/**
 * Script types that a browser runs, and that a Content-Security-Policy's `script-src` therefore
 * governs when inline: classic scripts (no type, a JavaScript MIME type), modules, import maps and
 * speculation rules. Other types are data blocks (`application/ld+json`), never run.
 */
const runnableScriptType =
  /^(?:|module|importmap|speculationrules|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:javascript1\.[0-5]|jscript|livescript))$/i;

/**
 * Each `<script>` element of a page, found by its tags rather than by parsing the whole page (the
 * CSP's hashes read every built page: a whole parse would cost ~5 ms a page). The text of a script
 * ends at the first `</script`, as the HTML parser reads it; the start tag's `type` and `src` are
 * read as every tag's attributes are (tags.ts).
 */
const scriptElement = /(<script\b(?:[^>"']|"[^"]*"|'[^']*')*>)([\s\S]*?)<\/script[\s/>]/gi;

/** A `<script>` element of a built page, as the browser would read it. */
export interface ScriptElement {
  /** Its text, exactly as written in the page (empty for `src`). */
  body: string;
  /** Its `src`, for a script loaded from a file. */
  src: string | undefined;
  /** Whether the browser runs it (not a data block such as `application/ld+json`). */
  runnable: boolean;
  /**
   * Written by the site's own code, in the page's template: before the React root
   * (`<div id="__docusaurus">`, where every page's content is rendered) and not among the head tags
   * that a page may set (react-helmet's `data-rh`, which an MDX `<head>` fills). Docusaurus writes
   * there the tags that plugins give (`injectHtmlTags`): the colour-mode script of the classic
   * theme, and the islands' module.
   */
  fromSite: boolean;
  /** Its span in the page's text, start tag to end tag. */
  start: number;
  end: number;
}

/** Where the React root starts (`<div id="__docusaurus">`, minified or not); the page's length if it has none. */
function reactRootStart(html: string): number {
  const match = /<div\s+id=(?:"__docusaurus"|'__docusaurus'|__docusaurus)[\s>]/i.exec(html);
  return match ? match.index : html.length;
}

/** Every `<script>` element of a page, with where it comes from. */
export function scriptElements(html: string): ScriptElement[] {
  const rootStart = reactRootStart(html);
  const scripts: ScriptElement[] = [];
  for (const match of html.matchAll(scriptElement)) {
    const [whole, startTag = '', body = ''] = match;
    // The start tag's attributes, read as the page's other tags are (tags.ts).
    const attributes = attributesOf(startTag.slice('<script'.length, -1));
    const src = attributes.get('src');
    const start = match.index;
    scripts.push({
      body: src === undefined ? body : '',
      src,
      runnable: runnableScriptType.test((attributes.get('type') ?? '').trim()),
      fromSite: start < rootStart && !attributes.has('data-rh'),
      start,
      end: html.indexOf('>', start + whole.length - 1) + 1,
    });
  }
  return scripts;
}

/**
 * The text of each inline script that the site's own code wrote and the browser runs, exactly as
 * written in the page: what a Content-Security-Policy may hash. A script that arrived with a page's
 * content is never one of them (src/features/content-security stops the build on it).
 */
export function siteInlineScripts(html: string): string[] {
  return scriptElements(html)
    .filter((script) => script.fromSite && script.runnable && script.src === undefined && script.body.length > 0)
    .map((script) => script.body);
}
