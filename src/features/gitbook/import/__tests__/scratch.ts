/**
 * Scratch folders for the import's tests: a GitBook export and a site beside it, written from a
 * list of files (path → content), removed after each test.
 */
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach} from 'vitest';
import type {ImportOptions} from '../options';

export type Files = Record<string, string | Buffer>;

export async function writeFiles(base: string, files: Files): Promise<void> {
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(base, file)), {recursive: true});
    await writeFile(path.join(base, file), content);
  }
}

export interface Scratch {
  exportDir: string;
  siteDir: string;
  docsRoot: string;
  /** The import's options, into `dest` (relative to docs/). */
  options(more?: Partial<ImportOptions> & {dest?: string}): ImportOptions;
  /** A file of the site's docs/. */
  read(file: string): Promise<string>;
}

/** Registers the removal of the scratch folders after each test of the file; returns their maker. */
export function scratchSpaces(): (exportFiles: Files, siteFiles?: Files) => Promise<Scratch> {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, {recursive: true, force: true})));
  });
  return async (exportFiles, siteFiles = {}) => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'import-gitbook-'));
    dirs.push(root);
    const exportDir = path.join(root, 'export');
    const siteDir = path.join(root, 'site');
    const docsRoot = path.join(siteDir, 'docs');
    await mkdir(docsRoot, {recursive: true});
    await writeFiles(exportDir, exportFiles);
    await writeFiles(docsRoot, siteFiles);
    return {
      exportDir,
      siteDir,
      docsRoot,
      options: ({dest = '', ...more} = {}) => ({exportDir, docsRoot, dest: path.join(docsRoot, dest), ...more}),
      read: (file) => readFile(path.join(docsRoot, file), 'utf8'),
    };
  };
}
