/**
 * Plays the person who works through the import's to-do list (import-gitbook-a-reprendre.md) for a
 * generated space: writes the descriptions of the images GitBook left empty, removes the anchors
 * that no heading has any more and the links to files missing from the export. Those are the items that stop a normal build; the others (broken
 * links turned into text, content from another space, adaptive content) are read, not fixed.
 */
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {SpacePlan} from './generate';

interface Manifest {
  files: Record<string, {source: string}>;
}

/** Fixes the imported pages in `dest` (the import's folder); returns how many edits were made. */
export async function fixImportedSpace(dest: string, plan: SpacePlan): Promise<{descriptions: number; anchors: number; links: number}> {
  const manifest = JSON.parse(await readFile(path.join(dest, '.gitbook-import.json'), 'utf8')) as Manifest;
  // The imported name of each image whose description a person now knows.
  const descriptionOf = new Map<string, string>();
  for (const [file, {source}] of Object.entries(manifest.files)) {
    const description = plan.descriptions[source];
    if (description) descriptionOf.set(path.posix.basename(file), description);
  }
  let descriptions = 0;
  let anchors = 0;
  let links = 0;
  for (const file of Object.keys(manifest.files).filter((name) => name.endsWith('.md'))) {
    const absolute = path.join(dest, file);
    const before = await readFile(absolute, 'utf8');
    let after = before.replace(/!\[\]\((<?)([^)\s>]+)(>?)\)/g, (whole, open: string, url: string, close: string) => {
      const description = descriptionOf.get(path.posix.basename(decodeURI(url)));
      if (!description) return whole;
      descriptions += 1;
      return `![${description}](${open}${url}${close})`;
    });
    // A link to a file the export does not hold: its words stay.
    for (const missing of plan.missingFiles) {
      after = after.replace(new RegExp(`\\[([^\\]]*)\\]\\(<?[^)>\\s]*${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}>?\\)`, 'g'), (_whole, words: string) => {
        links += 1;
        return words;
      });
    }
    // A description shorter than the site asks (50 characters): completed with the page's title.
    after = after.replace(/^description: "(.*)"$/m, (whole, text: string) => {
      if ([...text].length >= 50) return whole;
      descriptions += 1;
      const title = /^title: "(.*)"$/m.exec(after)?.[1] ?? '';
      const separator = /^lang: "en"$/m.test(after) ? ': ' : '\u00a0: ';
      const words = title.replace(/^\P{L}+/u, '');
      return `description: "${text.replace(/\.$/, '')}${separator}${words}${/[.?!]$/.test(words) ? '' : '.'}"`;
    });
    for (const anchor of plan.staleAnchors) {
      after = after.replaceAll(`#${anchor})`, () => {
        anchors += 1;
        return ')';
      });
    }
    if (after !== before) await writeFile(absolute, after);
  }
  return {descriptions, anchors, links};
}
