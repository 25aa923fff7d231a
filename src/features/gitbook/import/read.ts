/**
 * First phase of an import: the space as its export holds it. `.gitbook.yaml` (where the space's
 * root is, how its summary and readme are named, its redirects), its files, and its table of
 * contents (SUMMARY.md, or the pages in alphabetical order without one), each entry resolved to
 * the file GitBook opens for it.
 */
import {existsSync} from 'node:fs';
import {readdir, readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import {ImportError, toPosix} from './options';
import type {ImportProblem} from './report-types';
import {readSummary, type Summary, type SummaryPage} from './summary';

export interface Space {
  exportDir: string;
  /** The space's root in the export (`.gitbook.yaml` may move it): every path below is relative to it. */
  root: string;
  /** The summary's file name (SUMMARY.md unless `.gitbook.yaml` says otherwise). */
  summaryFile: string;
  /** `.gitbook.yaml`'s redirects: an old path of the space (no `.md`, no leading `/`) → its target as written. */
  redirects: Map<string, string>;
  /** Every file of the space, `/`-separated. */
  files: ReadonlySet<string>;
  /** Its Markdown files, the summary left out. */
  markdownFiles: string[];
  /** The table of contents, each entry's `source` the file it opens. */
  summary: Summary;
  problems: ImportProblem[];
}

interface SpaceLayout {
  root: string;
  summary: string;
  readme: string;
  redirects: Map<string, string>;
}

type GitbookConfig = {root?: string; structure?: {summary?: string; readme?: string}; redirects?: Record<string, unknown>};

/** `.gitbook.yaml`, read with gray-matter's YAML reader (as for front matter: a well-kept parser already in the project). */
async function readConfig(configFile: string): Promise<GitbookConfig> {
  if (!existsSync(configFile)) return {};
  // The file nests one level only (structure, redirects); some spaces indent it with a mix of
  // tabs and spaces, which YAML refuses: every indented line is read as one level deep.
  const text = (await readFile(configFile, 'utf8'))
    .split(/\r?\n/)
    .map((line) => (/^[ \t]+\S/.test(line) && !/^[ \t]+#/.test(line) ? `  ${line.trimStart()}` : line))
    .join('\n');
  try {
    return (matter(`---\n${text}\n---\n`).data ?? {}) as GitbookConfig;
  } catch (error) {
    const mark = (error as {mark?: {line?: number}}).mark;
    throw new ImportError(
      `${configFile}${mark?.line ? `:${mark.line}` : ''} illisible (${(error as Error).message.split('\n')[0]}) : corrigez ce fichier YAML (une clé par ligne, « ancien/chemin: nouveau/chemin.md » sous redirects:), puis relancez l’import.`,
    );
  }
}

/** `.gitbook.yaml` may move the space's root, rename README.md and SUMMARY.md, and redirect old paths. */
async function spaceLayout(exportDir: string): Promise<SpaceLayout> {
  const config = await readConfig(path.join(exportDir, '.gitbook.yaml'));
  const redirects = new Map<string, string>();
  for (const [from, to] of Object.entries(config.redirects ?? {})) {
    if (typeof to === 'string' && to.trim())
      redirects.set(
        from
          .trim()
          .replace(/^\/+|\/+$/g, '')
          .replace(/\.md$/, ''),
        to.trim(),
      );
  }
  return {
    root: path.resolve(exportDir, config.root ?? '.'),
    summary: config.structure?.summary ?? 'SUMMARY.md',
    readme: config.structure?.readme ?? 'README.md',
    redirects,
  };
}

/** The files under `dir`, relative to `base`, `/`-separated, sorted. */
export async function listFiles(dir: string, base = dir): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true}).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name === '.git') continue;
      files.push(...(await listFiles(full, base)));
    } else if (entry.isFile()) {
      files.push(toPosix(path.relative(base, full)));
    }
  }
  return files.sort();
}

/** Without SUMMARY.md, the pages in alphabetical order, README first, as GitBook would list them. */
export function summaryFromFiles(markdownFiles: string[], readme: string): Summary {
  const pages = markdownFiles
    .filter((file) => !file.startsWith('.gitbook/'))
    .sort((a, b) => (a === readme ? -1 : b === readme ? 1 : a.localeCompare(b)))
    .map((file, index) => ({
      label: path.posix.basename(file, '.md') === 'README' ? 'Introduction' : path.posix.basename(file, '.md'),
      source: file,
      line: index + 1,
      children: [],
    }));
  return {parts: [{label: '', line: 1, pages}], problems: []};
}

/** An entry may link a folder (`chapitre/`) or a page without its extension: GitBook opens its README. */
function resolveEntries(pages: SummaryPage[], files: ReadonlySet<string>): void {
  for (const page of pages) {
    const bare = page.source.replace(/\/$/, '');
    page.source = [page.source, `${bare}/README.md`, `${bare}.md`].find((candidate) => files.has(candidate)) ?? page.source;
    resolveEntries(page.children, files);
  }
}

export async function readSpace(exportDir: string): Promise<Space> {
  if (!existsSync(exportDir) || !(await stat(exportDir)).isDirectory()) {
    throw new ImportError(`Dossier d'export introuvable : ${exportDir}. Donnez le dossier qui contient SUMMARY.md.`);
  }
  const layout = await spaceLayout(exportDir);
  const files = new Set(await listFiles(layout.root));
  const markdownFiles = [...files].filter((file) => /\.md$/i.test(file) && file !== layout.summary);
  const problems: ImportProblem[] = [];
  let summary: Summary;
  if (files.has(layout.summary)) {
    summary = readSummary(await readFile(path.join(layout.root, layout.summary), 'utf8'));
  } else {
    summary = summaryFromFiles(markdownFiles, layout.readme);
    problems.push({
      source: layout.summary,
      message: 'absent de l’export : les pages sont importées dans l’ordre alphabétique ; réordonnez-les avec sidebar_position.',
    });
  }
  for (const part of summary.parts) resolveEntries(part.pages, files);
  problems.push(...summary.problems.map(({line, message}) => ({source: layout.summary, line, message})));
  return {exportDir, root: layout.root, summaryFile: layout.summary, redirects: layout.redirects, files, markdownFiles, summary, problems};
}

/** A Markdown file of the space, with one kind of line ending (exports made on Windows use CRLF) and no byte-order mark. */
export async function readSpaceText(space: Space, file: string): Promise<string> {
  return (await readFile(path.join(space.root, file), 'utf8')).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
