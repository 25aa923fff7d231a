import {mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {runProjectScript} from '../../../../../tests/support/project-script';
import {sourceHash} from '../../status';
import {check, markTranslated} from '../cli';

let siteDir: string;

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(siteDir, file)), {recursive: true});
  writeFileSync(path.join(siteDir, file), text);
}

const read = (file: string) => readFileSync(path.join(siteDir, file), 'utf8');
const i18nCheck = (...args: string[]) => runProjectScript('src/features/translations/check/cli.ts', args, siteDir);

const frenchPage = '---\ntitle: Définition\ndescription: Ce qu’est un commun numérique.\nslug: /definition\n---\n\nUn commun est une ressource partagée.\n';
const englishPage = (hash?: string) =>
  `---\ntitle: Definition\ndescription: What a digital commons is.\nslug: /definition\n${hash ? `translation_source_hash: "${hash}"\n` : ''}---\n\nA commons is a shared resource.\n`;
const translated = 'i18n/en/docusaurus-plugin-content-docs/current/definition.md';

beforeEach(() => {
  siteDir = mkdtempSync(path.join(os.tmpdir(), 'i18n-check-'));
  write('docs/definition.md', frenchPage);
  write('docs/_modele.md', '---\ntitle: Modèle\n---\n');
  write(translated, englishPage(sourceHash(frenchPage)));
  write('src/pages/mentions.mdx', '# Mentions légales\n');
  write(
    'i18n/en/docusaurus-plugin-content-pages/mentions.mdx',
    `---\ntranslation_source_hash: "${sourceHash('# Mentions légales\n')}"\n---\n\n# Legal notice\n`,
  );
  write(
    'src/components/Bouton/index.tsx',
    "import {translate} from '@docusaurus/Translate';\nexport const label = () =>\n  translate({id: 'bouton.label', message: 'Envoyer'});\n",
  );
  write('i18n/en/code.json', JSON.stringify({'bouton.label': {message: 'Send'}}));
});

afterEach(() => rmSync(siteDir, {recursive: true, force: true}));

describe('npm run i18n:check', () => {
  it('passe quand chaque page et chaque libellé a sa traduction à jour (modèles exclus)', () => {
    const {lines, problems, toTranslate} = check(siteDir);
    expect(lines).toContain('en : 2/2 pages traduites et à jour.');
    expect(problems).toBe(0);
    expect(toTranslate).toEqual([]);
  });

  it('une page française modifiée : sa traduction est à revoir, listée sans bloquer, jusqu’à ce qu’elle soit marquée traduite', () => {
    write('docs/definition.md', frenchPage.replace('partagée.', 'partagée et gouvernée.'));
    // The command as contributors and the pipeline run it: it passes, and says what to review.
    const stale = i18nCheck('check', '--list', 'traductions-a-faire.md');
    expect(stale.code).toBe(0);
    expect(stale.output).toMatch(
      new RegExp(
        `^${translated}:1:1 à revoir \\(« en »\\) : la page française a changé depuis sa traduction .*git diff docs/definition\\.md.*npm run i18n:mark-translated -- docs/definition\\.md`,
        'm',
      ),
    );
    expect(stale.output).toContain(
      'en : 1/2 pages traduites et à jour. 1 à traduire ou à revoir, listée ci-dessus : la page anglaise le dit à ses lecteurs en attendant, rien ne bloque.',
    );
    expect(read('traductions-a-faire.md')).toMatch(new RegExp(`^# Traductions à faire\\n\\n- \\[ \\] ${translated} : à revoir`));

    const marked = i18nCheck('mark-translated', 'docs/definition.md');
    expect(marked.code).toBe(0);
    expect(read(translated)).toBe(englishPage(sourceHash(read('docs/definition.md'))));
    expect(check(siteDir).toTranslate).toEqual([]);
  });

  it('ne compte pas les fins de ligne que git peut changer', () => {
    write('docs/definition.md', frenchPage.replace(/\n/g, '\r\n'));
    expect(check(siteDir).toTranslate).toEqual([]);
  });

  it('liste une traduction qui ne dit pas quelle version elle traduit', () => {
    write(translated, englishPage());
    const {toTranslate, problems} = check(siteDir);
    expect(problems).toBe(0);
    expect(toTranslate).toEqual([
      expect.stringContaining(
        `${translated}:1:1 à revoir (« en ») : elle n’indique pas quelle version de la page française elle traduit (champ translation_source_hash)`,
      ),
    ]);
  });

  it('liste une page sans traduction ; une traduction sans page et un libellé sans traduction sont des problèmes, chacun avec son fichier', () => {
    write('docs/guide/gouvernance.md', frenchPage.replace('/definition', '/gouvernance'));
    write('i18n/en/docusaurus-plugin-content-docs/current/ancienne.md', englishPage('0'));
    write(
      'src/components/Bouton/index.tsx',
      `${read('src/components/Bouton/index.tsx')}export const title = () => translate({id: 'bouton.titre', message: 'Titre'});\n`,
    );
    const run = i18nCheck('check');
    expect(run.code).toBe(1);
    expect(run.output).toContain(
      'docs/guide/gouvernance.md:1:1 à traduire (« en ») : créez i18n/en/docusaurus-plugin-content-docs/current/guide/gouvernance.md',
    );
    expect(run.output).toContain('i18n/en/docusaurus-plugin-content-docs/current/ancienne.md:1:1 traduction sans page française');
    expect(run.output).toContain('src/components/Bouton/index.tsx:4:1 libellé « bouton.titre » (« Titre ») sans traduction « en »');
    expect(run.output).not.toContain('bouton.label');
    expect(run.output).toContain('2 problèmes de traduction.');
  });

  it('liste le nom d’une nouvelle section à traduire, sans bloquer, jusqu’à ce que le fichier de traduction du menu le donne', () => {
    write('docs/outils/_category_.json', JSON.stringify({label: 'Outils des collectivités', position: 3}));
    write('docs/outils/index.md', frenchPage.replace('/definition', '/outils'));
    write(
      'i18n/en/docusaurus-plugin-content-docs/current/outils/index.md',
      englishPage(sourceHash(frenchPage.replace('/definition', '/outils'))).replace('/definition', '/outils'),
    );
    const waiting = check(siteDir);
    expect(waiting.problems).toBe(0);
    expect(waiting.toTranslate).toEqual([
      'docs/outils/_category_.json:1:1 à traduire (« en ») : le nom de section « Outils des collectivités », affiché en français en attendant. npm run write-translations -- --locale en l’ajoute à i18n/en/docusaurus-plugin-content-docs/current.json ; traduisez son message.',
    ]);
    expect(waiting.lines).toContain(
      'en : 3/3 pages traduites et à jour. 1 nom de section à traduire, listé ci-dessus : l’édition anglaise le montre en français en attendant, rien ne bloque.',
    );
    // As `docusaurus write-translations` writes it, its message translated.
    write(
      'i18n/en/docusaurus-plugin-content-docs/current.json',
      JSON.stringify({
        'version.label': {message: 'Next', description: 'The label for version current'},
        'sidebar.guide.category.Outils des collectivités': {
          message: 'Tools for local authorities',
          description: 'The label for category Outils des collectivités in sidebar guide',
        },
      }),
    );
    expect(check(siteDir).toTranslate).toEqual([]);
  });

  it('mark-translated refuse un fichier qui n’est pas une page, sans rien écrire', () => {
    expect(() => markTranslated(siteDir, ['README.md'])).toThrow('README.md n’est ni une page française publiée');
  });
});
