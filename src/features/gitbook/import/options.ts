/**
 * What an import is asked to do, and the error it stops with when it cannot: shared by its phases
 * (import.ts runs them in turn).
 */
import path from 'node:path';

export interface ImportOptions {
  exportDir: string;
  /** Folder that receives the pages: `docs` or a folder inside it. */
  dest: string;
  /** The site's docs folder, whose other pages' slugs must stay unique. */
  docsRoot: string;
  /** Replace files edited since the last import, or not written by it. */
  force?: boolean;
  /** Report what would be done, without writing anything. */
  dryRun?: boolean;
}

/** What stops an import before it writes anything, said to the person who ran it. */
export class ImportError extends Error {}

export const toPosix = (value: string) => value.split(path.sep).join('/');
