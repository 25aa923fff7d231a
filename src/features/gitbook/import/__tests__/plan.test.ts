import {describe, expect, it} from 'vitest';
import {ImportError} from '../options';
import {planImport, planSpace, urlPrefixOf} from '../plan';
import {readSpace} from '../read';
import {readSummary} from '../summary';
import {scratchSpaces} from './scratch';

const scratch = scratchSpaces();

describe('plan des pages (plan.ts)', () => {
  const summary = readSummary(
    '# Sommaire\n\n* [Accueil](README.md)\n* [Guide](guide/README.md)\n  * [Étape](guide/etape.md)\n  * [Étape](guide/etape.md#section)\n\n## Partie B\n\n* [Accueil](b.md)\n',
  );

  it('une page devient un fichier, une page à sous-pages un dossier avec index.md, une partie un dossier ; positions et adresses suivent le sommaire', () => {
    const plan = planImport(summary, {urlPrefix: '', takenSlugs: [], takenNames: [], firstPosition: 3});
    expect(plan.pages.map(({file, slug, position}) => [file, slug, position])).toEqual([
      ['accueil.md', '/accueil', 3],
      ['guide/index.md', '/guide', 1],
      ['guide/etape.md', '/guide/etape', 1],
      ['partie-b/accueil.md', '/accueil-2', 1],
    ]);
    expect(plan.categories).toEqual([
      {dir: 'guide', label: 'Guide', position: 4},
      {dir: 'partie-b', label: 'Partie B', position: 5},
    ]);
    // The same page twice: imported once, said at the second entry's line.
    expect(plan.problems).toEqual([{line: 6, message: expect.stringContaining('« guide/etape.md » figure deux fois au sommaire')}]);
    expect(plan.pages[3]).toMatchObject({wantedSlug: '/accueil', clash: 'import'});
  });

  it('évite les adresses et les noms que le site a déjà', () => {
    const plan = planImport(summary, {urlPrefix: '/espace', takenSlugs: ['/espace/accueil'], takenNames: ['guide'], firstPosition: 1});
    expect(plan.pages.map(({file, slug}) => [file, slug])).toEqual([
      ['accueil.md', '/espace/accueil-2'],
      ['guide-2/index.md', '/espace/guide'],
      ['guide-2/etape.md', '/espace/guide/etape'],
      ['partie-b/accueil.md', '/espace/accueil-3'],
    ]);
    expect(plan.pages[0]).toMatchObject({wantedSlug: '/espace/accueil', clash: 'site'});
  });

  it('la destination donne le préfixe des adresses, en ASCII, sous docs/', () => {
    expect(urlPrefixOf({exportDir: '', docsRoot: '/site/docs', dest: '/site/docs'})).toBe('');
    expect(urlPrefixOf({exportDir: '', docsRoot: '/site/docs', dest: '/site/docs/mon-espace'})).toBe('/mon-espace');
    expect(() => urlPrefixOf({exportDir: '', docsRoot: '/site/docs', dest: '/site/ailleurs'})).toThrow(ImportError);
    expect(() => urlPrefixOf({exportDir: '', docsRoot: '/site/docs', dest: '/site/docs/Mon Espace'})).toThrow(/minuscules ASCII.*docs\/mon-espace/);
  });

  it('lit le site : pages, positions et fichiers d’assets qui ne viennent pas de l’import ; dit les adresses déjà prises', async () => {
    const site = await scratch(
      {'SUMMARY.md': '# Sommaire\n\n* [Accueil](README.md)\n', 'README.md': '# Accueil\n', '.gitbook/assets/photo.png': 'png'},
      {
        'accueil.md': '---\nslug: /accueil\nsidebar_position: 7\n---\n',
        'assets/photo.png': 'à quelqu’un d’autre',
        'autre/_category_.json': '{"label": "Autre", "position": 9}',
      },
    );
    const space = await readSpace(site.exportDir);
    const plan = await planSpace(space, site.options());
    expect(plan.pages.map(({file, slug, position}) => [file, slug, position])).toEqual([['accueil-2.md', '/accueil-2', 10]]);
    expect(plan.site.categoryLabels).toEqual(['Autre']);
    expect(plan.problems).toEqual([{source: 'SUMMARY.md', line: 3, message: expect.stringMatching(/^l'adresse \/accueil est déjà celle d'une page du site/)}]);
    // The site's own photo.png keeps its name: the export's gets another.
    expect(plan.assets.fileFor('.gitbook/assets/photo.png')).toBe('assets/photo-2.png');
    expect(plan.assets.fileFor('README.md')).toBeUndefined();
    expect(plan.assets.fileFor('.gitbook/assets/absente.png')).toBeUndefined();
  });
});
