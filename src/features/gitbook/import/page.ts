/**
 * One GitBook page → one page of the site. Every change is located in the parsed tree and applied
 * to the source text (markdown.ts), so the author's Markdown stays as written elsewhere:
 * - the `# Titre` line becomes the `title` of the front matter; headings start at `##`, lose the
 *   stray section numbers of exports (« 1.1.2. ») and get an explicit ASCII id, which the links
 *   of other pages use (headings.ts);
 * - links to pages and files of the export point to their new place (markdown-edits.ts);
 *   GitBook's tags are rewritten or reported (tags.ts);
 * - HTML is parsed with hast: blocks that have a plain Markdown form become Markdown, the others
 *   keep their markup with their addresses rewritten (html-block.ts, html-inline.ts);
 * - images of other sites point to their downloaded copy, or become links to them: a page of the
 *   site never loads anything from another site;
 * - export artefacts go: `\*\*\*\*` (an escaped empty bold), backslash escapes that change nothing;
 * - the prose gets French typography, as the build would print it (tidy.ts).
 */
import GithubSlugger, {slug as githubSlug} from 'github-slugger';
import type {Definition, Heading, Html, Image, ImageReference, Link, Node, Paragraph, Parent, Root, Text} from 'mdast';
import {visit, SKIP} from 'unist-util-visit';
import type {GitbookTag} from '../../../shared/markdown/gitbook-tag-syntax';
import {descriptionFromContent, plainDescription} from '../../../shared/markdown/description';
import {applyFrenchTypography} from '../../french-typography/public';
import {explicitId, firstHeadingIsTitle, headingEdits, headingText, plainHeadingText, titleEdit} from './headings';
import {blockHtmlEdit} from './html-block';
import {inlineHtmlEdit} from './html-inline';
import {convertIntegrations, type IntegrationResult} from './integrations';
import {applyEdits, parseMarkdown} from './markdown';
import {addressEdit, artefactEdits, definitionEdit, definitionsOf, imageEdit, imageReferenceEdit, tagLineEdits} from './markdown-edits';
import {count, type ConvertContext, type ConvertedBody, type Counts, type PageAnalysis, type PageProblem, type PageWork, type Typeset} from './page-types';
import {remoteLoads} from './remote-images';
import {asciiSlug, UniqueNames} from './slugs';
import {tagEdit} from './tags';
import {removeNeedlessEscapes, tidyListMarkers, tidyWhitespace, typesetProse} from './tidy';

export {isBrokenReference} from './addresses';
export {plainHeadingText} from './headings';
export {removeNeedlessEscapes, tidyListMarkers, tidyWhitespace, typesetProse} from './tidy';
export {asWritten} from './page-types';
export type {ConvertContext, ConvertedBody, Counts, PageAnalysis, PageLinks, PageProblem, Typeset} from './page-types';

/** The ids of the headings after the title, and every anchor a link may use for each. */
function headingAnchors(tree: Root, titleHeading: Heading | undefined): {anchors: Map<string, string>; headingIds: string[]} {
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
  return {anchors, headingIds};
}

/** A page's body with its integration blocks converted, and its tree: what its analysis reads. */
export interface ParsedPage {
  integrations: IntegrationResult;
  tree: Root;
}

export function parsePage(exportBody: string): ParsedPage {
  const integrations = convertIntegrations(exportBody);
  return {integrations, tree: parseMarkdown(integrations.body)};
}

/** What the first pass learns of a page (its body as exported, or already parsed by parsePage). */
export function analyzePage(
  exportBody: string | ParsedPage,
  bodyLineOffset: number,
  frontMatter: Record<string, unknown>,
  label: string,
  typeset: Typeset = applyFrenchTypography,
): PageAnalysis {
  const {integrations, tree} = typeof exportBody === 'string' ? parsePage(exportBody) : exportBody;
  const body = integrations.body;
  const titleHeading = firstHeadingIsTitle(tree);
  const title = typeset(titleHeading ? headingText(titleHeading).text || label : label);
  const rawDescription = typeof frontMatter.description === 'string' ? frontMatter.description : undefined;
  const description = rawDescription === undefined ? undefined : cleanDescription(rawDescription, typeset);
  return {
    title,
    description: description || undefined,
    droppedFields: Object.keys(frontMatter).filter((key) => key !== 'description'),
    ...headingAnchors(tree, titleHeading),
    body,
    bodyLineOffset,
    lineOf: integrations.lineOf,
    integrationProblems: integrations.problems.map((problem) => ({line: problem.line + bodyLineOffset, message: problem.message})),
    integrations: integrations.conversions,
    typeset,
  };
}

/** GitBook's `description:` without the export's quotes (`'"Texte"'`), on one line, as text (no Markdown), typeset. */
export function cleanDescription(text: string, typeset: Typeset = applyFrenchTypography): string {
  let value = text.replace(/\s+/g, ' ').trim();
  const quoted = /^(["“«])\s*(.*?)\s*(["”»])$/u.exec(value);
  if (quoted) value = quoted[2]!;
  return typeset(plainDescription(value));
}

/** A description from the page's first real paragraph, cut at a sentence or a word, for pages without one. */
export function descriptionFromBody(body: string, maxLength = 160, typeset: Typeset = applyFrenchTypography): string | undefined {
  // The build's own rule (src/shared/markdown/description.ts): the first real paragraph, as text.
  const text = descriptionFromContent(body, maxLength);
  return text === undefined ? undefined : typeset(text);
}

/** A page being converted, its problems placed at the export's lines. */
function pageWork(context: ConvertContext, problems: PageProblem[], counts: Counts): PageWork {
  const {analysis} = context;
  const lineOf = (node: Node) => analysis.lineOf(node.position?.start.line ?? 1) + analysis.bodyLineOffset;
  return {
    context,
    body: analysis.body,
    edits: [],
    counts,
    problems,
    report: (node, problem) => problems.push({line: lineOf(node), ...(typeof problem === 'string' ? {message: problem} : problem)}),
  };
}

const inlineParents = new Set(['paragraph', 'heading', 'tableCell']);

/** First pass of edits: structure, addresses, blocks and artefacts, located in the original tree. */
function structuralEdits(work: PageWork): string {
  const tree = parseMarkdown(work.body);
  headingEdits(tree, titleEdit(tree, work), work);
  const {definitions, imageIdentifiers} = definitionsOf(tree);
  visit(tree, (node, index, parent) => {
    switch (node.type) {
      case 'link':
        addressEdit(node as Link, work);
        return undefined;
      case 'definition':
        definitionEdit(node as Definition, imageIdentifiers, work);
        return undefined;
      case 'image':
        imageEdit(node as Image, work, parent?.type === 'link' || parent?.type === 'linkReference');
        return undefined;
      case 'imageReference':
        imageReferenceEdit(node as ImageReference, definitions, work);
        return undefined;
      case 'html':
        if (parent && index !== undefined && inlineParents.has(parent.type)) inlineHtmlEdit(node as Html, index, parent as Parent, work);
        else blockHtmlEdit(node as Html, index, parent as Parent | undefined, work);
        return SKIP;
      case 'gitbookTag':
        tagEdit(node as GitbookTag, work);
        return SKIP;
      case 'text':
        artefactEdits(node as Text, work.body, work.edits, work.counts);
        return undefined;
      case 'paragraph':
        tagLineEdits(node as Paragraph, work.body, work.edits, work.counts);
        return undefined;
      case 'code':
      case 'inlineCode':
        return SKIP;
      default:
        return undefined;
    }
  });
  return applyEdits(work.body, work.edits);
}

export function convertBody(context: ConvertContext): ConvertedBody {
  const problems: PageProblem[] = [...context.analysis.integrationProblems];
  const counts: Counts = {};
  if (context.analysis.integrations > 0) count(counts, 'intégrations GitBook (diagrammes, widgets) remplacées', context.analysis.integrations);
  const structured = structuralEdits(pageWork(context, problems, counts));
  const unescaped = removeNeedlessEscapes(structured);
  if (unescaped.removed > 0) count(counts, 'échappements inutiles retirés', unescaped.removed);
  const typeset = typesetProse(unescaped.text, context.analysis.typeset);
  if (typeset.changed > 0) count(counts, 'textes mis en typographie française', typeset.changed);
  const lists = tidyListMarkers(typeset.text);
  if (lists.changed > 0) count(counts, 'puces suivies d’une seule espace', lists.changed);
  const tree = parseMarkdown(lists.text);
  // What the import could not make local, should any remain: a page of the site loads nothing from
  // another site. Checked once on the whole page, reusable blocks inserted (whitespace changes no address).
  if (!context.including) {
    for (const load of remoteLoads(tree)) {
      problems.push({line: 1, message: `la page chargerait encore ${load} d’un autre site : retirez-le, ou enregistrez ce qu’il montre à côté de la page.`});
    }
  }
  const body = `${tidyWhitespace(lists.text, tree)
    .replace(/^\s*\n/, '')
    .replace(/\s*$/, '')}\n`;
  return {body, problems, counts};
}
