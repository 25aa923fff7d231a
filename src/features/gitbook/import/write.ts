/**
 * Fifth phase of an import: the outputs written. A file is replaced only while it is exactly what
 * the last import wrote (its manifest, manifest.ts, keeps the hash): a page a person edited since
 * is kept, unless the import is forced. The manifest is written anew, with what this import wrote.
 */
import {existsSync} from 'node:fs';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Output} from './convert';
import {sha256, writeManifestText, type Manifest, type ManifestEntry} from './manifest';
import type {ImportOptions} from './options';
import type {PlannedSpace} from './plan';
import type {ImportedFile, WriteOutcome} from './report-types';

export interface WrittenSpace {
  pages: ImportedFile[];
  files: ImportedFile[];
  /** Files of an earlier import that this export no longer produces: left in place. */
  stale: string[];
}

/** What becomes of a file the import would write, given what is there and what the last import wrote. */
async function outcomeOf(target: string, hash: string, previous: ManifestEntry | undefined, force: boolean): Promise<WriteOutcome> {
  if (!existsSync(target)) return 'créé';
  const current = sha256(await readFile(target));
  if (current === hash) return 'inchangé';
  if (force) return 'mis à jour';
  if (!previous) return 'conservé (ne vient pas de cet import)';
  if (previous.sha256 !== current) return 'conservé (modifié depuis l’import)';
  return 'mis à jour';
}

export async function writeOutputs(outputs: Output[], plan: PlannedSpace, options: ImportOptions): Promise<WrittenSpace> {
  const written: WrittenSpace = {pages: [], files: [], stale: []};
  const manifest: Manifest = {version: 1, files: {}};
  for (const output of outputs) {
    const target = path.join(options.dest, output.file);
    const hash = sha256(output.content);
    const previous = plan.manifest.files[output.file];
    const outcome = await outcomeOf(target, hash, previous, Boolean(options.force));
    const writes = outcome === 'créé' || outcome === 'mis à jour';
    if (writes && !options.dryRun) {
      await mkdir(path.dirname(target), {recursive: true});
      await writeFile(target, output.content);
    }
    if (writes || outcome === 'inchangé') manifest.files[output.file] = {source: output.source, sha256: hash};
    else if (previous) manifest.files[output.file] = previous;
    (output.kind === 'page' ? written.pages : written.files).push({source: output.source, file: output.file, outcome, slug: output.slug});
  }
  written.stale = Object.keys(plan.manifest.files).filter((file) => !(file in manifest.files) && existsSync(path.join(options.dest, file)));
  for (const file of written.stale) manifest.files[file] = plan.manifest.files[file]!;
  if (!options.dryRun) {
    await mkdir(options.dest, {recursive: true});
    await writeFile(plan.manifestFile, writeManifestText(manifest));
  }
  return written;
}
