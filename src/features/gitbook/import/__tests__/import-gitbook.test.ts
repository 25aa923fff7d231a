import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {importGitbook, type ImportReport} from '../import';
import {removeNeedlessEscapes, typesetProse} from '../page';
import {formatReport} from '../report';
import {readSummary} from '../summary';
import {serveImages} from '../../../../../tests/support/image-server';

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
    const source =
      'Pourquoi ? Voir https://exemple.fr/page?x=1 et `a ? b`.\n\n{% embed url="https://exemple.fr/?q=1" %}\n\nC\'est « simple » : [lien](https://exemple.fr/a:b?c=d).\n';
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
    'README.md':
      '---\ndescription: Une page d’accueil pour essayer l’import des espaces GitBook dans le guide.\n---\n\n# Accueil\n\nVoir [l’étape](guide/étape.md#a-faire).\n',
    'guide/README.md':
      '---\ndescription: La section du guide qui regroupe les étapes à suivre, une par une.\n---\n\n# Guide\n\nIntro\n=====\n\n## Intro\n\n{% swagger method="get" %}\n{% endswagger %}\n\n![](../.gitbook/assets/photo.png)\n\n[Perdu](absente.md)\n',
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
      "SUMMARY.md:3 l'adresse /accueil est déjà celle d'une page du site : « Accueil » est publiée à /accueil-2 ; changez son slug si une autre adresse convient mieux.",
      'hors-sommaire.md: page absente de SUMMARY.md : non importée (ajoutez-la au sommaire de l’export pour l’importer).',
      expect.stringMatching(/^guide\/README\.md:12 balise GitBook \{% swagger %\} non prise en charge/),
      expect.stringMatching(/^guide\/README\.md:15 image sans texte de remplacement/),
      expect.stringMatching(/^guide\/README\.md:17 lien vers « absente\.md », introuvable dans l'export/),
    ]);
    // Only what needs a person, grouped by kind with counts; the same list, to work through, in a file.
    const printed = formatReport(report);
    expect(printed).toMatch(/À reprendre à la main \(5, liste dans .*import-gitbook-a-reprendre\.md\) :/);
    expect(printed).toContain('  Images sans description (1) :');
    expect(printed).toContain('  Pages et entrées du sommaire (2) :');
    expect(printed).not.toMatch(/titre de niveau 1/);
    const todo = await readFile(report.todoFile!, 'utf8');
    expect(todo).toMatch(/^# Import GitBook : ce qui reste à reprendre\n/);
    expect(todo).toContain('## Balises GitBook à réécrire (1)\n\n- [ ] ');
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
      "Voir [le second](#doublon-1), [la liste](#inconnue) et www.exemple.fr/l'outil?x=1 !",
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
    expect(text).toContain("Voir [le second](#doublon-2), [la liste](#inconnue) et www.exemple.fr/l'outil?x=1\u202F!");
    // A table the build converts (no header row: an HTML table) stays HTML, its image's address rewritten.
    expect(text).toContain('<table><tr><td>Texte important</td><td><img src="./assets/a.png" alt="A"></td></tr></table>');
    expect(text).toContain('![Un schéma](./assets/a.png)\n\nLégende avec \\*étoile*');
    expect(text).toContain('## Titre sur deux lignes {#titre-sur-deux-lignes}');
    expect(text).toContain('\ngras vide ici.\n');
    expect(problemsOf(report)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^cas\.md:15 lien vers la section « #inconnue », qu'aucun titre de la page ne porte/),
        expect.stringMatching(/^SUMMARY\.md:4 l'adresse \/accessibilite est déjà celle d'une page du site/),
      ]),
    );
  });
});

/** A space as GitBook's export writes it today, its images « of other sites » at `origin`. */
const todayExport = (origin: string) => ({
  '.gitbook.yaml':
    'root: ./\n\nstructure:\n  readme: README.md\n  summary: SUMMARY.md\n\nredirects:\n\tancienne-page: guide/demarrer.md\n    vieux/chemin: guide/demarrer\n',
  'SUMMARY.md': '# Table of contents\n\n* [Accueil](README.md)\n\n## Le guide <a href="#le-guide" id="le-guide"></a>\n\n* [Démarrer](guide/demarrer.md)\n',
  'README.md': [
    '---',
    'description: Une page d’accueil qui réunit ce que l’export GitBook d’aujourd’hui écrit dans ses pages.',
    'icon: house',
    'layout:',
    '  width: wide',
    '---',
    '',
    '# Accueil',
    '',
    '## Commencer <a href="#commencer-ici" id="commencer-ici"></a>',
    '',
    '{% include ".gitbook/includes/aide.md" %}',
    '',
    '{% include "https://app.gitbook.com/s/abc/~/reusable/def/" %}',
    '',
    `Une image d’ailleurs : ![La carte des communs](${origin}/images/carte.png) et une autre ![Une image disparue](${origin}/absente.png).`,
    '',
    'Voir [l’ancienne page](ancienne-page.md), [une page perdue](broken-reference) et [une autre](/broken/pages/abc123).',
    '',
    '{% openapi src="https://exemple.fr/api.yaml" path="/x" method="get" %} [api.yaml](https://exemple.fr/api.yaml)',
    '{% endopenapi %}',
    '',
    '{% if visitor.claims.unsigned.role === "agent" %}',
    'Pour les agents.',
    '{% endif %}',
    '',
    '<table><thead><tr><th>Ville</th><th>Rôle</th></tr></thead><tbody><tr><td>Lyon</td><td><a href="guide/demarrer.md">Pilote</a></td></tr></tbody></table>',
    '',
    '## Exemple de code&#x20;',
    '',
    'Texte&#x20;',
    '',
  ].join('\n'),
  'guide/demarrer.md':
    '---\ndescription: La page qui dit comment démarrer, vers laquelle mènent les anciennes adresses.\n---\n\n# Démarrer <i class="fa-rocket">:rocket:</i>\n\n{% if visitor.claims.unsigned.role === "agent" %}\nAussi pour les agents.\n{% endif %}\n',
  '.gitbook/includes/aide.md': '---\ntitle: Aide\n---\n\n{% hint style="info" %}\nBesoin d’aide ? Voir [démarrer](../../guide/demarrer.md).\n{% endhint %}\n',
});

/** A space in English, as GitBook's own documentation: variables, layout blocks, lost images, parts of one name. */
const englishExport = {
  '.gitbook.yaml': 'root: ./\nredirects:\n        old/page: guide/start.md\n\tolder/page: guide/start.md\n',
  '.gitbook/vars.yaml': 'PRODUCT_NAME: Atlas One\n',
  'SUMMARY.md':
    '# Table of contents\n\n* [Welcome](README.md)\n\n## Guide\n\n* [FAQ](guide/README.md)\n  * [Start](guide/start.md)\n\n## Reference\n\n* [FAQ](reference/README.md)\n  * [Errors](reference/errors.md)\n',
  'README.md': [
    '---',
    'description: The home page of the product documentation, with what the export writes today.',
    '---',
    '',
    '# Welcome',
    '',
    '### <i class="fa-list-timeline">:list-timeline:</i> Change history <a href="#history" id="history"></a>',
    '',
    'Is this the version of <code class="expression">space.vars.PRODUCT_NAME</code> for <code class="expression">page.vars.audience</code>? Yes: read [start](guide/start.md "mention") and [guide](guide/ "mention").',
    '',
    'Or <a data-mention href="guide/start.md">start.md</a>, then <a href="https://www.example.org/" class="button primary">Sign up</a>.',
    '',
    '<div data-full-width="true">',
    '',
    '<img src=".gitbook/assets/map.png" alt="A map of the sites">',
    '',
    '</div>',
    '',
    '<img src="/files/8cHYgc3d7E9Uts2pUXj8" alt="">',
    '',
    '| Plan | Limit |',
    '| --- | --- |',
    '| Free | <p>Ten pages.</p> |',
    '',
    '{% openapi-schemas spec="api" schemas="Page" %}',
    '[Broken link](broken-reference)',
    '{% endopenapi-schemas %}',
    '',
  ].join('\n'),
  'guide/README.md':
    '---\ndescription: The questions that readers of the guide ask most often, and their answers.\n---\n\n# FAQ\n\nWhat is it? It is the guide: see [the start](start.md).\n',
  'guide/start.md':
    '---\ndescription: Where to start with the product, for a new member of the team.\n---\n\n# Start\n\nStart here: open the editor, then invite your team.\n',
  'reference/README.md':
    '---\ndescription: The questions about the reference, and where to find the answers.\n---\n\n# FAQ\n\nThe reference is for the developers of the team.\n',
  'reference/errors.md':
    '---\ndescription: The errors that the reference returns, and what each of them means for you.\n---\n\n# Errors\n\nEach error has a code and a message.\n',
  '.gitbook/assets/map.png': 'PNG',
};

describe('ce que l’export GitBook d’aujourd’hui écrit', () => {
  /** A loopback server for the images of « other sites »: one image, and an address that fails. */
  const imageServer = () => serveImages((url) => url === '/images/carte.png');

  it('insère les contenus réutilisables, suit les redirections, télécharge les images, garde les ancres, dit les liens cassés', async () => {
    const images = await imageServer();
    try {
      const site = await scratch(todayExport(images.origin), {});
      const report = await site.run();
      const home = await site.read('accueil.md');
      // The reusable block, in place, its link leading from the page.
      expect(home).toContain('{% hint style="info" %}\nBesoin d’aide\u202F? Voir [démarrer](./le-guide/demarrer.md).\n{% endhint %}');
      // The reusable content of another space: a mark where a person copies it, no tag left.
      expect(home).toContain('<!-- À reprendre : contenu réutilisable d’un autre espace GitBook, https://app.gitbook.com/s/abc/~/reusable/def/ -->');
      expect(home).not.toContain('{% include');
      // GitBook's anchor stays the section's id.
      expect(home).toContain('## Commencer {#commencer-ici}');
      // `.gitbook.yaml`'s redirect (tab-indented) followed.
      expect(home).toContain('[l’ancienne page](./le-guide/demarrer.md)');
      // Broken links become their words.
      expect(home).toContain('Voir [l’ancienne page](./le-guide/demarrer.md), une page perdue et une autre.');
      expect(home).not.toMatch(/broken-reference|\/broken\/pages/);
      // The image of another site, fetched and published with the page; the one that failed, a link.
      const downloaded = report.files.find((file) => file.source === `${images.origin}/images/carte.png`);
      expect(downloaded?.file).toMatch(/^assets\/carte\.png$/);
      expect(home).toContain('![La carte des communs](./assets/carte.png)');
      expect(home).toContain(`[Une image disparue](${images.origin}/absente.png)`);
      // A tag and text on one line: the tag on a line of its own.
      expect(home).toMatch(/\{% openapi src="https:\/\/exemple\.fr\/api\.yaml" path="\/x" method="get" %\}\n\[api\.yaml\]/);
      // A simple HTML table: a Markdown table, its link rewritten.
      expect(home).toContain('| Lyon  | [Pilote](./le-guide/demarrer.md) |');
      expect(home).toContain('## Exemple de code {#exemple-de-code}');
      expect(home).toContain('\nTexte\n');
      const start = await site.read('le-guide/demarrer.md');
      expect(start).toContain('title: "Démarrer"');
      expect(start).not.toContain(':rocket:');
      // A part whose title holds an anchor: its folder is named after its words only.
      expect(JSON.parse(await site.read('le-guide/_category_.json'))).toMatchObject({label: 'Le guide'});

      const problems = problemsOf(report);
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^README\.md:14 contenu réutilisable d’un autre espace GitBook/),
          expect.stringMatching(/^README\.md:16 image d’un autre site \(http:\/\/127\.0\.0\.1:\d+\/absente\.png\) qui n’a pas pu être téléchargée/),
          expect.stringMatching(/^README\.md:18 lien que GitBook n’avait pas pu résoudre \(« broken-reference »\)/),
          expect.stringMatching(/^README\.md:18 lien que GitBook n’avait pas pu résoudre \(« \/broken\/pages\/abc123 »\)/),
          expect.stringMatching(/^README\.md:23 contenu adaptatif \{% if visitor\.claims\.unsigned\.role === "agent" %\}/),
        ]),
      );
      // Each condition once for the whole space.
      expect(problems.filter((problem) => problem.includes('contenu adaptatif'))).toHaveLength(1);
      // The old addresses, into the site's redirects.
      const redirects = JSON.parse(await readFile(path.join(site.docsRoot, '..', 'src', 'features', 'published-urls', 'redirects.json'), 'utf8')) as {
        redirects: Array<{from: string; to: string}>;
      };
      expect(redirects.redirects).toEqual(
        expect.arrayContaining([
          expect.objectContaining({from: '/ancienne-page', to: '/demarrer'}),
          expect.objectContaining({from: '/vieux/chemin', to: '/demarrer'}),
          expect.objectContaining({from: '/guide/demarrer', to: '/demarrer'}),
        ]),
      );
    } finally {
      await images.close();
    }
  });
});

describe('ce que l’export GitBook d’aujourd’hui écrit, dans un espace en anglais', () => {
  it('un espace en anglais : pages marquées lang: en, sans typographie française ; parties de même nom distinguées ; variables, mises en page et images perdues', async () => {
    const site = await scratch(englishExport);
    const report = await site.run();
    const home = await site.read('welcome.md');
    expect(home).toContain('lang: "en"');
    // English typography: no space before « ? » or « : ».
    expect(home).toContain('for `page.vars.audience`? Yes: read');
    expect(home).toContain('Is this the version of Atlas One for');
    // A link named after its file or folder gets the page's title.
    expect(home).toContain('[Start](./guide/faq/start.md) and [FAQ](./guide/faq/index.md).');
    expect(home).toContain('## Change history {#history}');
    expect(home).toContain('Or [Start](./guide/faq/start.md), then [Sign up](https://www.example.org/).');
    expect(home).toContain('![A map of the sites](./assets/map.png)');
    expect(home).not.toMatch(/<div|<\/div>|files\/8cH|Broken link|<p>/);
    expect(home).toContain('| Free | Ten pages. |');
    const categories = await Promise.all(
      ['guide/_category_.json', 'reference/_category_.json'].map(async (file) => JSON.parse(await site.read(file)) as {label: string; key?: string}),
    );
    expect(categories.map(({label, key}) => [label, key])).toEqual([
      ['Guide', undefined],
      ['Reference', undefined],
    ]);
    const faqs = await Promise.all(
      ['guide/faq/_category_.json', 'reference/faq/_category_.json'].map(async (file) => JSON.parse(await site.read(file)).key as string),
    );
    expect(faqs).toEqual(['guide/faq', 'reference/faq']);
    expect(report.counts['pages en anglais, marquées lang: en']).toBe(5);
    expect(problemsOf(report)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^README\.md:9 expression GitBook « page\.vars\.audience »/),
        expect.stringMatching(/^README\.md:19 lien que GitBook n’avait pas pu résoudre \(« \/files\/8cHYgc3d7E9Uts2pUXj8 »\)/),
      ]),
    );
  });
});
