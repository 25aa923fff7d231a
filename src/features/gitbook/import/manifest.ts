/**
 * The import manifest (`.gitbook-import.json` in the destination folder, committed with the pages):
 * for each file the importer wrote, where it came from and the hash of what was written. A re-run
 * replaces a file only while it still has that hash: a page edited since the import is kept.
 */
import {createHash} from 'node:crypto';
import {readFile} from 'node:fs/promises';

export const manifestName = '.gitbook-import.json';

export interface ManifestEntry {
  /** Path in the export (for `_category_.json`, the SUMMARY entry that made it). */
  source: string;
  sha256: string;
}

export interface Manifest {
  version: 1;
  /** Destination-relative path → entry. */
  files: Record<string, ManifestEntry>;
}

export function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

export async function readManifest(file: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return {version: 1, files: {}};
  }
  const parsed = JSON.parse(text) as Partial<Manifest>;
  return {version: 1, files: parsed.files ?? {}};
}

export function writeManifestText(manifest: Manifest): string {
  const files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({version: 1, files}, null, 2)}\n`;
}
