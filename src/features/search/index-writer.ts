/**
 * Runs write-index.mjs, the Pagefind indexer, in a Node process of its own (Pagefind is an ES
 * module only, and Docusaurus loads plugins as CommonJS).
 *
 * The request, every page of the edition, goes to the child through its standard input, never its
 * command line or environment: Linux refuses a single argument or variable longer than 128 KiB
 * (`spawn E2BIG`), which a list of pages passes near a thousand pages; a pipe has no such limit.
 */
import {spawn} from 'node:child_process';
import path from 'node:path';

export interface IndexRequest {
  /** Folder of the index, created or replaced. */
  outputPath: string;
  /** URL under the edition (without the base URL) and HTML file of each page. */
  pages: Array<{url: string; file: string}>;
  /** The part of each page that is indexed. */
  rootSelector: string;
  /** What the index leaves out of that part. */
  excludeSelectors: string[];
  /** Pagefind's files the site does not use, deleted from `outputPath`. */
  unusedFiles: string[];
}

export interface IndexResult {
  /** Pages read, when the index is written. */
  pages?: number;
  /** Pagefind's errors, when it is not. */
  errors?: string[];
}

const writerScript = path.join(__dirname, 'write-index.mjs');

/** Writes the Pagefind index of `request.pages`; `cwd` is the site's folder. */
export function writeSearchIndex(request: IndexRequest, cwd: string): Promise<IndexResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerScript], {cwd, stdio: ['pipe', 'pipe', 'pipe']});
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // A child that dies before reading everything closes the pipe (EPIPE): its exit, below, says why.
    child.stdin.on('error', () => undefined);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code === 0) {
        try {
          resolve(JSON.parse(last) as IndexResult);
          return;
        } catch {
          // Not the indexer's answer: reported below with what it printed.
        }
      }
      const end = signal ? `le signal ${signal}` : `le code ${code}`;
      reject(
        new Error(`Index de recherche (Pagefind) : ${path.basename(writerScript)} s’est arrêté avec ${end}.\n${`${stderr}\n${stdout}`.trim().slice(-4000)}`),
      );
    });
    child.stdin.end(JSON.stringify(request));
  });
}
