import {existsSync} from 'node:fs';
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Output} from '../convert';
import {manifestName, readManifest, sha256} from '../manifest';
import {planSpace} from '../plan';
import {readSpace} from '../read';
import {writeOutputs} from '../write';
import {scratchSpaces} from './scratch';

const scratch = scratchSpaces();

const page = (file: string, content: string): Output => ({file, source: `${file}.source`, content, slug: `/${file}`, kind: 'page'});

/** A space, and the writing of `outputs` into its destination: as a run of the import would. */
async function writer() {
  const site = await scratch({'README.md': '# Accueil\n'});
  const space = await readSpace(site.exportDir);
  return {
    site,
    run: async (outputs: Output[], more: {force?: boolean; dryRun?: boolean} = {}) =>
      writeOutputs(outputs, await planSpace(space, site.options(more)), site.options(more)),
  };
}

describe('écriture (write.ts)', () => {
  it('crée les fichiers et le manifeste ; relancé, ne réécrit que ce qui a changé', async () => {
    const {site, run} = await writer();
    const first = await run([page('a.md', 'A'), {file: 'assets/x.png', source: '.gitbook/assets/x.png', content: Buffer.from('PNG'), kind: 'file'}]);
    expect(first.pages).toEqual([{source: 'a.md.source', file: 'a.md', outcome: 'créé', slug: '/a.md'}]);
    expect(first.files.map(({file, outcome}) => [file, outcome])).toEqual([['assets/x.png', 'créé']]);
    expect(await site.read('a.md')).toBe('A');
    const manifest = await readManifest(path.join(site.docsRoot, manifestName));
    expect(manifest.files['a.md']).toEqual({source: 'a.md.source', sha256: sha256('A')});
    const again = await run([page('a.md', 'A'), page('b.md', 'B')]);
    expect(again.pages.map(({file, outcome}) => [file, outcome])).toEqual([
      ['a.md', 'inchangé'],
      ['b.md', 'créé'],
    ]);
    // assets/x.png is no longer produced: left in place, and said.
    expect(again.stale).toEqual(['assets/x.png']);
  });

  it('garde une page modifiée à la main, ou qui ne vient pas de l’import, sauf avec --force', async () => {
    const {site, run} = await writer();
    await run([page('a.md', 'A')]);
    await writeFile(path.join(site.docsRoot, 'a.md'), 'modifiée');
    await writeFile(path.join(site.docsRoot, 'b.md'), 'à quelqu’un');
    const kept = await run([page('a.md', 'A2'), page('b.md', 'B')]);
    expect(kept.pages.map(({outcome}) => outcome)).toEqual(['conservé (modifié depuis l’import)', 'conservé (ne vient pas de cet import)']);
    expect(await site.read('a.md')).toBe('modifiée');
    // What was kept keeps its entry of the last import: a later run still knows it was edited.
    expect((await readManifest(path.join(site.docsRoot, manifestName))).files['a.md']?.sha256).toBe(sha256('A'));
    const forced = await run([page('a.md', 'A2'), page('b.md', 'B')], {force: true});
    expect(forced.pages.map(({outcome}) => outcome)).toEqual(['mis à jour', 'mis à jour']);
    expect(await site.read('b.md')).toBe('B');
  });

  it('en simulation, n’écrit rien, pas même le manifeste', async () => {
    const {site, run} = await writer();
    const simulated = await run([page('a.md', 'A')], {dryRun: true});
    expect(simulated.pages[0]?.outcome).toBe('créé');
    expect(existsSync(path.join(site.docsRoot, 'a.md'))).toBe(false);
    expect(existsSync(path.join(site.docsRoot, manifestName))).toBe(false);
    await expect(readFile(path.join(site.docsRoot, 'a.md'))).rejects.toThrow();
  });
});
