/**
 * The headings of a page: the first, a level-1 heading, is the page's title (the front matter's);
 * the others start at `##`, lose the stray section numbers of exports (« 1.1.2. ») and GitBook's
 * anchor (`<a href="#id" id="id"></a>`, whose id they keep) and icons, and get an explicit ASCII id,
 * which the links of the other pages use.
 */
import type {Heading, Html, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {visit} from 'unist-util-visit';
import {attributeOf, descendantsOf, hasClass, HtmlFragment, isEndTag, openedElement, parseHtml} from './html';
import {offsetsOf} from './markdown';
import {count, type PageWork} from './page-types';
import {asciiSlug} from './slugs';

/** « 1.1.2. » or « 1.2.3 » before a heading's text; « 2.0 Nouveautés » or « 1.5 million » are words. */
const sectionNumber = /^\s*\d+(?:(?:\.\d+)+\.|(?:\.\d+){2,})\s+/;
export const explicitId = /\s*\{#([^}]+)\}\s*$/;

/** `<i class="fa-…">`: the start of a GitBook icon, `<i class="fa-…">:icon:</i>`, whose words the text says already. */
export function isIconStart(html: string): boolean {
  let known = iconStarts.get(html);
  if (known === undefined) {
    const element = openedElement(new HtmlFragment(html));
    iconStarts.set(html, (known = element?.tagName === 'i' && hasClass(element, (name) => name.startsWith('fa-'))));
  }
  return known;
}

/** What isIconStart found for each value: a space repeats its few icons, and its `</a>`. */
const iconStarts = new Map<string, boolean>();

/** A heading's words, without HTML (GitBook's anchor, icons) and without the icons' `:name:`. */
export function plainHeadingText(heading: Heading): string {
  const words: string[] = [];
  let inIcon = false;
  for (const child of heading.children) {
    if (child.type === 'html') {
      if (isIconStart(child.value)) inIcon = true;
      else if (isEndTag(child.value, 'i')) inIcon = false;
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
  if (!html) return undefined;
  const anchor = descendantsOf(parseHtml(html)).find((element) => element.tagName === 'a' && attributeOf(element, 'id'));
  return anchor && attributeOf(anchor, 'id');
}

/** Heading text as a reader sees it, without the export's section number or an explicit id. */
export function headingText(heading: Heading): {text: string; numbered: boolean; id?: string; anchor?: string} {
  const raw = plainHeadingText(heading);
  const id = explicitId.exec(raw)?.[1];
  const withoutId = raw.replace(explicitId, '');
  return {text: withoutId.replace(sectionNumber, '').trim(), numbered: sectionNumber.test(withoutId), id, anchor: gitbookAnchorId(heading)};
}

export function firstHeadingIsTitle(tree: Root): Heading | undefined {
  const first = tree.children[0];
  return first?.type === 'heading' && first.depth === 1 ? first : undefined;
}

/** The title line goes to the front matter, with the blank lines after it. */
export function titleEdit(tree: Root, work: PageWork): Heading | undefined {
  const titleHeading = firstHeadingIsTitle(tree);
  if (titleHeading) work.edits.push({start: 0, end: tree.children[1]?.position?.start.offset ?? work.body.length, text: ''});
  return titleHeading;
}

/** Headings: from `##`, without section numbers, with an explicit id. */
export function headingEdits(tree: Root, titleHeading: Heading | undefined, work: PageWork): void {
  const headings: Heading[] = [];
  visit(tree, 'heading', (heading: Heading) => void (heading !== titleHeading && headings.push(heading)));
  const smallest = Math.min(...headings.map((heading) => Math.max(2, heading.depth)));
  const shift = Number.isFinite(smallest) && smallest > 2 ? smallest - 2 : 0;
  if (shift > 0) count(work.counts, 'niveaux de titres décalés', headings.length);
  headings.forEach((heading, index) => headingEdit(heading, Math.max(2, heading.depth - shift), work.context.analysis.headingIds[index], work));
}

/**
 * Three small edits, so that links inside the heading are still rewritten: the `#` marks (a setext
 * heading becomes ATX), the section number, the id in place of a closing sequence.
 */
function headingEdit(heading: Heading, depth: number, newId: string | undefined, work: PageWork): void {
  const {body, edits, counts} = work;
  const offsets = offsetsOf(heading);
  const first = heading.children[0];
  const last = heading.children.at(-1);
  if (!offsets || first?.position?.start.offset === undefined || last?.position?.end.offset === undefined) return;
  const wordsStart = first.position.start.offset;
  const {text, numbered, id: existingId, anchor} = headingText(heading);
  // A page has one main title: a second level-1 heading becomes level 2, as its level says.
  if (heading.depth === 1) count(counts, 'seconds titres de niveau 1 devenus de niveau 2');
  edits.push({start: offsets[0], end: wordsStart, text: `${'#'.repeat(depth)} `});
  // A setext heading may span lines; an ATX heading holds one.
  for (const lineBreak of body.slice(wordsStart, last.position.end.offset).matchAll(/[ \t]*\n[ \t]*/g)) {
    const at = wordsStart + lineBreak.index;
    edits.push({start: at, end: at + lineBreak[0].length, text: ' '});
  }
  const number = numbered && first.type === 'text' ? sectionNumber.exec(body.slice(wordsStart, first.position.end.offset)) : null;
  if (number) {
    edits.push({start: wordsStart, end: wordsStart + number[0].length, text: ''});
    count(counts, 'numéros de section retirés des titres');
  }
  if (existingId) return;
  const id = newId ?? anchor ?? asciiSlug(text);
  // The heading's words end before its trailing HTML (GitBook's anchor), which goes, with the
  // spaces before it: one space before the id.
  const lastWords = [...heading.children].reverse().find((child) => child.type !== 'html') ?? last;
  let wordsEnd = lastWords.position?.end.offset ?? last.position.end.offset;
  while (wordsEnd > wordsStart && /[ \t]/.test(body[wordsEnd - 1]!)) wordsEnd -= 1;
  edits.push({start: wordsEnd, end: offsets[1], text: ` {#${id}}`});
  count(counts, anchor ? 'ancres GitBook gardées comme identifiants de titres' : 'ancres explicites ajoutées');
}
