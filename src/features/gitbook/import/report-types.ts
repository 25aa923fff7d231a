/**
 * What an import did, as import.ts returns it and report.ts writes it for a person: apart from both,
 * so that neither imports the other back.
 */
import type {Redirect} from '../../published-urls/public';

/** What was converted, by kind: « liens internes » → how many. */
export type Counts = Record<string, number>;

export type WriteOutcome = 'créé' | 'mis à jour' | 'inchangé' | 'conservé (modifié depuis l’import)' | 'conservé (ne vient pas de cet import)';

export interface ImportedFile {
  source: string;
  /** Destination-relative path. */
  file: string;
  outcome: WriteOutcome;
  slug?: string;
}

/**
 * How a problem is said together with the others of its kind at the same line of the same file:
 * a table of thirteen images without description is one line of the to-do list, which names them.
 */
export interface ProblemItem {
  /** What the problems are, in the plural: « images sans description ». */
  what: string;
  /** The element this one is about: an image's file name or position (« 2ᵉ image »), an address. */
  element: string;
  /** What a person does, for all of them at once. */
  todo: string;
}

export interface ImportProblem {
  /** Export-relative path of the file the problem is in. */
  source: string;
  line?: number;
  /** The problem alone, as a person reads it when it is the only one of its kind at its line. */
  message: string;
  item?: ProblemItem;
}

export interface ImportReport {
  exportDir: string;
  /** The space's root in the export (`.gitbook.yaml` may move it): problem paths are relative to it. */
  root: string;
  dest: string;
  dryRun: boolean;
  pages: ImportedFile[];
  files: ImportedFile[];
  counts: Counts;
  problems: ImportProblem[];
  /** Files of an earlier import that this export no longer produces: left in place. */
  stale: string[];
  /** Old addresses of the space carried into the site's redirects (src/features/published-urls/redirects.json). */
  redirects: Redirect[];
  /** The to-do list written for a person, when there is one. */
  todoFile?: string;
}
