import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {importGitbook, type ImportReport} from '../import';
import {removeNeedlessEscapes, typesetProse} from '../page';
import {formatReport} from '../report';
import {readSummary} from '../summary';

const scratchDirs: string[] = [];

/** A site folder with the given files (path → content), and a GitBook export beside it. */
async function scratch(exportFiles: Record<string, string>, siteFiles: Record<string, string> = {}) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'import-gitbook-'));
  scratchDirs.push(root);
  const write = async (base: string, files: Record<string, string>) => {
    for (const [file, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(base, file)), {recursive: true});
      await writeFile(path.join(base, file), content);
    }
  };
  const exportDir = path.join(root, 'export');
  const docsRoot = path.join(root, 'site', 'docs');
  await mkdir(docsRoot, {recursive: true});
  await write(exportDir, exportFiles);
  await write(docsRoot, siteFiles);
  const run = (options: {dest?: string; force?: boolean} = {}) =>
    importGitbook({exportDir, docsRoot, dest: path.join(docsRoot, options.dest ?? ''), force: options.force});
  const read = (file: string) => readFile(path.join(docsRoot, file), 'utf8');
  return {exportDir, docsRoot, run, read, edit: (file: string, content: string) => writeFile(path.join(docsRoot, file), content)};
}

afterEach(async () => {
  await Promise.all(scratchDirs.splice(0).map((dir) => rm(dir, {recursive: true, force: true})));
});

const problemsOf = (report: ImportReport) => report.problems.map(({source, line, message}) => `${source}:${line ?? ''} ${message}`);

describe('SUMMARY.md', () => {
  it('lit les parties, l’ordre, l’imbrication et les chemins encodés', () => {
    const summary = readSummary(
      '# Table of contents\n\n* [Accueil](README.md)\n\n## Partie A\n\n* [Été](%C3%A9t%C3%A9/README.md)\n  * [Sous-page](été/sous.md)\n* [Site officiel](https://exemple.fr)\n',
    );
    expect(summary.parts.map((part) => [part.label, part.pages.map((page) => [page.label, page.source, page.children.map((child) => child.source)])])).toEqual([
      ['', [['Accueil', 'README.md', []]]],
      ['Partie A', [['Été', 'été/README.md', ['été/sous.md']]]],
    ]);
    expect(summary.problems).toEqual([{line: 9, message: expect.stringContaining('adresse extérieure (https://exemple.fr)')}]);
  });
});

describe('échappements inutiles', () => {
  it('retire ceux qui ne changent rien et garde ceux qui comptent', () => {
    const source = [
      'Des parenthèses \\(comme ici\\) et un mot\\_composé, 2 \\* 3.',
      '',
      '\\# pas un titre',
      '',
      '1\\. pas une liste',
      '',
      '| a | b |',
      '| --- | --- |',
      '| x \\| y | z |',
      '',
      '`code \\(intact\\)`',
      '',
      '```',
      'bloc \\(intact\\)',
      '```',
      '',
    ].join('\n');
    const {text} = removeNeedlessEscapes(source);
    expect(text).toContain('Des parenthèses (comme ici) et un mot_composé, 2 * 3.');
    expect(text).toContain('\\# pas un titre');
    expect(text).toContain('1\\. pas une liste');
    expect(text).toContain('x \\| y');
    expect(text).toContain('`code \\(intact\\)`');
    expect(text).toContain('bloc \\(intact\\)');
  });
});

describe('typographie française du texte importé', () => {
  it('touche la prose, jamais le code, les adresses ni les balises', () => {
    const source = 'Pourquoi ? Voir https://exemple.fr/page?x=1 et `a ? b`.\n\n{% embed url="https://exemple.fr/?q=1" %}\n\nC\'est « simple » : [lien](https://exemple.fr/a:b?c=d).\n';
    const {text} = typesetProse(source);
    expect(text).toBe(
      'Pourquoi\u202F? Voir https://exemple.fr/page?x=1 et `a ? b`.\n\n{% embed url="https://exemple.fr/?q=1" %}\n\nC’est «\u202Fsimple\u202F»\u00A0: [lien](https://exemple.fr/a:b?c=d).\n',
    );
    expect(typesetProse(text).text).toBe(text);
  });
});

describe('import d’un export', () => {
  const space = {
    'SUMMARY.md': '# Table of contents\n\n* [Accueil](README.md)\n* [Guide](guide/README.md)\n  * [Étape](guide/étape.md)\n',
    'README.md': '---\ndescription: Une page d’accueil pour essayer l’import des espaces GitBook dans le guide.\n---\n\n# Accueil\n\nVoir [l’étape](guide/étape.md#a-faire).\n',
    'guide/README.md': '---\ndescription: La section du guide qui regroupe les étapes à suivre, une par une.\n---\n\n# Guide\n\nIntro\n=====\n\n## Intro\n\n{% swagger method="get" %}\n{% endswagger %}\n\n![](../.gitbook/assets/photo.png)\n\n[Perdu](absente.md)\n',
    'guide/étape.md': '---\ndescription: Une étape du guide, avec une section à faire et des liens vers le reste.\n---\n\n# Étape\n\n## À faire\n\nTexte.\n',
    '.gitbook/assets/photo.png': 'png',
    'hors-sommaire.md': '# Hors sommaire\n',
  };

  it('écrit les pages, signale avec fichier et ligne ce qu’il n’a pas pu convertir', async () => {
    const site = await scratch(space, {'accueil.md': '---\ntitle: Déjà là\nslug: /accueil\nsidebar_position: 3\n---\n'});
    const report = await site.run();
    expect(report.pages.map(({file, slug}) => [file, slug])).toEqual([
      ['accueil-2.md', '/accueil-2'],
      ['guide/index.md', '/guide'],
      ['guide/etape.md', '/guide/etape'],
    ]);
    expect(await site.read('accueil-2.md')).toContain('sidebar_position: 4\n');
    expect(await site.read('accueil-2.md')).toContain('Voir [l’étape](./guide/etape.md#a-faire).');
    const section = await site.read('guide/index.md');
    // A setext heading becomes ATX; two headings with the same text get two ids.
    expect(section).toContain('## Intro {#intro}\n\n## Intro {#intro-2}');
    expect(JSON.parse(await site.read('guide/_category_.json'))).toEqual({label: 'Guide', position: 5});
    expect(problemsOf(report)).toEqual([
      'SUMMARY.md:3 l\'adresse /accueil est déjà celle d\'une page du site : « Accueil » est publiée à /accueil-2 ; changez son slug si une autre adresse convient mieux.',
      'hors-sommaire.md: page absente de SUMMARY.md : non importée (ajoutez-la au sommaire de l’export pour l’importer).',
      'guide/README.md:7 second titre de niveau 1 « Intro » : il devient un titre de niveau 2 (une page n\'a qu\'un titre principal).',
      expect.stringMatching(/^guide\/README\.md:12 balise GitBook \{% swagger %\} non prise en charge/),
      expect.stringMatching(/^guide\/README\.md:15 image sans texte de remplacement/),
      expect.stringMatching(/^guide\/README\.md:17 lien vers « absente\.md », introuvable dans l'export/),
    ]);
    expect(formatReport(report)).toMatch(/À reprendre à la main \(6\) :/);
  });

  it('relancé, garde une page modifiée à la main, sauf avec --force', async () => {
    const site = await scratch(space);
    await site.run();
    await site.edit('accueil.md', 'modifiée à la main\n');
    const again = await site.run();
    expect(again.pages.find((page) => page.file === 'accueil.md')?.outcome).toBe('conservé (modifié depuis l’import)');
    expect(again.pages.find((page) => page.file === 'guide/etape.md')?.outcome).toBe('inchangé');
    expect(await site.read('accueil.md')).toBe('modifiée à la main\n');
    const forced = await site.run({force: true});
    expect(forced.pages.find((page) => page.file === 'accueil.md')?.outcome).toBe('mis à jour');
    expect(await site.read('accueil.md')).toContain('title: "Accueil"');
  });

  it('dans un sous-dossier, publie les pages sous son adresse', async () => {
    const site = await scratch(space);
    const report = await site.run({dest: 'espace-importe'});
    expect(report.pages.map(({slug}) => slug)).toEqual(['/espace-importe/accueil', '/espace-importe/guide', '/espace-importe/guide/etape']);
  });
});

describe('cas difficiles des exports réels', () => {
  it('garde le sens : numéros qui sont des mots, HTML mixte, adresses nues, doublons, ancres, fins de ligne', async () => {
    const page = [
      '# Cas difficiles',
      '',
      '## 2.0 Nouveautés',
      '',
      '## 1.1.2. Numéro de section',
      '',
      '## Doublon',
      '',
      '## Doublon',
      '',
      'Voir [le second](#doublon-1), [la liste](#inconnue) et www.exemple.fr/l\'outil?x=1 !',
      '',
      '<table><tr><td>Texte important</td><td><img src=".gitbook/assets/a.png" alt="A"></td></tr></table>',
      '',
      '<figure><img src=".gitbook/assets/a.png" alt="Un schéma"><figcaption><p>Légende avec *étoile*</p></figcaption></figure>',
      '',
      'Titre sur',
      'deux lignes',
      '-----------',
      '',
      '**** gras vide \\*\\*\\*\\* ici.',
      '',
    ].join('\r\n');
    const site = await scratch({
      'SUMMARY.md': '# Sommaire\n\n* [Cas](cas.md)\n* [Accessibilité](a11y.md)\n* [Index](index.md)\n* [Chapitre](chapitre/)\n',
      'cas.md': `---\r\ndescription: Une page qui réunit les cas difficiles rencontrés dans de vrais exports GitBook.\r\n---\r\n\r\n${page}`,
      'a11y.md': '# Accessibilité\n\nUne page dont l’adresse est déjà celle d’une page du site.\n',
      'index.md': '# Index\n\nUne page dont le nom est celui de la page d’accueil du site.\n',
      'chapitre/README.md': '# Chapitre\n\nUn chapitre lié par son dossier dans le sommaire.\n',
      '.gitbook/assets/a.png': 'png',
    });
    
    await mkdir(path.join(site.docsRoot, '..', 'src', 'pages'), {recursive: true});
    await writeFile(path.join(site.docsRoot, '..', 'src', 'pages', 'accessibilite.mdx'), '# Accessibilité\n');
    const report = await site.run();
    expect(report.pages.map(({slug}) => slug)).toEqual(['/cas', '/accessibilite-2', '/index-2', '/chapitre']);
    const text = await site.read('cas.md');
    expect(text).not.toContain('\r');
    expect(text).toContain('## 2.0 Nouveautés {#2-0-nouveautes}');
    expect(text).toContain('## Numéro de section {#numero-de-section}');
    expect(text).toContain('## Doublon {#doublon}\n\n## Doublon {#doublon-2}');
    expect(text).toContain('Voir [le second](#doublon-2), [la liste](#inconnue) et www.exemple.fr/l\'outil?x=1\u202F!');
    expect(text).toContain('<table><tr><td>Texte important</td>');
    expect(text).toContain('![Un schéma](./assets/a.png)\n\nLégende avec \\*étoile*');
    expect(text).toContain('## Titre sur deux lignes {#titre-sur-deux-lignes}');
    expect(text).toContain('\ngras vide ici.\n');
    expect(problemsOf(report)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^cas\.md:15 lien vers la section « #inconnue », qu'aucun titre de la page ne porte/),
        expect.stringMatching(/^cas\.md:17 image dans un bloc HTML qui contient aussi du texte/),
        expect.stringMatching(/^SUMMARY\.md:4 l'adresse \/accessibilite est déjà celle d'une page du site/),
      ]),
    );
  });
});
