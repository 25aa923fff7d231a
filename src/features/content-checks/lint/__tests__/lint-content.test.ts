/**
 * `npm run lint:content`, run as contributors run it: the real command on the Markdown fixtures of
 * __fixtures__/ (a `docs/` folder of guide pages, each with one kind of mistake, and a clean page).
 * The site's own content passes it in the pipeline's first job (`npm run test:content`, the first
 * step of `npm test`), not here a second time.
 */
import {execFile} from 'node:child_process';
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {beforeAll, describe, expect, it} from 'vitest';
import {main} from '../cli';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..', '..');
const fixtures = path.join(__dirname, '__fixtures__');
const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const command = path.join(repoRoot, 'src', 'features', 'content-checks', 'lint', 'cli.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `tsx src/features/content-checks/lint/cli.ts …args` in `cwd`, as `npm run lint:content` runs it. */
async function runCommand(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  try {
    const {stdout, stderr} = await promisify(execFile)(tsx, [command, ...args], {cwd, env: {...process.env, ...env}, encoding: 'utf8'});
    return {code: 0, stdout, stderr};
  } catch (error) {
    const {code, stdout = '', stderr = ''} = error as {code?: number; stdout?: string; stderr?: string};
    if (typeof code !== 'number') throw error;
    return {code, stdout, stderr};
  }
}

/** `main()` in this process, with its output collected. */
async function runMain(args: string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    stdout: {write: (text: string) => (stdout += text)},
    stderr: {write: (text: string) => (stderr += text)},
  });
  return {code, stdout, stderr};
}

/** The `file:line:column message` lines of a report, without its summary. */
const findingLines = (stdout: string) => stdout.split('\n').filter((line) => /^\S+:\d+:\d+ /.test(line));

// The commands take a few seconds each (cspell loads its French dictionary, Grammalecte starts):
// they run together, once, and the tests read their results.
const runs: Record<'fixtures' | 'withoutGrammalecte' | 'typedAsUsual', Promise<Run>> = {} as never;
beforeAll(() => {
  runs.fixtures = runCommand(['docs'], fixtures);
  runs.typedAsUsual = runMain(['docs/espace-avant-point-interrogation.md', 'docs/tape-au-clavier.md'], fixtures);
  runs.withoutGrammalecte = runCommand(['docs/page-propre.md'], fixtures, {GRAMMALECTE_CLI: path.join(fixtures, 'grammalecte-absent')});
  // Awaited by each test; marked handled here so that a failed run fails its tests, not the file.
  for (const run of Object.values(runs)) run.catch(() => undefined);
});

describe('npm run lint:content sur des pages fautives', () => {
  let run: Run;

  beforeAll(async () => {
    run = await runs.fixtures;
  }, 120_000);

  it('signale chaque problème à sa ligne et sa colonne, et seulement eux', () => {
    expect(run.stderr).not.toMatch(/échoué|Error/);
    expect(findingLines(run.stdout).map((line) => line.replace(/^(\S+ \S+ \S+ \S+).*$/, '$1'))).toEqual([
      'docs/balise-swagger.md:9:1 Balise GitBook {%',
      'docs/balise-swagger.md:10:1 Balise GitBook {%',
      'docs/description-courte.md:3:1 En-tête : description',
      'docs/description-longue.md:3:1 En-tête : description',
      'docs/espace-manquante.md:7:33 Espace manquante avant',
      'docs/faute-orthographe.md:9:11 Mot inconnu «',
      'docs/html-gitbook.md:23:1 Balise HTML dans',
      'docs/hydrate-autre-que-true.md:5:1 En-tête : «',
      'docs/sans-description.md:1:1 En-tête : «',
      'docs/titre-sans-identifiant.md:7:1 Titre « Une',
      // Advice after the problems: what only a special keyboard types, a name.
      'docs/tape-au-clavier.md:9:1 conseil : S’il',
      'docs/tape-au-clavier.md:9:14 conseil : Nombre',
      'docs/tape-au-clavier.md:9:27 conseil : «',
      'docs/tape-au-clavier.md:9:39 conseil : Mot',
    ]);
  });

  it('nomme le mot mal écrit, propose des corrections et dit comment ajouter un mot juste', () => {
    expect(run.stdout).toContain(
      "docs/faute-orthographe.md:9:11 Mot inconnu « colectivité » : corrigez l'orthographe, ou ajoutez-le à project-words.txt s'il est juste (nom propre, terme technique). Suggestions : collectivité",
    );
  });

  it('refuse une page sans description, une description de 30 caractères et une de 170', () => {
    expect(run.stdout).toMatch(/^docs\/sans-description\.md:1:1 En-tête : « description » manquante\. Ajoutez « description: … »/m);
    expect(run.stdout).toMatch(
      /^docs\/description-courte\.md:3:1 En-tête : description trop courte \(30 caractères\) : écrivez une phrase de 50 à 160 caractères/m,
    );
    expect(run.stdout).toMatch(
      /^docs\/description-longue\.md:3:1 En-tête : description trop longue \(170 caractères\) : raccourcissez-la à 160 caractères au plus/m,
    );
  });

  it('accepte une espace ordinaire avant « ? » (la publication la met à la française) et le dit en une ligne', async () => {
    const typed = await runs.typedAsUsual;
    expect(run.stdout).not.toContain('espace-avant-point-interrogation.md');
    expect(typed.code, typed.stdout).toBe(0);
    expect(typed.stdout).toMatch(/^Contenu vérifié : 2 fichiers, aucun problème\.$/m);
    // One space before « ? » here; in tape-au-clavier.md, two dashes, three dots and a space before « : ».
    expect(typed.stdout).toMatch(/^5 corrections typographiques faites par la publication .* npm run lint:content -- --fix les écrit dans les fichiers\.$/m);
  });

  it('ne bloque pas sur ce qu’un clavier ordinaire ne tape pas, ni sur un nom propre : il le conseille', async () => {
    const typed = await runs.typedAsUsual;
    const advice = findingLines(typed.stdout);
    expect(
      advice.every((line) => line.startsWith('docs/tape-au-clavier.md:') && line.includes(' conseil : ')),
      advice.join('\n'),
    ).toBe(true);
    expect(advice.join('\n')).toContain('Proposition : « À ». Facultatif : ce caractère ne se tape pas sur un clavier ordinaire');
    expect(advice.join('\n')).toContain('Proposition : « 1ᵉʳ ». Facultatif');
    expect(advice.join('\n')).toContain("« l'oeuvre » s’écrit « l'œuvre », avec la ligature « œ ». Facultatif");
    expect(advice.join('\n')).toContain('Mot inconnu « Decidim » : un nom propre ou un sigle ? Ajoutez-le à project-words.txt');
  });

  it('refuse un « ? » collé au mot, et dit de taper une espace', () => {
    expect(run.stdout).toMatch(/^docs\/espace-manquante\.md:7:33 Espace manquante avant « \? » : tapez une espace \(la publication la rend insécable\)\./m);
  });

  it('signale une balise GitBook que le site ne sait pas afficher, comme la construction', () => {
    expect(run.stdout).toMatch(/^docs\/balise-swagger\.md:9:1 Balise GitBook \{% swagger %\} non prise en charge par le site : décrivez l’API en Markdown/m);
  });

  it('refuse « hydrate » avec une autre valeur que true, et dit ce qu’il fait', () => {
    expect(run.stdout).toMatch(
      /^docs\/hydrate-autre-que-true\.md:5:1 En-tête : « hydrate » ne prend qu’une valeur, true, pour une page dont un composant React garde un état/m,
    );
  });

  it('demande un identifiant explicite à chaque titre de section, et le propose', () => {
    expect(run.stdout).toMatch(
      /^docs\/titre-sans-identifiant\.md:7:1 Titre « Une section à lier » sans identifiant : ajoutez \{#une-section-a-lier\} à la fin de la ligne/m,
    );
  });

  it('ne dit rien de la page propre (code, adresses, balises GitBook, encadré, identifiant de titre)', () => {
    expect(run.stdout).not.toContain('page-propre.md');
  });

  it('ne compte pas comme HTML celui de GitBook que la construction convertit (cartes, figures, liens, résumés), mais le reste', () => {
    expect(findingLines(run.stdout).filter((line) => line.includes('html-gitbook.md'))).toEqual([
      expect.stringMatching(/^docs\/html-gitbook\.md:23:1 Balise HTML dans la page .* élément: div\)$/),
    ]);
  });

  it('lit une page marquée lang: en en anglais : ni faute de français, ni typographie française', () => {
    expect(run.stdout).not.toContain('page-en-anglais.md');
  });

  it('échoue (code 1) et termine par un résumé en français', () => {
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n').at(-2)).toBe('10 problèmes dans 9 fichiers (sur 14 fichiers vérifiés).');
  });
});

describe('npm run lint:content sur une traduction', () => {
  it('dit qu’une image d’une traduction se cherche à côté d’elle, et donne le chemin de celle de la page française', async () => {
    const translation = 'i18n/en/docusaurus-plugin-content-docs/current/page-traduite.md';
    const run = await runMain([translation], fixtures);
    expect(run.code).toBe(1);
    expect(findingLines(run.stdout)).toEqual([
      `${translation}:9:1 Image « ./fichiers/schema.png » introuvable (${translation.replace('page-traduite.md', 'fichiers/schema.png')}) : une traduction cherche ses images à côté d’elle. Écrivez le chemin de l’image de la page française depuis la traduction, ![…](../../../../docs/fichiers/schema.png), ou copiez docs/fichiers/schema.png en ${translation.replace('page-traduite.md', 'fichiers/schema.png')}.`,
    ]);
  }, 60_000);
});

describe('npm run lint:content sur une page propre', () => {
  it('réussit (code 0) avec son résumé', async () => {
    const run = await runMain(['docs/page-propre.md'], fixtures);
    expect(run).toEqual({code: 0, stdout: 'Contenu vérifié : 1 fichier, aucun problème.\n', stderr: ''});
  }, 60_000);

  it('donne ses résultats en JSON avec --format json', async () => {
    const run = await runMain(['--format', 'json', 'docs/faute-orthographe.md'], fixtures);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      files: 1,
      findings: [{file: 'docs/faute-orthographe.md', line: 9, column: 11, check: 'orthographe', message: expect.stringContaining('« colectivité »')}],
    });
  }, 60_000);
});

describe('npm run lint:content sans Grammalecte', () => {
  it('s’arrête (code 2) et dit comment l’installer, sans rien ignorer', async () => {
    const run = await runs.withoutGrammalecte;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Grammalecte est introuvable');
    expect(run.stderr).toContain('apt-get install -y grammalecte-cli');
  }, 60_000);
});

describe('npm run lint:content -- --fix', () => {
  it('écrit la typographie française de la publication dans la page, sans rien changer d’autre, puis la vérifie', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lint-fix-'));
    try {
      await mkdir(path.join(dir, 'docs'));
      const typed = [
        '---',
        'title: Qui contribue ? Une page',
        'description: "Une page d\'essai : écrite comme on tape, avec des espaces ordinaires ; rien d\'autre."',
        'slug: /qui-contribue',
        '---',
        '',
        "Qui contribue ? Une agente ; un élu : chacun écrit comme il tape, l'apostrophe droite comprise.",
        '',
        '## Le code {#le-code}',
        '',
        'Le code `a : b ?` reste tel quel, comme [le lien](https://exemple.fr/?q=a).',
        '',
      ].join('\n');
      await writeFile(path.join(dir, 'docs', 'page.md'), typed);
      const run = await runMain(['--fix', 'docs/page.md'], dir);
      expect(run.stdout).toContain('docs/page.md : typographie française écrite (3 textes).');
      expect(run.code, run.stdout).toBe(0);
      const fixed = await readFile(path.join(dir, 'docs', 'page.md'), 'utf8');
      expect(fixed).toBe(
        typed
          .replace('contribue ? Une page', 'contribue\u202f? Une page')
          .replace("d'essai : écrite", 'd’essai\u00a0: écrite')
          .replace('ordinaires ; rien', 'ordinaires\u202f; rien')
          .replace("d'autre", 'd’autre')
          .replace('contribue ? Une agente ; un élu : chacun', 'contribue\u202f? Une agente\u202f; un élu\u00a0: chacun')
          .replace("l'apostrophe", 'l’apostrophe'),
      );
      // Once more: nothing left to write.
      expect((await runMain(['--fix', 'docs/page.md'], dir)).stdout).not.toContain('typographie française écrite');
    } finally {
      await rm(dir, {recursive: true, force: true});
    }
  });
});
