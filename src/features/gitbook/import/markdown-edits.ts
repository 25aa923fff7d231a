/**
 * The edits of a page's Markdown itself: links, images and definitions to their new addresses,
 * images of other sites to their downloaded copies (or to links), the descriptions of images in
 * French typography, GitBook tags on their own lines, and the export's artefacts removed.
 */
import type {Definition, Image, ImageReference, Link, Paragraph, Root, Text} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {destinationRange, escapeMarkdown, fileNameOf, isBrokenReference, relativeFrom, rewriteAddress, addressProblem, writeDestination} from './addresses';
import {offsetsOf, type Edit} from './markdown';
import {count, type Counts, type PageWork, type Typeset} from './page-types';
import {imageLabel, imageWithoutAlt} from './problems';
import {isRemote, resolveImage} from './resolve';

/**
 * An image of another site: its downloaded copy, or a link to it (its words alone inside a link),
 * never a request from the page.
 */
function remoteImageEdit(image: Image, work: PageWork, insideLink: boolean): void {
  const target = resolveImage(image.url, work, image, insideLink ? 'words' : 'link');
  const range = destinationRange(work.body, image);
  if (typeof target === 'object') {
    if (range) work.edits.push({start: range[0], end: range[1], text: writeDestination(target.url)});
    return;
  }
  const offsets = offsetsOf(image);
  const words = image.alt?.trim() || imageLabel(image.url);
  const text = insideLink ? escapeMarkdown(words) : `[${escapeMarkdown(words)}](${writeDestination(image.url)})`;
  if (offsets) work.edits.push({start: offsets[0], end: offsets[1], text});
}

/** A link GitBook could not resolve: its words stay, without a link to nowhere. */
function brokenEdit(node: Link | Image | Definition, work: PageWork): void {
  const offsets = offsetsOf(node);
  // « Broken link » is GitBook's placeholder, not the author's words: it goes too.
  const words = node.type === 'link' ? toString(node).trim() : '';
  const text =
    node.type === 'image' ? (node.alt?.trim() ?? '') : node.type === 'link' ? (/^broken link$/i.test(words) ? '' : escapeMarkdown(words)) : undefined;
  if (offsets && text !== undefined) work.edits.push({start: offsets[0], end: offsets[1], text});
}

/** GitBook names a content-ref or mention link after the file: the reader wants the page's title. */
function linkTitleEdit(link: Link, title: string, work: PageWork): void {
  const text = toString(link).trim();
  const first = link.children[0]?.position?.start.offset;
  const lastEnd = link.children.at(-1)?.position?.end.offset;
  if (first === undefined || lastEnd === undefined) return;
  if (text !== link.url && !/\.md(#.*)?$/i.test(text) && !(text.startsWith('#') && link.title === 'mention') && text !== fileNameOf(link.url)) return;
  work.edits.push({start: first, end: lastEnd, text: escapeMarkdown(title)});
  // « [Pourquoi mutualiser ?](…). » would end on « ?. »: the title's mark ends the sentence.
  const end = link.position?.end.offset;
  if (end !== undefined && /[?!…]$/.test(title) && work.body[end] === '.' && work.body[end + 1] !== '.') work.edits.push({start: end, end: end + 1, text: ''});
}

/** A link, image or definition of the page, to its new address. */
export function addressEdit(node: Link | Image | Definition, work: PageWork, insideLink = false): void {
  if (node.type === 'image' && isRemote(node.url)) return remoteImageEdit(node, work, insideLink);
  const result = rewriteAddress(node.url, work.context, work.counts);
  const problem = addressProblem(node.url, result);
  if (problem) work.report(node, problem);
  if (result === 'broken') return brokenEdit(node, work);
  if (result === undefined || result === 'missing' || result === 'unlisted') return;
  const range = destinationRange(work.body, node);
  if (range) {
    // The address changes when the page moved; a link already right keeps it.
    if (result.url !== node.url) work.edits.push({start: range[0], end: range[1], text: writeDestination(result.url)});
    // GitBook's `"mention"` title marks its page links; shown to readers, it would be a tooltip « mention ».
    const mention = node.type === 'link' && node.title === 'mention' ? /^\s+"mention"/.exec(work.body.slice(range[1])) : null;
    if (mention) work.edits.push({start: range[1], end: range[1] + mention[0].length, text: ''});
  }
  if (node.type === 'link' && result.title) linkTitleEdit(node, result.title, work);
}

/** A Markdown image (`insideLink`: the image of a link): described (or reported), its description typeset, its address rewritten. */
export function imageEdit(image: Image, work: PageWork, insideLink: boolean): void {
  if (!image.alt?.trim() && !isBrokenReference(image.url) && !isRemoteFailure(image, work))
    work.report(image, imageWithoutAlt(imageLabel(image.url), 'markdown'));
  altEdit(image, work.body, work.edits, work.context.analysis.typeset);
  addressEdit(image, work, insideLink);
  count(work.counts, 'images');
}

/** An image of another site that could not be downloaded becomes a link: its description is no longer asked for. */
function isRemoteFailure(image: Image, work: PageWork): boolean {
  return isRemote(image.url) && !work.context.links.remoteImage?.(image.url);
}

/**
 * `![texte][ref]` whose definition is another site's image: the definition leads to the downloaded
 * copy (definitionEdit), or, when it could not be downloaded, the image becomes a link, `[texte][ref]`.
 */
export function imageReferenceEdit(reference: ImageReference, definitions: Map<string, Definition>, work: PageWork): void {
  const definition = definitions.get(reference.identifier);
  const offsets = offsetsOf(reference);
  if (!definition || !offsets || !isRemote(definition.url)) return;
  if (resolveImage(definition.url, work, reference, 'link') === 'failed') work.edits.push({start: offsets[0], end: offsets[0] + 1, text: ''});
}

/** A definition: of an image of another site, its downloaded copy; else as a link's address. */
export function definitionEdit(definition: Definition, imageIdentifiers: Set<string>, work: PageWork): void {
  const local = isRemote(definition.url) && imageIdentifiers.has(definition.identifier) ? work.context.links.remoteImage?.(definition.url) : undefined;
  const range = destinationRange(work.body, definition);
  if (local && range) work.edits.push({start: range[0], end: range[1], text: writeDestination(relativeFrom(work.context.file, local))});
  else addressEdit(definition, work);
}

/** The definitions of a page, by identifier, and those that images use. */
export function definitionsOf(tree: Root): {definitions: Map<string, Definition>; imageIdentifiers: Set<string>} {
  const definitions = new Map<string, Definition>();
  const imageIdentifiers = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'definition' && !definitions.has((node as Definition).identifier)) definitions.set((node as Definition).identifier, node as Definition);
    if (node.type === 'imageReference') imageIdentifiers.add((node as ImageReference).identifier);
  });
  return {definitions, imageIdentifiers};
}

/**
 * A GitBook tag and text on one line (`{% openapi … %} [spec](…)`, `texte {% endhint %}`): the tag
 * goes on a line of its own, where the build reads it as a tag, indented as the line was.
 */
export function tagLineEdits(paragraph: Paragraph, body: string, edits: Edit[], counts: Counts): void {
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
function altEdit(image: Image, body: string, edits: Edit[], typesetText: Typeset): void {
  const start = image.position?.start.offset;
  if (start === undefined || !image.alt) return;
  const from = start + 2;
  const to = from + image.alt.length;
  if (body.slice(start, from) !== '![' || body.slice(from, to + 2) !== `${image.alt}](`) return;
  const typeset = typesetText(image.alt);
  if (typeset !== image.alt) edits.push({start: from, end: to, text: typeset});
}

/** `\*\*\*\*` (GitBook's escaped empty bold) and its unescaped twin are removed from the text. */
export function artefactEdits(node: Text, body: string, edits: Edit[], counts: Counts): void {
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
