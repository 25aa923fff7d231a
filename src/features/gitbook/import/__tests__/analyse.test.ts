import {describe, expect, it} from 'vitest';
import {serveImages} from '../../../../../tests/support/image-server';
import {analyseSpace} from '../analyse';
import {planSpace} from '../plan';
import {readSpace} from '../read';
import {scratchSpaces, type Files} from './scratch';

const scratch = scratchSpaces();

async function analysed(files: Files, dryRun = false) {
  const site = await scratch(files);
  const space = await readSpace(site.exportDir);
  const plan = await planSpace(space, site.options({dryRun}));
  return {space, plan, analysed: await analyseSpace(space, plan, site.options({dryRun}))};
}

describe('analyse des pages (analyse.ts)', () => {
  it('lit chaque page du plan : titre, ancres, description ; dit les pages absentes, illisibles ou hors sommaire', async () => {
    const {analysed: result} = await analysed({
      'SUMMARY.md': '# Sommaire\n\n* [Accueil](README.md)\n* [Perdue](perdue.md)\n* [Cassée](cassee.md)\n',
      'README.md': '---\ndescription: "Une page d’accueil"\n---\n\n# Bienvenue\n\n## Qui décide ?\n\nLa collectivité décide avec les autres communes.\n',
      'cassee.md': '---\ndescription: [non fermé\n---\n\n# Cassée\n',
      'brouillon.md': '# Brouillon\n',
      '.gitbook/includes/bloc.md': 'Un bloc réutilisable.\n',
    });
    expect(result.pages.map(({page, analysis}) => [page.source, analysis.title, analysis.description, analysis.bodyLineOffset])).toEqual([
      ['README.md', 'Bienvenue', 'Une page d’accueil', 3],
    ]);
    expect(result.pages[0]!.analysis.anchors.get('qui-decide')).toBe('qui-decide');
    expect(result.problems.map(({source, line, message}) => `${source}:${line ?? ''} ${message.split(' :')[0]}`)).toEqual([
      "SUMMARY.md:4 la page « perdue.md » est au sommaire mais absente de l'export",
      expect.stringMatching(/^cassee\.md:1 en-tête YAML illisible/),
      'brouillon.md: page absente de SUMMARY.md',
    ]);
    // The Markdown files that are not imported pages (reusable blocks, the others): what a page may include.
    expect([...result.includes.keys()]).toEqual(['.gitbook/includes/bloc.md', 'brouillon.md', 'cassee.md']);
    expect(result.foreign).toBeUndefined();
  });

  it('un espace en anglais garde sa typographie et le dit ; les variables viennent de .gitbook/vars.yaml', async () => {
    const {analysed: result} = await analysed({
      'SUMMARY.md': '# Table of contents\n\n* [Welcome](README.md)\n',
      'README.md':
        '# Welcome\n\nYour team publishes the changes to the site, and the reviewer checks each page in the editor with the repository. What is it?\n',
      '.gitbook/vars.yaml': 'PRODUCT: Atlas\nVERSION: 2\n',
    });
    expect(result.foreign).toBe('en');
    expect(result.typeset('What is it?')).toBe('What is it?');
    expect(result.counts).toEqual({'pages en anglais, marquées lang: en': 1});
    expect([...result.variables]).toEqual([
      ['space.vars.PRODUCT', 'Atlas'],
      ['space.vars.VERSION', '2'],
    ]);
  });

  it('télécharge une fois chaque image d’un autre site des pages et des blocs réutilisables, et note celles qui échouent', async () => {
    const images = await serveImages((url) => url === '/carte.png');
    try {
      const {plan, analysed: result} = await analysed({
        'SUMMARY.md': '# Sommaire\n\n* [Accueil](README.md)\n',
        'README.md': `# Accueil\n\n![Carte](${images.origin}/carte.png)\n\n<table><tr><td><img src="${images.origin}/carte.png" alt="Carte"></td><td><img src="${images.origin}/absente.png" alt="Absente"></td></tr></table>\n`,
        '.gitbook/includes/bloc.md': `![Couverture](${images.origin}/carte.png)\n`,
      });
      expect([...result.remoteImages]).toEqual([
        [`${images.origin}/carte.png`, 'assets/carte.png'],
        [`${images.origin}/absente.png`, undefined],
      ]);
      expect(plan.assets.downloaded.map(({file, source}) => [file, source])).toEqual([['assets/carte.png', `${images.origin}/carte.png`]]);
    } finally {
      await images.close();
    }
  });
});
