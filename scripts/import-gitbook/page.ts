/**
 * One GitBook page → one page of the site. Every change is located in the parsed tree and applied
 * to the source text (src/…/markdown.ts), so the author's Markdown stays as written elsewhere:
 * - the `# Titre` line becomes the `title` of the front matter; headings start at `##`, lose the
 *   stray section numbers of exports (« 1.1.2. ») and get an explicit ASCII id, which the links
 *   of other pages use;
 * - links to pages and files of the export point to their new place; `{% page-ref %}` becomes
 *   `{% content-ref %}`; HTML images become Markdown images (so the build checks and bundles them);
 * - export artefacts go: `\*\*\*\*` (an escaped empty bold), backslash escapes that change nothing;
 * - the prose gets French typography, as the build would print it (src/remark/french-typography).
 */
import path from 'node:path';
import GithubSlugger, {slug as githubSlug} from 'github-slugger';
import type {Element, Root as HastRoot} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {selectAll} from 'hast-util-select';
import type {Definition, Heading, Html, Image, Link, Node, Paragraph, Parent, Root, Text} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit, SKIP} from 'unist-util-visit';
import {applyFrenchTypography} from '../../src/remark/french-typography';
import type {GitbookTag} from '../../src/remark/gitbook-blocks/syntax';
import {parseTag} from '../../src/remark/gitbook-blocks/tag';
import {applyEdits, offsetsOf, parseMarkdown, shapeOf, type Edit} from './markdown';
import {asciiSlug, UniqueNames} from './slugs';

export interface PageProblem {
  /** Line in the export's file. */
  line: number;
  message: string;
}

/** What the first pass learns of a page, before any page is written. */
export interface PageAnalysis {
  title: string;
  description?: string;
  /** GitBook front matter fields the site has no use for. */
  droppedFields: string[];
  /** Anchor as GitBook or a reader may have written it → the heading's new id. */
  anchors: Map<string, string>;
  /** The id of each heading after the title, in document order. */
  headingIds: string[];
  /** The body (after the front matter), and the number of lines before it in the file. */
  body: string;
  bodyLineOffset: number;
}

export interface PageLinks {
  /** Where a page of the export now is: its new file (destination-relative) and title. */
  page(exportPath: string): {file: string; title: string; anchors: Map<string, string>} | undefined;
  /** Destination-relative path of a copied file of the export, or undefined when it does not exist. */
  asset(exportPath: string): string | undefined;
  /** True for a page of the export that SUMMARY.md leaves out. */
  unlisted(exportPath: string): boolean;
}

export type Counts = Record<string, number>;

export interface ConvertedBody {
  body: string;
  problems: PageProblem[];
  counts: Counts;
}

const imageWithoutAlt = 'image sans texte de remplacement : décrivez ce qu’elle montre entre les crochets, ![description](…) (la construction s’arrête sur une image sans description).';
/** « 1.1.2. » or « 1.2.3 » before a heading's text; « 2.0 Nouveautés » or « 1.5 million » are words. */
const sectionNumber = /^\s*\d+(?:(?:\.\d+)+\.|(?:\.\d+){2,})\s+/;
const explicitId = /\s*\{#([^}]+)\}\s*$/;
/** Tags the site renders (src/remark/gitbook-blocks), with their closing tags. */
const knownTags = new Set(['hint', 'tabs', 'tab', 'embed', 'content-ref', 'code', 'file', 'endhint', 'endtabs', 'endtab', 'endembed', 'endcontent-ref', 'endcode', 'endfile']);
/** HTML a Markdown page may keep: it renders the same on the site as on GitBook. */
const harmlessHtml = new Set(['br', 'details', 'summary', 'sub', 'sup', 'kbd', 'mark', 'abbr']);

function count(counts: Counts, key: string, by = 1) {
  counts[key] = (counts[key] ?? 0) + by;
}

function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Heading text as a reader sees it, without the export's section number or an explicit id. */
function headingText(heading: Heading): {text: string; numbered: boolean; id?: string} {
  const raw = toString(heading);
  const id = explicitId.exec(raw)?.[1];
  const withoutId = raw.replace(explicitId, '');
  return {text: withoutId.replace(sectionNumber, '').trim(), numbered: sectionNumber.test(withoutId), id};
}

function firstHeadingIsTitle(tree: Root): Heading | undefined {
  const first = tree.children[0];
  return first?.type === 'heading' && first.depth === 1 ? first : undefined;
}

export function analyzePage(body: string, bodyLineOffset: number, frontMatter: Record<string, unknown>, label: string): PageAnalysis {
  const tree = parseMarkdown(body);
  const titleHeading = firstHeadingIsTitle(tree);
  const title = applyFrenchTypography(titleHeading ? headingText(titleHeading).text || label : label);
  const anchors = new Map<string, string>();
  const headingIds: string[] = [];
  const ids = new UniqueNames();
  // GitBook, like GitHub, numbers repeated headings from -1: `#doublon`, `#doublon-1`.
  const gitbookSlugs = new GithubSlugger();
  visit(tree, 'heading', (heading: Heading) => {
    if (heading === titleHeading) return;
    const {text, id} = headingText(heading);
    const newId = id ?? ids.take(asciiSlug(text), 'section');
    if (id) ids.take(id);
    headingIds.push(newId);
    const raw = toString(heading).replace(explicitId, '');
    for (const key of [gitbookSlugs.slug(raw), githubSlug(text), asciiSlug(raw), asciiSlug(text), newId]) {
      if (key && !anchors.has(key)) anchors.set(key, newId);
    }
  });
  const rawDescription = typeof frontMatter.description === 'string' ? frontMatter.description : undefined;
  const description = rawDescription === undefined ? undefined : cleanDescription(rawDescription);
  const droppedFields = Object.keys(frontMatter).filter((key) => key !== 'description');
  return {title, description: description || undefined, droppedFields, anchors, headingIds, body, bodyLineOffset};
}

/** GitBook's `description:` without the export's quotes (`'"Texte"'`), on one line, typeset. */
export function cleanDescription(text: string): string {
  let value = text.replace(/\s+/g, ' ').trim();
  const quoted = /^(["“«])\s*(.*?)\s*(["”»])$/u.exec(value);
  if (quoted) value = quoted[2]!;
  return applyFrenchTypography(value);
}

/** A description from the page's first paragraph, cut at a sentence or a word, for pages without one. */
export function descriptionFromBody(body: string, maxLength = 160): string | undefined {
  const tree = parseMarkdown(body);
  let text: string | undefined;
  visit(tree, 'paragraph', (paragraph: Paragraph) => {
    const value = toString(paragraph).replace(/\s+/g, ' ').trim();
    if (!text && value.length >= 20 && !value.startsWith('{%')) text = value;
  });
  if (!text) return undefined;
  if (text.length <= maxLength) return applyFrenchTypography(text);
  const cut = text.slice(0, maxLength);
  const sentence = cut.match(/^.*[.!?](?=\s)/)?.[0];
  const result = sentence && sentence.length >= 50 ? sentence : `${cut.replace(/\s+\S*$/, '')}…`;
  return applyFrenchTypography(result);
}

/** Start and end (offsets) of a link's, image's or definition's destination in the source. */
function destinationRange(source: string, node: Link | Image | Definition): [number, number] | undefined {
  const offsets = offsetsOf(node);
  if (!offsets) return undefined;
  const [start, end] = offsets;
  const slice = source.slice(start, end);
  let from: number;
  if (node.type === 'definition') {
    const colon = slice.indexOf(']:');
    if (colon < 0) return undefined;
    from = colon + 2;
    while (/\s/.test(slice[from] ?? '')) from += 1;
  } else {
    const lastChild = node.type === 'link' ? node.children.at(-1) : undefined;
    const searchFrom = lastChild?.position?.end.offset !== undefined ? lastChild.position.end.offset - start : 0;
    const bracket = slice.indexOf('](', searchFrom);
    if (bracket < 0) return undefined; // an autolink or a reference: nothing to rewrite here
    from = bracket + 2;
    while (/[ \t]/.test(slice[from] ?? '')) from += 1;
  }
  const rest = slice.slice(from);
  if (rest.startsWith('<')) {
    const close = rest.indexOf('>');
    return close < 0 ? undefined : [start + from, start + from + close + 1];
  }
  const word = /^\S*/.exec(rest)![0];
  const length = node.type !== 'definition' && word === rest ? word.length - 1 : word.length;
  return [start + from, start + from + length];
}

/** A destination written so that CommonMark reads it back whole. */
/** Text that Markdown prints as written: its emphasis, link and code marks escaped. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

function writeDestination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}

function relativeFrom(fromFile: string, toFile: string): string {
  const relative = path.posix.relative(path.posix.dirname(fromFile), toFile);
  return relative.startsWith('.') ? relative : `./${relative}`;
}

interface ConvertContext {
  /** The page's path in the export, and its new file. */
  source: string;
  file: string;
  analysis: PageAnalysis;
  links: PageLinks;
}

interface Address {
  url: string;
  /** Title of the page the address leads to. */
  title?: string;
  /** What a person must check: an anchor that no heading of the target page has. */
  problem?: string;
}

/**
 * The new form of a local address of the export, relative to the new page: undefined when it needs
 * no change, `missing` when nothing of the export answers it, `unlisted` for a page of the export
 * that SUMMARY.md leaves out (so it was not imported).
 */
function rewriteAddress(url: string, context: ConvertContext, counts: Counts): Address | 'missing' | 'unlisted' | undefined {
  if (isExternal(url) || url === '') return undefined;
  const hashIndex = url.indexOf('#');
  const rawPath = hashIndex < 0 ? url : url.slice(0, hashIndex);
  const hash = hashIndex < 0 ? undefined : decode(url.slice(hashIndex + 1));
  const anchorIn = (anchors: Map<string, string>) =>
    hash === undefined ? undefined : (anchors.get(hash) ?? anchors.get(hash.toLowerCase()) ?? anchors.get(asciiSlug(hash)));
  if (rawPath === '') {
    if (hash === undefined) return undefined;
    const id = anchorIn(context.analysis.anchors);
    if (!id) return {url, problem: `lien vers la section « #${hash} », qu'aucun titre de la page ne porte : corrigez l'ancre (la construction s'arrêtera sur elle).`};
    if (id === hash) return undefined;
    count(counts, 'ancres');
    return {url: `#${id}`};
  }
  const exportPath = path.posix.normalize(path.posix.join(path.posix.dirname(context.source), decode(rawPath.split('?')[0]!)));
  const candidates = [exportPath, `${exportPath}.md`, path.posix.join(exportPath, 'README.md')];
  for (const candidate of candidates) {
    const page = context.links.page(candidate);
    if (page) {
      let anchor = '';
      let problem: string | undefined;
      if (hash) {
        const id = anchorIn(page.anchors);
        anchor = `#${id ?? hash}`;
        if (id) count(counts, 'ancres');
        else problem = `lien vers la section « #${hash} » de « ${page.title} », qu'aucun titre de cette page ne porte : corrigez l'ancre (la construction s'arrêtera sur elle).`;
      }
      count(counts, 'liens internes');
      return {url: `${relativeFrom(context.file, page.file)}${anchor}`, title: page.title, problem};
    }
  }
  if (candidates.some((candidate) => context.links.unlisted(candidate))) return 'unlisted';
  const asset = context.links.asset(exportPath);
  if (asset) {
    count(counts, 'fichiers liés');
    return {url: relativeFrom(context.file, asset) + (hash ? `#${hash}` : '')};
  }
  return 'missing';
}

/** What to tell about an address that could not be rewritten, or its problem; undefined if none. */
function addressProblem(url: string, result: ReturnType<typeof rewriteAddress>): string | undefined {
  if (result === 'missing') return `lien vers « ${url} », introuvable dans l'export : corrigez-le ou supprimez-le (la construction s'arrêtera sur ce lien).`;
  if (result === 'unlisted') return `lien vers « ${url} », une page de l'export absente de SUMMARY.md, donc non importée : ajoutez-la au sommaire de l'export et relancez l'import, ou supprimez le lien.`;
  return result?.problem;
}

/** First pass of edits: structure, addresses, blocks and artefacts, located in the original tree. */
function structuralEdits(context: ConvertContext, problems: PageProblem[], counts: Counts): string {
  const {body, bodyLineOffset} = context.analysis;
  const tree = parseMarkdown(body);
  const edits: Edit[] = [];
  const lineOf = (node: Node) => (node.position?.start.line ?? 1) + bodyLineOffset;
  const report = (node: Node, message: string) => problems.push({line: lineOf(node), message});

  // The title line goes to the front matter, with the blank lines after it.
  const titleHeading = firstHeadingIsTitle(tree);
  if (titleHeading) {
    const next = tree.children[1];
    edits.push({start: 0, end: next?.position?.start.offset ?? body.length, text: ''});
  }

  // Headings: from `##`, without section numbers, with an explicit id.
  const headings: Heading[] = [];
  visit(tree, 'heading', (heading: Heading) => void (heading !== titleHeading && headings.push(heading)));
  const smallest = Math.min(...headings.map((heading) => Math.max(2, heading.depth)));
  const shift = Number.isFinite(smallest) && smallest > 2 ? smallest - 2 : 0;
  if (shift > 0) count(counts, 'niveaux de titres décalés', headings.length);
  for (const [index, heading] of headings.entries()) {
    const offsets = offsetsOf(heading);
    const first = heading.children[0];
    const last = heading.children.at(-1);
    if (!offsets || !first?.position || !last?.position) continue;
    const {text, numbered, id: existingId} = headingText(heading);
    if (heading.depth === 1) {
      report(heading, `second titre de niveau 1 « ${text} » : il devient un titre de niveau 2 (une page n'a qu'un titre principal).`);
    }
    // Three small edits, so that links inside the heading are still rewritten: the `#` marks
    // (a setext heading becomes ATX), the section number, the id in place of a closing sequence.
    const depth = Math.max(2, heading.depth - shift);
    edits.push({start: offsets[0], end: first.position.start.offset!, text: `${'#'.repeat(depth)} `});
    // A setext heading may span lines; an ATX heading holds one.
    for (const lineBreak of body.slice(first.position.start.offset!, last.position.end.offset!).matchAll(/[ \t]*\n[ \t]*/g)) {
      const at = first.position.start.offset! + lineBreak.index;
      edits.push({start: at, end: at + lineBreak[0].length, text: ' '});
    }
    if (numbered && first.type === 'text') {
      const number = sectionNumber.exec(body.slice(first.position.start.offset!, first.position.end.offset!));
      if (number) {
        edits.push({start: first.position.start.offset!, end: first.position.start.offset! + number[0].length, text: ''});
        count(counts, 'numéros de section retirés des titres');
      }
    }
    if (!existingId) {
      const id = context.analysis.headingIds[index] ?? asciiSlug(text);
      edits.push({start: last.position.end.offset!, end: offsets[1], text: ` {#${id}}`});
      count(counts, 'ancres explicites ajoutées');
    }
  }

  const rewrite = (node: Link | Image | Definition) => {
    if (node.type === 'image' && isExternal(node.url)) {
      report(node, `image chargée depuis un autre site (${node.url}) : enregistrez-la à côté de la page et liez-la par son chemin ; une page du site ne fait aucune requête vers un autre site.`);
    }
    const result = rewriteAddress(node.url, context, counts);
    const problem = addressProblem(node.url, result);
    if (problem) report(node, problem);
    if (result === undefined || result === 'missing' || result === 'unlisted' || result.url === node.url) return;
    const range = destinationRange(body, node);
    if (range) edits.push({start: range[0], end: range[1], text: writeDestination(result.url)});
    // GitBook names a content-ref link after the file: the reader wants the page's title.
    if (node.type === 'link' && result.title) {
      const text = toString(node).trim();
      const first = node.children[0]?.position?.start.offset;
      const lastEnd = node.children.at(-1)?.position?.end.offset;
      if (first !== undefined && lastEnd !== undefined && (text === node.url || /\.md(#.*)?$/i.test(text))) {
        edits.push({start: first, end: lastEnd, text: escapeMarkdown(result.title)});
      }
    }
  };

  visit(tree, (node, _index, parent) => {
    switch (node.type) {
      case 'link':
      case 'definition':
        rewrite(node as Link | Definition);
        return undefined;
      case 'image': {
        const image = node as Image;
        if (!image.alt?.trim()) report(image, imageWithoutAlt);
        altEdit(image, body, edits);
        rewrite(image);
        count(counts, 'images');
        return undefined;
      }
      case 'html':
        htmlEdit(node as Html, parent as Parent | undefined, context, edits, report, counts);
        return SKIP;
      case 'gitbookTag':
        tagEdit(node as GitbookTag, context, edits, report, counts);
        return SKIP;
      case 'text':
        artefactEdits(node as Text, body, edits, counts);
        return undefined;
      case 'code':
      case 'inlineCode':
        return SKIP;
      default:
        return undefined;
    }
  });
  return applyEdits(body, edits);
}

/** The text of an image is prose read aloud: same typography as the page, when written plainly. */
function altEdit(image: Image, body: string, edits: Edit[]) {
  const start = image.position?.start.offset;
  if (start === undefined || !image.alt) return;
  const from = start + 2;
  const to = from + image.alt.length;
  if (body.slice(start, from) !== '![' || body.slice(from, to + 2) !== `${image.alt}](`) return;
  const typeset = applyFrenchTypography(image.alt);
  if (typeset !== image.alt) edits.push({start: from, end: to, text: typeset});
}

/** `\*\*\*\*` (GitBook's escaped empty bold) and its unescaped twin are removed from the text. */
function artefactEdits(node: Text, body: string, edits: Edit[], counts: Counts) {
  if (!/\*{4,}/.test(node.value)) return;
  const offsets = offsetsOf(node);
  if (!offsets) return;
  const slice = body.slice(offsets[0], offsets[1]);
  for (const match of slice.matchAll(/ ?(?:\\?\*){4,}/g)) {
    const start = offsets[0] + match.index;
    let end = start + match[0].length;
    const before = body[start - 1];
    const after = body[end] ?? '';
    const atLineStart = !match[0].startsWith(' ') && (start === 0 || before === '\n');
    // Keep one space when the run stood between two words; none at a line start or before punctuation.
    const keepSpace = match[0].startsWith(' ') && /\S/.test(after) && !/[.,;:!?)]/.test(after);
    if (atLineStart && after === ' ') end += 1;
    edits.push({start, end, text: keepSpace ? ' ' : ''});
    count(counts, 'gras vides « **** » supprimés');
  }
}

function unescapeAttribute(value: string): string {
  return value.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function writeTag(name: string, attributes: Record<string, string>): string {
  const written = Object.entries(attributes).map(([key, value]) => ` ${key}="${value.replace(/"/g, '&quot;')}"`);
  return `{% ${name}${written.join('')} %}`;
}

function tagEdit(node: GitbookTag, context: ConvertContext, edits: Edit[], report: (node: Node, message: string) => void, counts: Counts) {
  const offsets = offsetsOf(node);
  const parsed = parseTag(node.value);
  if (!offsets || !parsed.ok) return; // the build reports unreadable tags, with the line
  const {name} = parsed.tag;
  const attributes = Object.fromEntries(Object.entries(parsed.tag.attributes).map(([key, value]) => [key, unescapeAttribute(value)]));
  const raw = context.analysis.body.slice(offsets[0], offsets[1]);
  const indent = /^[ \t]*/.exec(raw)![0];
  const replace = (text: string) => edits.push({start: offsets[0], end: offsets[1], text: indent + text});
  const address = (key: string, kind: 'page' | 'file') => {
    const value = attributes[key];
    if (!value) return undefined;
    const result = rewriteAddress(value, context, counts);
    if (result === 'missing') {
      report(node, `{% ${name} %} : « ${value} » introuvable dans l'export ; corrigez le chemin ${kind === 'page' ? 'de la page' : 'du fichier'}.`);
      return undefined;
    }
    const problem = addressProblem(value, result);
    if (problem) report(node, problem);
    if (result === 'unlisted') return undefined;
    return result ?? {url: value};
  };
  if (name === 'page-ref') {
    // GitBook's older form of content-ref, which the site renders.
    const target = address('page', 'page');
    if (!target) return;
    const title = target.title ?? attributes.page!;
    replace(`${writeTag('content-ref', {url: target.url})}\n${indent}[${title}](${writeDestination(target.url)})\n${indent}{% endcontent-ref %}`);
    count(counts, '{% page-ref %} devenus {% content-ref %}');
    return;
  }
  if (!knownTags.has(name)) {
    // The closing tag of an unknown block is part of the same problem, reported at its opening.
    if (name.startsWith('end')) return;
    report(node, `balise GitBook {% ${name} %} non prise en charge par le site : remplacez-la par du Markdown (la construction s'arrêtera sur elle).`);
    return;
  }
  if (name === 'content-ref' || name === 'file') {
    const key = name === 'file' ? 'src' : 'url';
    const target = address(key, name === 'file' ? 'file' : 'page');
    if (target) attributes[key] = target.url;
  }
  const rewritten = writeTag(name, attributes);
  if (rewritten !== raw.trim()) replace(rewritten);
}

function attribute(element: Element, name: string): string | undefined {
  const value = element.properties?.[name];
  return value === undefined || value === null ? undefined : String(value);
}

/** Elements of an HTML image block that Markdown can say in full: an image and its caption. */
const figureElements = new Set(['figure', 'img', 'figcaption', 'p', 'picture']);

/**
 * Images written in HTML (`<figure><img …><figcaption>`, or `<img>` alone) become Markdown images
 * with their caption: Docusaurus bundles and checks those, never the `src` of raw HTML. HTML that
 * holds more than that is kept, and reported, so that nothing is lost.
 */
function htmlEdit(node: Html, parent: Parent | undefined, context: ConvertContext, edits: Edit[], report: (node: Node, message: string) => void, counts: Counts) {
  const offsets = offsetsOf(node);
  if (!offsets) return;
  const fragment: HastRoot = fromHtml(node.value, {fragment: true});
  const elements = selectAll('*', fragment);
  const images = elements.filter((element) => element.tagName === 'img');
  const links = elements.filter((element) => element.tagName === 'a' && !isExternal(attribute(element, 'href') ?? 'x:'));
  if (links.length > 0) {
    report(node, `lien écrit en HTML (<a href="${attribute(links[0]!, 'href')}">) : réécrivez-le en Markdown, [texte](page.md), pour que l'import et la construction le suivent.`);
  }
  // Text outside the captions: the block says more than an image, converting it would lose it.
  const captions = elements.filter((element) => element.tagName === 'figcaption');
  const outside = structuredClone(fragment);
  for (const caption of selectAll('figcaption', outside)) caption.children = [];
  const onlyFigures = elements.every((element) => figureElements.has(element.tagName)) && toString(outside as never).trim() === '';
  if (images.length === 0 || !onlyFigures) {
    const unusual = [...new Set(elements.map((element) => element.tagName))].filter((tag) => !harmlessHtml.has(tag));
    if (images.length > 0) {
      report(node, 'image dans un bloc HTML qui contient aussi du texte ou d\'autres éléments : bloc conservé tel quel, son image ne s\'affichera pas ; réécrivez-le en Markdown, ![description](image.png).');
    } else if (unusual.length > 0 && links.length === 0) {
      report(node, `HTML conservé tel quel (<${unusual.join('>, <')}>) : vérifiez son rendu, ou réécrivez-le en Markdown.`);
    }
    return;
  }
  const parts: string[] = [];
  for (const image of images) {
    const src = attribute(image, 'src') ?? '';
    const alt = (attribute(image, 'alt') ?? '').trim();
    const result = rewriteAddress(src, context, counts);
    if (result === 'missing' || result === 'unlisted') report(node, `image « ${src} » introuvable dans l'export : ajoutez-la ou supprimez l'image.`);
    if (isExternal(src)) report(node, `image chargée depuis un autre site (${src}) : enregistrez-la à côté de la page et liez-la par son chemin.`);
    if (!alt) report(node, imageWithoutAlt);
    const url = result && result !== 'missing' && result !== 'unlisted' ? result.url : src;
    parts.push(`![${applyFrenchTypography(alt).replace(/([[\]\\])/g, '\\$1')}](${writeDestination(url)})`);
    count(counts, 'images HTML devenues Markdown');
  }
  const caption = captions
    .map((element) => toString(element as never).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
  // In a paragraph, the image stays inline; as a block, the caption follows as its own paragraph,
  // indented like the block (in a list item, say): the image's text already describes it for
  // screen readers, and an emphasised line alone would read as a fake heading.
  const inline = parent?.type === 'paragraph';
  const indent = ' '.repeat(Math.max(0, (node.position?.start.column ?? 1) - 1));
  const separator = inline ? ' ' : `\n\n${indent}`;
  edits.push({start: offsets[0], end: offsets[1], text: parts.join(separator) + (caption ? `${separator}${escapeMarkdown(caption)}` : '')});
}

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
    applyEdits(source, offsets.map((offset) => ({start: offset, end: offset + 1, text: ''})));
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

/** French typography on the prose of the page: text nodes only, never code, URLs or tags. */
export function typesetProse(text: string): {text: string; changed: number} {
  const tree = parseMarkdown(text);
  const edits: Edit[] = [];
  visit(tree, (node, _index, parent: Parent | undefined) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'gitbookTag') return SKIP;
    if (node.type !== 'text') return undefined;
    const value = (node as Text).value;
    // A bare address (GFM autolink: `www.x.fr`, `https://…`, an e-mail) is its own link's target.
    if (parent?.type === 'link' && [value, `http://${value}`, `https://${value}`, `mailto:${value}`].includes((parent as Link).url)) return undefined;
    const offsets = offsetsOf(node);
    // Only text written exactly as it reads (no escape or entity inside) is rewritten in place.
    if (!offsets || text.slice(offsets[0], offsets[1]) !== value) return undefined;
    const typeset = applyFrenchTypography(value);
    if (typeset !== value) edits.push({start: offsets[0], end: offsets[1], text: typeset});
    return undefined;
  });
  return {text: applyEdits(text, edits), changed: edits.length};
}

/**
 * Whitespace left by the export and by the removals: a single trailing space (two or more make a
 * line break, kept), blank lines in a row. Never inside code or HTML blocks.
 */
export function tidyWhitespace(text: string): string {
  const tree = parseMarkdown(text);
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
    const tidy = /^\s*$/.test(line) ? '' : / {2,}$/.test(line) ? line : line.replace(/[ \t]$/, '');
    if (tidy === '' && result.at(-1) === '' && !verbatim.has(index)) return;
    result.push(tidy);
  });
  return result.join('\n');
}

export function convertBody(context: ConvertContext): ConvertedBody {
  const problems: PageProblem[] = [];
  const counts: Counts = {};
  const structured = structuralEdits(context, problems, counts);
  const unescaped = removeNeedlessEscapes(structured);
  if (unescaped.removed > 0) count(counts, 'échappements inutiles retirés', unescaped.removed);
  const typeset = typesetProse(unescaped.text);
  if (typeset.changed > 0) count(counts, 'textes mis en typographie française', typeset.changed);
  const body = `${tidyWhitespace(typeset.text).replace(/^\s*\n/, '').replace(/\s*$/, '')}\n`;
  return {body, problems, counts};
}
