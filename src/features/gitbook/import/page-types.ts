/**
 * What converting one page works with: what the first pass learnt of it (PageAnalysis), where the
 * other pages and files of the space now are (PageLinks), and what comes out (ConvertedBody). Apart
 * from the code that fills them, so that every step of a page's conversion reads the same types.
 */
import type {Node} from 'mdast';
import type {Edit} from './markdown';
import type {Counts, ProblemItem} from './report-types';

export type {Counts} from './report-types';

export interface PageProblem {
  /** Line in the export's file. */
  line: number;
  message: string;
  /** The file of the export the line is in, when it is not the page's own (a reusable block). */
  source?: string;
  /** How to say it together with the problems of the same kind at the same line (report.ts). */
  item?: ProblemItem;
}

/** A problem before it has a place: its message, and how to group it with its like. */
export interface Problem {
  message: string;
  item?: ProblemItem;
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
  include?(exportPath: string, into: ConvertContext): ConvertedBody | undefined;
}

export interface ConvertedBody {
  body: string;
  problems: PageProblem[];
  counts: Counts;
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
 * One page being converted: its context, the edits of its source text found so far, and what
 * it tells a person and counts. Every step of the conversion adds to it.
 */
export interface PageWork {
  context: ConvertContext;
  /** The body being edited (the analysis's), which the edits' offsets refer to. */
  body: string;
  edits: Edit[];
  counts: Counts;
  problems: PageProblem[];
  /** Records a problem at the line of the export where `node` is. */
  report(node: Node, problem: Problem | string): void;
}

export function count(counts: Counts, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

/** Adds `more` to `counts`, key by key, in `more`'s order. */
export function addCounts(counts: Counts, more: Counts): void {
  for (const [key, value] of Object.entries(more)) count(counts, key, value);
}
