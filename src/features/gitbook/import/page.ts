/**
 * One GitBook page → one page of the site. Every change is located in the parsed tree and applied
 * to the source text (src/…/markdown.ts), so the author's Markdown stays as written elsewhere:
 * - the `# Titre` line becomes the `title` of the front matter; headings start at `##`, lose the
 *   stray section numbers of exports (« 1.1.2. ») and get an explicit ASCII id, which the links
 *   of other pages use;
 * - links to pages and files of the export point to their new place; `{% page-ref %}` becomes
 *   `{% content-ref %}`; HTML images become Markdown images (so the build checks and bundles them);
 * - export artefacts go: `\*\*\*\*` (an escaped empty bold), backslash escapes that change nothing;
 * - the prose gets French typography, as the build would print it (src/features/french-typography/remark).
 */
import path from 'node:path';
import GithubSlugger, {slug as githubSlug} from 'github-slugger';
import type {Element} from 'hast';
import type {Definition, Heading, Html, Image, Link, ListItem, Node, Paragraph, Parent, Root, Text} from 'mdast';
import {gfmToMarkdown} from 'mdast-util-gfm';
import {toMarkdown} from 'mdast-util-to-markdown';
import {toString} from 'mdast-util-to-string';
import {visit, SKIP} from 'unist-util-visit';
import {applyFrenchTypography, typesetMarkdownSource} from '../../french-typography/public';
import {attributeOf, elementsOf, htmlBlockToMdast, parseHtml} from '../remark/html/convert';
import type {GitbookTag} from '../../../shared/markdown/gitbook-tag-syntax';
import {parseTag} from '../remark/blocks/tag';
import {renderedTags} from '../remark/blocks';
import {convertIntegrations} from './integrations';
import {applyEdits, offsetsOf, parseMarkdown, shapeOf, type Edit} from './markdown';
import {asciiSlug, UniqueNames} from './slugs';

export interface PageProblem {
  /** Line in the export's file. */
  line: number;
  message: string;
  /** The file of the export the line is in, when it is not the page's own (a reusable block). */
  source?: string;
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
  /** The body's line in the export of a line of `body` (integration blocks changed their lines). */
  lineOf: (line: number) => number;
  /** What converting the integration blocks left for a person, with the export's lines. */
  integrationProblems: PageProblem[];
  integrations: number;
  /** The typography of the page's language: French rules, or none for a page in another language. */
  typeset: Typeset;
}

/** Typesets a piece of prose in the page's language. */
export type Typeset = (text: string) => string;

/** What a page in another language than French gets: its text as written. */
export const asWritten: Typeset = (text) => text;

export interface PageLinks {
  /** Where a page of the export now is: its new file (destination-relative) and title. */
  page(exportPath: string): {file: string; title: string; anchors: Map<string, string>} | undefined;
  /** Destination-relative path of a copied file of the export, or undefined when it does not exist. */
  asset(exportPath: string): string | undefined;
  /** True for a page of the export that SUMMARY.md leaves out. */
  unlisted(exportPath: string): boolean;
  /** Where `.gitbook.yaml` redirects an old path of the space: an export path, or an address. */
  redirect?(exportPath: string): string | undefined;
  /** The value of a GitBook variable (`space.vars.NAME`, from `.gitbook/vars.yaml`), when the export has it. */
  variable?(expression: string): string | undefined;
  /** Destination-relative path of an image of another site, downloaded by the import; undefined when it could not be. */
  remoteImage?(url: string): string | undefined;
  /** The body of a reusable content block (`.gitbook/includes/…`), converted for this page. */
  include?(exportPath: string, into: ConvertContext): {body: string; problems: PageProblem[]; counts: Counts} | undefined;
}

export type Counts = Record<string, number>;

export interface ConvertedBody {
  body: string;
  problems: PageProblem[];
  counts: Counts;
}

const imageWithoutAlt =
  'image sans texte de remplacement : décrivez ce qu’elle montre entre les crochets, ![description](…) (la construction s’arrête sur une image sans description).';
/** « 1.1.2. » or « 1.2.3 » before a heading's text; « 2.0 Nouveautés » or « 1.5 million » are words. */
const sectionNumber = /^\s*\d+(?:(?:\.\d+)+\.|(?:\.\d+){2,})\s+/;
const explicitId = /\s*\{#([^}]+)\}\s*$/;
/** Tags the site renders (src/features/gitbook/remark/blocks), with their closing tags. */
const knownTags = renderedTags;

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

/** `<i class="fa-…">:icon:</i>`: a GitBook icon, whose words the text says already. */
const iconHtml = /^<i\s[^>]*class=["'][^"']*\bfa-/i;

/** A heading's words, without HTML (GitBook's anchor, icons) and without the icons' `:name:`. */
export function plainHeadingText(heading: Heading): string {
  const words: string[] = [];
  let inIcon = false;
  for (const child of heading.children) {
    if (child.type === 'html') {
      if (iconHtml.test(child.value)) inIcon = true;
      else if (/^<\/i\s*>$/i.test(child.value.trim())) inIcon = false;
      continue;
    }
    if (!inIcon) words.push(toString(child, {includeHtml: false}));
  }
  return words.join('').replace(/\s+/g, ' ').trim();
}

/** The anchor GitBook appends to a heading, `<a href="#id" id="id"></a>`: the id links use. */
function gitbookAnchorId(heading: Heading): string | undefined {
  const html = heading.children
    .filter((child) => child.type === 'html')
    .map((child) => (child as Html).value)
    .join('');
  return /<a\s[^>]*\bid=["']([^"']+)["']/i.exec(html)?.[1];
}

/** Heading text as a reader sees it, without the export's section number or an explicit id. */
function headingText(heading: Heading): {text: string; numbered: boolean; id?: string; anchor?: string} {
  const raw = plainHeadingText(heading);
  const id = explicitId.exec(raw)?.[1];
  const withoutId = raw.replace(explicitId, '');
  return {text: withoutId.replace(sectionNumber, '').trim(), numbered: sectionNumber.test(withoutId), id, anchor: gitbookAnchorId(heading)};
}

function firstHeadingIsTitle(tree: Root): Heading | undefined {
  const first = tree.children[0];
  return first?.type === 'heading' && first.depth === 1 ? first : undefined;
}

export function analyzePage(
  exportBody: string,
  bodyLineOffset: number,
  frontMatter: Record<string, unknown>,
  label: string,
  typeset: Typeset = applyFrenchTypography,
): PageAnalysis {
  const integrations = convertIntegrations(exportBody);
  const body = integrations.body;
  const tree = parseMarkdown(body);
  const titleHeading = firstHeadingIsTitle(tree);
  const title = typeset(titleHeading ? headingText(titleHeading).text || label : label);
  const anchors = new Map<string, string>();
  const headingIds: string[] = [];
  const ids = new UniqueNames();
  // GitBook, like GitHub, numbers repeated headings from -1: `#doublon`, `#doublon-1`.
  const gitbookSlugs = new GithubSlugger();
  visit(tree, 'heading', (heading: Heading) => {
    if (heading === titleHeading) return;
    const {text, id, anchor} = headingText(heading);
    // GitBook's own anchor, when it wrote one, stays the section's id: links to it keep working.
    const kept = id ?? anchor;
    const newId = kept ?? ids.take(asciiSlug(text), 'section');
    if (kept) ids.take(kept);
    headingIds.push(newId);
    const raw = plainHeadingText(heading).replace(explicitId, '');
    // GitBook's generated anchors keep a heading's number, after `id-`: `2. Qui décide` → `#id-2.-qui-decide`.
    const numbered = /^\d/.test(githubSlug(raw)) ? asciiSlug(`id-${githubSlug(raw)}`) : undefined;
    for (const key of [gitbookSlugs.slug(raw), githubSlug(text), asciiSlug(raw), asciiSlug(text), numbered, newId]) {
      if (key && !anchors.has(key)) anchors.set(key, newId);
    }
  });
  const rawDescription = typeof frontMatter.description === 'string' ? frontMatter.description : undefined;
  const description = rawDescription === undefined ? undefined : cleanDescription(rawDescription, typeset);
  const droppedFields = Object.keys(frontMatter).filter((key) => key !== 'description');
  return {
    title,
    description: description || undefined,
    droppedFields,
    anchors,
    headingIds,
    body,
    bodyLineOffset,
    lineOf: integrations.lineOf,
    integrationProblems: integrations.problems.map((problem) => ({line: problem.line + bodyLineOffset, message: problem.message})),
    integrations: integrations.conversions,
    typeset,
  };
}

/** GitBook's `description:` without the export's quotes (`'"Texte"'`), on one line, typeset. */
export function cleanDescription(text: string, typeset: Typeset = applyFrenchTypography): string {
  let value = text.replace(/\s+/g, ' ').trim();
  const quoted = /^(["“«])\s*(.*?)\s*(["”»])$/u.exec(value);
  if (quoted) value = quoted[2]!;
  return typeset(value);
}

/** A description from the page's first paragraph, cut at a sentence or a word, for pages without one. */
export function descriptionFromBody(body: string, maxLength = 160, typeset: Typeset = applyFrenchTypography): string | undefined {
  const tree = parseMarkdown(body);
  let text: string | undefined;
  visit(tree, 'paragraph', (paragraph: Paragraph) => {
    const value = toString(paragraph).replace(/\s+/g, ' ').trim();
    if (!text && value.length >= 20 && !value.startsWith('{%')) text = value;
  });
  if (!text) return undefined;
  if (text.length <= maxLength) return typeset(text);
  const cut = text.slice(0, maxLength);
  const sentence = cut.match(/^.*[.!?](?=\s)/)?.[0];
  const result = sentence && sentence.length >= 50 ? sentence : `${cut.replace(/\s+\S*$/, '')}…`;
  return typeset(result);
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

/** The name GitBook gives a link to a page: its file's, or its folder's for a README (`installation/`). */
function fileNameOf(url: string): string {
  const segments = decode(url.split(/[?#]/)[0]!).replace(/\/$/, '/README.md').split('/');
  const file = segments.pop() ?? '';
  return /^readme\.md$/i.test(file) ? (segments.pop() ?? '') : file.replace(/\.md$/i, '');
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

export interface ConvertContext {
  /** The page's path in the export, and its new file. */
  source: string;
  file: string;
  analysis: PageAnalysis;
  links: PageLinks;
  /** Reusable blocks being inserted, outermost first: an include never includes itself. */
  including?: string[];
}

/**
 * GitBook's marks of a link or image it could not resolve: `broken-reference` (also at the end of
 * an address), `/broken/pages/<id>`, `/broken/spaces/<id>/pages/<id>`, and `/files/<id>` for images.
 */
export function isBrokenReference(url: string): boolean {
  return /(^|\/)broken-reference\/?$/.test(url) || /^\/broken\/(pages|spaces)\//.test(url) || /^\/files\/[A-Za-z0-9]+$/.test(url);
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
function rewriteAddress(url: string, context: ConvertContext, counts: Counts): Address | 'missing' | 'unlisted' | 'broken' | undefined {
  if (isBrokenReference(url)) return 'broken';
  if (isExternal(url) || url === '') return undefined;
  const hashIndex = url.indexOf('#');
  const rawPath = hashIndex < 0 ? url : url.slice(0, hashIndex);
  const hash = hashIndex < 0 ? undefined : decode(url.slice(hashIndex + 1));
  const anchorIn = (anchors: Map<string, string>) =>
    hash === undefined ? undefined : (anchors.get(hash) ?? anchors.get(hash.toLowerCase()) ?? anchors.get(asciiSlug(hash)));
  if (rawPath === '') {
    if (hash === undefined) return undefined;
    const id = anchorIn(context.analysis.anchors);
    if (!id)
      return {url, problem: `lien vers la section « #${hash} », qu'aucun titre de la page ne porte : corrigez l'ancre (la construction s'arrêtera sur elle).`};
    if (id === hash) return undefined;
    count(counts, 'ancres');
    return {url: `#${id}`};
  }
  let exportPath = path.posix.normalize(path.posix.join(path.posix.dirname(context.source), decode(rawPath.split('?')[0]!)));
  let candidates = [exportPath, `${exportPath}.md`, path.posix.join(exportPath, 'README.md')];
  // An old address that `.gitbook.yaml` redirects: the page it leads to now.
  const redirected = candidates.every((candidate) => !context.links.page(candidate) && !context.links.asset(candidate))
    ? context.links.redirect?.(exportPath.replace(/\.md$/, '').replace(/\/README$/, ''))
    : undefined;
  if (redirected && isExternal(redirected)) {
    count(counts, 'liens suivis par les redirections de .gitbook.yaml');
    return {url: redirected};
  }
  if (redirected) {
    exportPath = redirected;
    candidates = [exportPath, `${exportPath}.md`, path.posix.join(exportPath, 'README.md')];
    count(counts, 'liens suivis par les redirections de .gitbook.yaml');
  }
  for (const candidate of candidates) {
    const page = context.links.page(candidate);
    if (page) {
      let anchor = '';
      let problem: string | undefined;
      if (hash) {
        const id = anchorIn(page.anchors);
        anchor = `#${id ?? hash}`;
        if (id) count(counts, 'ancres');
        else
          problem = `lien vers la section « #${hash} » de « ${page.title} », qu'aucun titre de cette page ne porte : corrigez l'ancre (la construction s'arrêtera sur elle).`;
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
  if (result === 'broken')
    return `lien que GitBook n’avait pas pu résoudre (« ${url} ») : il devient du texte ; retrouvez la page ou le fichier visé et refaites le lien.`;
  if (result === 'missing') return `lien vers « ${url} », introuvable dans l'export : corrigez-le ou supprimez-le (la construction s'arrêtera sur ce lien).`;
  if (result === 'unlisted')
    return `lien vers « ${url} », une page de l'export absente de SUMMARY.md, donc non importée : ajoutez-la au sommaire de l'export et relancez l'import, ou supprimez le lien.`;
  return result?.problem;
}

/** First pass of edits: structure, addresses, blocks and artefacts, located in the original tree. */
function structuralEdits(context: ConvertContext, problems: PageProblem[], counts: Counts): string {
  const {body, bodyLineOffset} = context.analysis;
  const tree = parseMarkdown(body);
  const edits: Edit[] = [];
  const lineOf = (node: Node) => context.analysis.lineOf(node.position?.start.line ?? 1) + bodyLineOffset;
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
    const {text, numbered, id: existingId, anchor} = headingText(heading);
    // The heading's words end before its trailing HTML (GitBook's anchor), which goes.
    const lastWords = [...heading.children].reverse().find((child) => child.type !== 'html') ?? last;
    // A page has one main title: a second level-1 heading becomes level 2, as its level says.
    if (heading.depth === 1) count(counts, 'seconds titres de niveau 1 devenus de niveau 2');
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
      const id = context.analysis.headingIds[index] ?? anchor ?? asciiSlug(text);
      // The words' trailing spaces (before GitBook's anchor) go with it: one space before the id.
      let wordsEnd = lastWords.position?.end.offset ?? last.position.end.offset!;
      while (wordsEnd > first.position.start.offset! && /[ \t]/.test(body[wordsEnd - 1]!)) wordsEnd -= 1;
      edits.push({start: wordsEnd, end: offsets[1], text: ` {#${id}}`});
      count(counts, anchor ? 'ancres GitBook gardées comme identifiants de titres' : 'ancres explicites ajoutées');
    }
  }

  const rewrite = (node: Link | Image | Definition) => {
    const range = destinationRange(body, node);
    if (node.type === 'image' && /^https?:\/\//i.test(node.url)) {
      // An image of another site: downloaded with the import, or a link to it, never a request from the page.
      const local = context.links.remoteImage?.(node.url);
      if (local) {
        if (range) edits.push({start: range[0], end: range[1], text: writeDestination(relativeFrom(context.file, local))});
        count(counts, 'images d’autres sites enregistrées avec la page');
      } else {
        const nodeOffsets = offsetsOf(node);
        if (nodeOffsets)
          edits.push({start: nodeOffsets[0], end: nodeOffsets[1], text: `[${escapeMarkdown(node.alt?.trim() || node.url)}](${writeDestination(node.url)})`});
        report(
          node,
          `image d’un autre site (${node.url}) qui n’a pas pu être téléchargée : elle devient un lien vers cette adresse ; enregistrez l’image à côté de la page et remettez-la, avec sa description.`,
        );
      }
      return;
    }
    const result = rewriteAddress(node.url, context, counts);
    const problem = addressProblem(node.url, result);
    if (problem) report(node, problem);
    if (result === 'broken') {
      // The words stay, without a link to nowhere.
      const nodeOffsets = offsetsOf(node);
      // « Broken link » is GitBook's placeholder, not the author's words: it goes too.
      const words = node.type === 'link' ? toString(node).trim() : '';
      const text =
        node.type === 'image' ? (node.alt?.trim() ?? '') : node.type === 'link' ? (/^broken link$/i.test(words) ? '' : escapeMarkdown(words)) : undefined;
      if (nodeOffsets && text !== undefined) edits.push({start: nodeOffsets[0], end: nodeOffsets[1], text});
      return;
    }
    if (result === undefined || result === 'missing' || result === 'unlisted') return;
    if (range) {
      // The address changes when the page moved; a link already right keeps it.
      if (result.url !== node.url) edits.push({start: range[0], end: range[1], text: writeDestination(result.url)});
      // GitBook's `"mention"` title marks its page links; shown to readers, it would be a tooltip « mention ».
      const mention = node.type === 'link' && node.title === 'mention' ? /^\s+"mention"/.exec(body.slice(range[1])) : null;
      if (mention) edits.push({start: range[1], end: range[1] + mention[0].length, text: ''});
    }
    // GitBook names a content-ref or mention link after the file: the reader wants the page's title.
    if (node.type === 'link' && result.title) {
      const text = toString(node).trim();
      const first = node.children[0]?.position?.start.offset;
      const lastEnd = node.children.at(-1)?.position?.end.offset;
      if (
        first !== undefined &&
        lastEnd !== undefined &&
        (text === node.url || /\.md(#.*)?$/i.test(text) || (text.startsWith('#') && node.title === 'mention') || text === fileNameOf(node.url))
      ) {
        edits.push({start: first, end: lastEnd, text: escapeMarkdown(result.title)});
        // « [Pourquoi mutualiser ?](…). » would end on « ?. »: the title's mark ends the sentence.
        const end = node.position?.end.offset;
        if (end !== undefined && /[?!…]$/.test(result.title) && body[end] === '.' && body[end + 1] !== '.') edits.push({start: end, end: end + 1, text: ''});
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
        if (!image.alt?.trim() && !isBrokenReference(image.url)) report(image, imageWithoutAlt);
        altEdit(image, body, edits, context.analysis.typeset);
        rewrite(image);
        count(counts, 'images');
        return undefined;
      }
      case 'html':
        htmlEdit(node as Html, _index, parent as Parent | undefined, context, edits, report, counts);
        return SKIP;
      case 'gitbookTag':
        tagEdit(node as GitbookTag, context, edits, report, counts, problems);
        return SKIP;
      case 'text':
        artefactEdits(node as Text, body, edits, counts);
        return undefined;
      case 'paragraph':
        tagLineEdits(node as Paragraph, body, edits, counts);
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

/**
 * A GitBook tag and text on one line (`{% openapi … %} [spec](…)`, `texte {% endhint %}`): the tag
 * goes on a line of its own, where the build reads it as a tag, indented as the line was.
 */
function tagLineEdits(paragraph: Paragraph, body: string, edits: Edit[], counts: Counts) {
  const offsets = offsetsOf(paragraph);
  if (!offsets) return;
  const slice = body.slice(offsets[0], offsets[1]);
  if (!slice.includes('{%')) return;
  const indent = ' '.repeat(Math.max(0, (paragraph.position?.start.column ?? 1) - 1));
  for (const match of slice.matchAll(/(?:^|\n)[ \t]*\{%[^\n]*?%\}([ \t]*)(?=\S)/g)) {
    const at = offsets[0] + match.index + match[0].length - match[1]!.length;
    edits.push({start: at, end: at + match[1]!.length, text: `\n${indent}`});
    count(counts, 'balises GitBook mises sur leur ligne');
  }
  for (const match of slice.matchAll(/(\S)([ \t]+)(\{%[^\n]*%\})[ \t]*(?=\n|$)/g)) {
    const at = offsets[0] + match.index + match[1]!.length;
    edits.push({start: at, end: at + match[2]!.length, text: `\n${indent}`});
    count(counts, 'balises GitBook mises sur leur ligne');
  }
}

/** The text of an image is prose read aloud: same typography as the page, when written plainly. */
function altEdit(image: Image, body: string, edits: Edit[], typesetText: Typeset) {
  const start = image.position?.start.offset;
  if (start === undefined || !image.alt) return;
  const from = start + 2;
  const to = from + image.alt.length;
  if (body.slice(start, from) !== '![' || body.slice(from, to + 2) !== `${image.alt}](`) return;
  const typeset = typesetText(image.alt);
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

function tagEdit(
  node: GitbookTag,
  context: ConvertContext,
  edits: Edit[],
  report: (node: Node, message: string) => void,
  counts: Counts,
  problems: PageProblem[],
) {
  // Adaptive content: its condition is an expression, not attributes. The content stays (the build
  // shows it to every reader); the condition is said, once for the whole space (import.ts).
  const condition = /^if\s+(.+)$/is.exec(node.value)?.[1];
  if (condition) {
    report(
      node,
      `contenu adaptatif {% if ${condition.trim()} %} : GitBook ne le montre qu’à certains lecteurs, le site le montre à tous ; vérifiez qu’il convient à tous.`,
    );
    count(counts, 'blocs {% if %}');
    return;
  }
  const offsets = offsetsOf(node);
  const parsed = parseTag(node.value);
  if (!offsets || !parsed.ok) return; // the build reports unreadable tags, with the line
  const {name} = parsed.tag;
  const attributes = Object.fromEntries(Object.entries(parsed.tag.attributes).map(([key, value]) => [key, unescapeAttribute(value)]));
  const raw = context.analysis.body.slice(offsets[0], offsets[1]);
  const indent = /^[ \t]*/.exec(raw)![0];
  const replace = (text: string) => edits.push({start: offsets[0], end: offsets[1], text: indent + text});
  const address = (key: string, kind: 'page' | 'file') => {
    const value = attributes[key]?.replace(/^<(.*)>$/, '$1');
    if (!value) return undefined;
    const result = rewriteAddress(value, context, counts);
    if (result === 'missing') {
      report(node, `{% ${name} %} : « ${value} » introuvable dans l'export ; corrigez le chemin ${kind === 'page' ? 'de la page' : 'du fichier'}.`);
      return undefined;
    }
    const problem = addressProblem(value, result);
    if (problem) report(node, problem);
    if (result === 'unlisted' || result === 'broken') return undefined;
    return result ?? {url: value};
  };
  if (name === 'include') {
    insertInclude(parsed.tag.argument, node, context, replace, report, counts, problems);
    return;
  }
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
  if (!name.startsWith('end')) count(counts, `blocs {% ${name} %}`);
  const addressed: Record<string, ['src' | 'url', 'page' | 'file']> = {'content-ref': ['url', 'page'], file: ['src', 'file'], openapi: ['src', 'file']};
  const [key, kind] = addressed[name] ?? [];
  if (key && kind && !(name === 'openapi' && isExternal(attributes[key]?.replace(/^<(.*)>$/, '$1') ?? ''))) {
    const target = address(key, kind);
    if (target) attributes[key] = target.url;
  }
  const rewritten = writeTag(name, attributes);
  if (rewritten !== raw.trim()) replace(rewritten);
}

/**
 * `{% include "…/.gitbook/includes/bloc.md" %}`: the reusable block, converted for this page (its
 * links lead from here), put in the tag's place, indented as the tag was. A block of another space
 * (`https://app.gitbook.com/s/…/~/reusable/…`) cannot be read from the export: a person copies it.
 */
function insertInclude(
  target: string | undefined,
  node: GitbookTag,
  context: ConvertContext,
  replace: (text: string) => void,
  report: (node: Node, message: string) => void,
  counts: Counts,
  problems: PageProblem[],
) {
  // What cannot be inserted leaves a comment in its place, that readers do not see: the place where
  // a person copies the content (the build would stop on the tag).
  const leaveMark = (what: string) => replace(`<!-- À reprendre : ${what.replace(/--/g, '‑‑')} -->`);
  if (!target || isExternal(target)) {
    report(
      node,
      `contenu réutilisable d’un autre espace GitBook (« ${target ?? '?'} ») : l’export ne le contient pas ; recopiez-le dans la page, à la place du commentaire « À reprendre » laissé à cette ligne.`,
    );
    leaveMark(`contenu réutilisable d’un autre espace GitBook, ${target ?? '?'}`);
    return;
  }
  const includePath = path.posix.normalize(path.posix.join(path.posix.dirname(context.source), decode(target)));
  if ((context.including ?? []).includes(includePath) || includePath === context.source) {
    report(node, `contenu réutilisable « ${target} » qui s’inclut lui-même : il n’est pas inséré une seconde fois.`);
    replace('');
    return;
  }
  const included = context.links.include?.(includePath, context);
  if (!included) {
    report(
      node,
      `contenu réutilisable « ${target} » introuvable dans l’export : recopiez son texte dans la page, à la place du commentaire « À reprendre » laissé à cette ligne, ou supprimez ce commentaire.`,
    );
    leaveMark(`contenu réutilisable introuvable dans l’export, ${target}`);
    return;
  }
  const indent = ' '.repeat(Math.max(0, (node.position?.start.column ?? 1) - 1));
  const lines = included.body.trimEnd().split('\n');
  replace(lines.map((line, index) => (index === 0 || line === '' ? line : indent + line)).join('\n'));
  problems.push(...included.problems.map((problem) => ({...problem, source: problem.source ?? includePath})));
  for (const [key, value] of Object.entries(included.counts)) count(counts, key, value);
  count(counts, 'contenus réutilisables insérés');
}

/** The addresses an HTML snippet holds: `href`, `src`, and each of `srcset`'s, decoded. */
const htmlAddress = /(\s(?:href|src|srcset)\s*=\s*)(["'])(.*?)\2/gi;

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_whole, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_whole, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');
}

const encodeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Rewrites the addresses of an HTML snippet kept as it is (cards, tables the build converts, tags
 * of inline HTML): each to its new place, relative to the new page. The snippet is otherwise left as
 * written: only attribute values change.
 */
function rewriteHtmlAddresses(html: string, rewrite: (url: string) => string): string {
  return html.replace(htmlAddress, (_whole, prefix: string, _quote: string, value: string) => {
    const decoded = decodeEntities(value);
    const isSrcset = /srcset/i.test(prefix);
    const rewritten = isSrcset
      ? decoded
          .split(',')
          .map((candidate) => {
            const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
            return [rewrite(url), ...descriptor].join(' ');
          })
          .join(', ')
      : rewrite(decoded);
    return `${prefix}"${encodeAttribute(rewritten)}"`;
  });
}

/**
 * HTML in a page. A block that GitBook's HTML converter (src/features/gitbook/remark/html) turns into plain
 * Markdown (figures, pictures, aligned images and paragraphs, tables of one-line cells) is written
 * as Markdown, its addresses rewritten: what a contributor edits next. Card tables, tables with
 * lists in their cells, `<details>`… stay HTML, which the build converts or renders as it is; their
 * addresses are rewritten in place. Inline: an icon (`<i class="fa-…">`) goes, links and images
 * have their addresses rewritten. Only what needs a person is reported.
 */
function htmlEdit(
  node: Html,
  index: number | undefined,
  parent: Parent | undefined,
  context: ConvertContext,
  edits: Edit[],
  report: (node: Node, message: string) => void,
  counts: Counts,
) {
  const offsets = offsetsOf(node);
  if (!offsets) return;
  const inline = parent?.type === 'paragraph' || parent?.type === 'heading' || parent?.type === 'tableCell';
  const resolve = (url: string, what: 'lien' | 'image'): string => {
    if (url === '' || (url.startsWith('#') && !url.slice(1))) return url;
    if (what === 'image' && /^https?:\/\//i.test(url)) {
      const local = context.links.remoteImage?.(url);
      if (local) {
        count(counts, 'images d’autres sites enregistrées avec la page');
        return relativeFrom(context.file, local);
      }
      report(
        node,
        `image d’un autre site (${url}) qui n’a pas pu être téléchargée : enregistrez-la à côté de la page et liez-la par son chemin (une page du site ne fait aucune requête vers un autre site).`,
      );
      return url;
    }
    const result = rewriteAddress(url, context, counts);
    const problem = addressProblem(url, result);
    if (problem) report(node, problem);
    // A link GitBook could not resolve leads nowhere: '' marks it, for the element to go (its words stay).
    if (result === 'broken') return '';
    return result && typeof result === 'object' ? result.url : url;
  };
  /** `<a href="">…</a>` → its words, `<img src="">` → nothing: what a broken reference leaves. */
  const withoutDeadEnds = (html: string) =>
    html.replace(/<a\s[^>]*\bhref=""[^>]*>([\s\S]*?)<\/a>/gi, '$1').replace(/<(img|source)\s[^>]*\b(src|srcset)=""[^>]*>/gi, '');

  if (inline) {
    const siblings = parent!.children as Node[];
    // `<p>…</p>` in a cell of a Markdown table (GitBook writes them): the cell's text is enough.
    if (parent?.type === 'tableCell' && /^<\/?p(\s[^>]*)?>$/i.test(node.value.trim())) {
      const closing = node.value.trim().startsWith('</');
      edits.push({start: offsets[0], end: offsets[1], text: closing && (index ?? 0) < siblings.length - 1 ? ' ' : ''});
      return;
    }
    // An icon: `<i class="fa-github">:github:</i>`, three nodes; its words say it already.
    if (/^<i\s[^>]*class=["'][^"']*\bfa-/i.test(node.value)) {
      const close = siblings.findIndex((sibling, at) => at > (index ?? 0) && sibling.type === 'html' && /^<\/i\s*>$/i.test((sibling as Html).value.trim()));
      const end = close === -1 ? undefined : offsetsOf(siblings[close] as Html)?.[1];
      if (end !== undefined) {
        const body = context.analysis.body;
        // One space goes with the icon: the one after it (`### <i>…</i> Titre`), else the one before.
        const after = body[end] === ' ';
        const before = !after && body[offsets[0] - 1] === ' ' && /[.,;:!?)]/.test(body[end] ?? '');
        edits.push({start: before ? offsets[0] - 1 : offsets[0], end: after ? end + 1 : end, text: ''});
        count(counts, 'icônes retirées');
      }
      return;
    }
    // An expression, `<code class="expression">space.vars.NAME</code>`: the variable's value.
    if (/^<code\s[^>]*class=["']expression["']/i.test(node.value)) {
      const siblings = parent!.children as Node[];
      const close = siblings.findIndex((sibling, at) => at > (index ?? 0) && sibling.type === 'html' && /^<\/code\s*>$/i.test((sibling as Html).value.trim()));
      const end = close === -1 ? undefined : offsetsOf(siblings[close] as Html)?.[1];
      if (end !== undefined) {
        const expression = context.analysis.body.slice(offsets[1], offsetsOf(siblings[close] as Html)![0]).trim();
        const value = context.links.variable?.(expression);
        if (value !== undefined) {
          edits.push({start: offsets[0], end, text: escapeMarkdown(value)});
          count(counts, 'variables GitBook remplacées par leur valeur');
        } else {
          edits.push({start: offsets[0], end, text: `\`${expression}\``});
          report(node, `expression GitBook « ${expression} » : sa valeur n’est pas dans l’export (.gitbook/vars.yaml) ; écrivez-la à sa place.`);
        }
      }
      return;
    }
    // A link of one text (`<a href="x.md">x.md</a>`, a mention or a button): a Markdown link, named
    // after the page it leads to when GitBook named it after a file.
    const words = siblings[(index ?? 0) + 1];
    const closing = siblings[(index ?? 0) + 2];
    if (/^<a\s/i.test(node.value) && words?.type === 'text' && closing?.type === 'html' && /^<\/a\s*>$/i.test((closing as Html).value.trim())) {
      const link = elementsOf(parseHtml(`${node.value}</a>`).children)[0];
      const href = link && attributeOf(link, 'href');
      const end = offsetsOf(closing as Html)?.[1];
      if (href !== undefined && end !== undefined) {
        const text = (words as Text).value.trim();
        const url = resolve(href, 'lien');
        const result = url && !isExternal(href) ? rewriteAddress(href, context, {}) : undefined;
        const title =
          result && typeof result === 'object' && (/\.md(#.*)?$/i.test(text) || text === fileNameOf(href) || text === href) ? result.title : undefined;
        const shown = escapeMarkdown(title ?? text);
        // As for Markdown links: a title ending on « ? » ends the sentence.
        const body = context.analysis.body;
        const stop = title && /[?!…]$/.test(title) && body[end] === '.' && body[end + 1] !== '.' ? 1 : 0;
        edits.push({start: offsets[0], end: end + stop, text: url ? `[${shown}](${writeDestination(url)})` : shown});
        count(counts, 'liens HTML devenus Markdown');
        return;
      }
    }
    if (/^<img\s/i.test(node.value)) {
      const img = elementsOf(parseHtml(node.value).children)[0];
      const decorativeIcon = img && attributeOf(img, 'dataSize') === 'line';
      if (img && !(attributeOf(img, 'alt') ?? '').trim() && !decorativeIcon && !isBrokenReference(attributeOf(img, 'src') ?? '')) report(node, imageWithoutAlt);
    }
    const rewritten = rewriteHtmlAddresses(node.value, (url) => resolve(url, /^<(img|source)\s/i.test(node.value) ? 'image' : 'lien'));
    if (rewritten !== node.value) {
      // A link to nowhere: its opening and closing tags go, its words stay; an image to nowhere goes.
      const deadEnd = /^<a\s[^>]*\bhref=""/i.test(rewritten) || /^<img\s[^>]*\bsrc=""/i.test(rewritten);
      edits.push({start: offsets[0], end: offsets[1], text: deadEnd ? '' : rewritten});
      if (deadEnd && /^<a\s/i.test(rewritten)) {
        const siblings = parent!.children as Node[];
        const close = siblings.findIndex((sibling, at) => at > (index ?? 0) && sibling.type === 'html' && /^<\/a\s*>$/i.test((sibling as Html).value.trim()));
        const closeOffsets = close === -1 ? undefined : offsetsOf(siblings[close] as Html);
        if (closeOffsets) edits.push({start: closeOffsets[0], end: closeOffsets[1], text: ''});
      }
    }
    return;
  }

  // GitBook's layout wrapper written over several lines (`<div data-full-width="true">`, a blank line,
  // the image, a blank line, `</div>`): the wrapper goes, what it holds stays.
  if (/^<div(\s+(align|data-full-width|data-with-frame)(="[^"]*")?)*\s*>$/i.test(node.value.trim()) && parent) {
    const siblings = parent.children as Node[];
    const close = siblings.findIndex((sibling, at) => at > (index ?? 0) && sibling.type === 'html' && /^<\/div\s*>$/i.test((sibling as Html).value.trim()));
    const closeOffsets = close === -1 ? undefined : offsetsOf(siblings[close] as Html);
    if (closeOffsets) {
      edits.push({start: offsets[0], end: offsets[1], text: ''}, {start: closeOffsets[0], end: closeOffsets[1], text: ''});
      count(counts, 'blocs de mise en page GitBook retirés');
      return;
    }
  }
  // A block: as plain Markdown when the converter says it is faithful.
  const converted = htmlBlockToMdast(node.value);
  if (converted && converted.every((child) => child.type === 'paragraph' || child.type === 'table' || child.type === 'code')) {
    const root: Root = {type: 'root', children: converted as Root['children']};
    visit(root, (child, at, parent) => {
      if (child.type === 'image') {
        const image = child as Image;
        image.url = resolve(image.url, 'image');
        if (image.url === '' && parent && at !== undefined) {
          // An image GitBook had lost: nothing to show.
          parent.children.splice(at, 1);
          return at;
        }
        if (!image.alt?.trim() && !image.data?.decorative) report(node, imageWithoutAlt);
        image.alt = context.analysis.typeset(image.alt ?? '');
      } else if (child.type === 'link') {
        const link = child as Link;
        link.url = resolve(link.url, 'lien');
        if (link.url === '' && parent && at !== undefined) {
          parent.children.splice(at, 1, ...link.children);
          return at;
        }
      }
      return undefined;
    });
    // Paragraphs left empty by a lost image go too.
    root.children = root.children.filter((child) => child.type !== 'paragraph' || child.children.length > 0);
    const indent = ' '.repeat(Math.max(0, (node.position?.start.column ?? 1) - 1));
    const markdown = toMarkdown(root, {extensions: [gfmToMarkdown()], bullet: '*', emphasis: '_', rule: '*'}).trimEnd();
    edits.push({
      start: offsets[0],
      end: offsets[1],
      text: markdown
        .split('\n')
        .map((line, at) => (at === 0 || line === '' ? line : indent + line))
        .join('\n'),
    });
    const images = converted.filter((child) => child.type === 'paragraph' && child.children.some((phrasing) => phrasing.type === 'image')).length;
    if (images > 0) count(counts, 'images HTML devenues Markdown', images);
    if (converted.some((child) => child.type === 'table')) count(counts, 'tableaux HTML devenus Markdown');
    return;
  }
  // Kept: the build converts it (card tables, tables whose cells hold lists) or renders it as it is.
  const elements = elementsOf(parseHtml(node.value).children);
  const imgs = elements.flatMap((element) => [element, ...descendantsOf(element)]).filter((element) => element.tagName === 'img');
  for (const img of imgs) {
    if (!(attributeOf(img, 'alt') ?? '').trim() && attributeOf(img, 'dataSize') !== 'line' && !isBrokenReference(attributeOf(img, 'src') ?? ''))
      report(node, imageWithoutAlt);
  }
  const rewritten = withoutDeadEnds(rewriteHtmlAddresses(node.value, (url) => resolve(url, /\.(png|jpe?g|gif|svg|webp|avif)$/i.test(url) ? 'image' : 'lien')));
  if (rewritten !== node.value) edits.push({start: offsets[0], end: offsets[1], text: rewritten});
  const known = new Set([
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'a',
    'p',
    'strong',
    'em',
    'code',
    'br',
    'ul',
    'ol',
    'li',
    'img',
    'figure',
    'figcaption',
    'picture',
    'source',
    'div',
    'span',
    'details',
    'summary',
    'mark',
    'kbd',
    'sup',
    'sub',
    'abbr',
    'i',
    'b',
    'u',
    'h2',
    'h3',
    'h4',
    'pre',
    'select',
    'option',
    'hr',
    'blockquote',
  ]);
  const unusual = [...new Set(elements.flatMap((element) => [element, ...descendantsOf(element)]).map((element) => element.tagName))].filter(
    (tag) => !known.has(tag),
  );
  if (unusual.length > 0) report(node, `HTML conservé tel quel (<${unusual.join('>, <')}>) : vérifiez son rendu, ou réécrivez-le en Markdown.`);
  if (elements.some((element) => element.tagName === 'table' && attributeOf(element, 'dataView') === 'cards'))
    count(counts, 'tableaux de cartes (rendus en cartes à la construction)');
}

function descendantsOf(element: Element): Element[] {
  return elementsOf(element.children).flatMap((child) => [child, ...descendantsOf(child)]);
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
    applyEdits(
      source,
      offsets.map((offset) => ({start: offset, end: offset + 1, text: ''})),
    );
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

/** French typography on the prose of the page, as `npm run lint:content -- --fix` writes it (src/features/french-typography/source.ts). */
export function typesetProse(text: string, typesetText: Typeset = applyFrenchTypography): {text: string; changed: number} {
  return typesetMarkdownSource(text, parseMarkdown, typesetText);
}

/**
 * List items written `*   texte` or `1.  texte`, as GitBook writes an item of several blocks: one
 * space after the marker, as the guide's style asks (markdownlint MD030), and the item's other lines
 * moved left as much, so that what they hold stays in the item. Outer lists first, one level a turn.
 */
export function tidyListMarkers(text: string): {text: string; changed: number} {
  let changed = 0;
  let current = text;
  for (let turn = 0; turn < 10; turn += 1) {
    const tree = parseMarkdown(current);
    const lines = current.split('\n');
    const edits: Array<{line: number; column: number; remove: number}> = [];
    visit(tree, (node) => {
      if (node.type === 'blockquote') return SKIP;
      if (node.type !== 'listItem') return undefined;
      const item = node as ListItem;
      const first = item.children[0];
      const start = item.position?.start;
      const end = item.position?.end;
      if (!first?.position || !start || !end || first.position.start.line !== start.line) return undefined;
      const line = lines[start.line - 1]!;
      const marker = /^([*+-]|\d{1,9}[.)])( {2,4})(?=\S)/.exec(line.slice(start.column - 1));
      if (!marker) return undefined;
      const extra = marker[2]!.length - 1;
      const contentColumn = start.column - 1 + marker[1]!.length + marker[2]!.length;
      edits.push({line: start.line, column: start.column - 1 + marker[1]!.length, remove: extra});
      for (let next = start.line + 1; next <= end.line; next += 1) {
        const indent = /^ */.exec(lines[next - 1]!)![0].length;
        if (indent >= contentColumn) edits.push({line: next, column: 0, remove: extra});
      }
      // Its own lists wait for the next turn, read again with the new indentation.
      return SKIP;
    });
    if (edits.length === 0) break;
    for (const edit of edits) {
      const line = lines[edit.line - 1]!;
      lines[edit.line - 1] = line.slice(0, edit.column) + line.slice(edit.column + edit.remove);
    }
    changed += edits.filter((edit) => edit.column > 0).length;
    current = lines.join('\n');
  }
  return {text: current, changed};
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
    // GitBook marks trailing spaces as `&#x20;`: gone at a line's end or before a space, a space elsewhere.
    const unmarked = line.replace(/&#x20;(?=\s|$)/gi, '').replace(/&#x20;/gi, ' ');
    const tidy = /^\s*$/.test(unmarked) ? '' : / {2,}$/.test(unmarked) ? unmarked : unmarked.replace(/[ \t]$/, '');
    if (tidy === '' && result.at(-1) === '' && !verbatim.has(index)) return;
    result.push(tidy);
  });
  return result.join('\n');
}

export function convertBody(context: ConvertContext): ConvertedBody {
  const problems: PageProblem[] = [...context.analysis.integrationProblems];
  const counts: Counts = {};
  if (context.analysis.integrations > 0) count(counts, 'intégrations GitBook (diagrammes, widgets) remplacées', context.analysis.integrations);
  const structured = structuralEdits(context, problems, counts);
  const unescaped = removeNeedlessEscapes(structured);
  if (unescaped.removed > 0) count(counts, 'échappements inutiles retirés', unescaped.removed);
  const typeset = typesetProse(unescaped.text, context.analysis.typeset);
  if (typeset.changed > 0) count(counts, 'textes mis en typographie française', typeset.changed);
  const lists = tidyListMarkers(typeset.text);
  if (lists.changed > 0) count(counts, 'puces suivies d’une seule espace', lists.changed);
  const body = `${tidyWhitespace(lists.text)
    .replace(/^\s*\n/, '')
    .replace(/\s*$/, '')}\n`;
  return {body, problems, counts};
}
