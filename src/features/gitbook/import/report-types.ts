/**
 * What an import did, as import.ts returns it and report.ts writes it for a person: apart from both,
 * so that neither imports the other back.
 */
import type {Counts} from './page';
import type {Redirect} from './redirects';

export type WriteOutcome = 'créé' | 'mis à jour' | 'inchangé' | 'conservé (modifié depuis l’import)' | 'conservé (ne vient pas de cet import)';

export interface ImportedFile {
  source: string;
  /** Destination-relative path. */
  file: string;
  outcome: WriteOutcome;
  slug?: string;
}

export interface ImportProblem {
  /** Export-relative path of the file the problem is in. */
  source: string;
  line?: number;
  message: string;
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
