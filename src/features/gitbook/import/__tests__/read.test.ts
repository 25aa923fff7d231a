import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ImportError} from '../options';
import {readSpace, summaryFromFiles} from '../read';
import {scratchSpaces} from './scratch';

const scratch = scratchSpaces();

describe('lecture de l’espace (read.ts)', () => {
  it('suit .gitbook.yaml : racine, sommaire renommé, redirections indentées de tabulations', async () => {
    const site = await scratch({
      '.gitbook.yaml': 'root: ./docs/\nstructure:\n  summary: TOC.md\nredirects:\n\tancienne/page.md: guide/demarrer.md\n    /autre/: https://exemple.fr/\n',
      'docs/TOC.md': '# Sommaire\n\n* [Démarrer](guide/demarrer.md)\n* [Chapitre](chapitre/)\n* [Page](page)\n',
      'docs/guide/demarrer.md': '# Démarrer\n',
      'docs/chapitre/README.md': '# Chapitre\n',
      'docs/page.md': '# Page\n',
      'hors-racine.md': '# Ailleurs\n',
    });
    const space = await readSpace(site.exportDir);
    expect(space.root).toBe(path.join(site.exportDir, 'docs'));
    expect(space.summaryFile).toBe('TOC.md');
    expect([...space.redirects]).toEqual([
      ['ancienne/page', 'guide/demarrer.md'],
      ['autre', 'https://exemple.fr/'],
    ]);
    // A folder, or a page without its extension: the file GitBook opens.
    expect(space.summary.parts[0]!.pages.map((page) => page.source)).toEqual(['guide/demarrer.md', 'chapitre/README.md', 'page.md']);
    expect(space.markdownFiles).toEqual(['chapitre/README.md', 'guide/demarrer.md', 'page.md']);
    expect(space.problems).toEqual([]);
  });

  it('sans SUMMARY.md, prend les pages dans l’ordre alphabétique, README d’abord, et le dit', async () => {
    const site = await scratch({'b.md': '# B\n', 'README.md': '# Accueil\n', 'a.md': '# A\n', '.gitbook/includes/bloc.md': 'Bloc\n'});
    const space = await readSpace(site.exportDir);
    expect(space.summary.parts[0]!.pages.map(({label, source, line}) => [label, source, line])).toEqual([
      ['Introduction', 'README.md', 1],
      ['a', 'a.md', 2],
      ['b', 'b.md', 3],
    ]);
    expect(space.problems).toEqual([
      {source: 'SUMMARY.md', message: expect.stringMatching(/^absent de l’export : les pages sont importées dans l’ordre alphabétique/)},
    ]);
    expect(summaryFromFiles(['x.md', '.gitbook/y.md'], 'README.md').parts[0]!.pages).toHaveLength(1);
  });

  it('passe les problèmes du sommaire, à leur ligne de SUMMARY.md', async () => {
    const site = await scratch({'SUMMARY.md': '# Sommaire\n\n* [Accueil](README.md)\n* [Site](https://exemple.fr)\n', 'README.md': '# Accueil\n'});
    const space = await readSpace(site.exportDir);
    expect(space.problems).toEqual([{source: 'SUMMARY.md', line: 4, message: expect.stringContaining('adresse extérieure (https://exemple.fr)')}]);
  });

  it('s’arrête, en le disant, sur un dossier absent ou un .gitbook.yaml illisible', async () => {
    await expect(readSpace('/dossier/qui/n-existe/pas')).rejects.toThrow(ImportError);
    const site = await scratch({'.gitbook.yaml': 'redirects:\n  a: [b\n', 'README.md': '# A\n'});
    await expect(readSpace(site.exportDir)).rejects.toThrow(/\.gitbook\.yaml(:\d+)? illisible .* corrigez ce fichier YAML/);
  });
});
