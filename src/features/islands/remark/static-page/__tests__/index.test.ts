import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {contentErrorOf, processMarkdownFile} from '../../../../../../tests/support/markdown';
import {staticComponents} from '../../../../../content-pipeline';
import remarkStaticPage from '..';

/** An MDX page processed as Docusaurus does: front matter parsed first, then remark-mdx. */
const processMdx = async (name: string) =>
  (await processMarkdownFile(path.join(__dirname, '__fixtures__', name), [[remarkStaticPage, staticComponents]], {isMdx: true})).file;

describe('une page sans hydrate: true ne fige rien en silence', () => {
  it('un import de module non déclaré statique, un composant inconnu, un gestionnaire d’événement : chacun à sa ligne, avec les deux solutions', async () => {
    const {problems, message} = await contentErrorOf(processMdx('composants-figes.mdx'));
    expect(problems.map(({line, column, message: text}) => `${line}:${column} ${text.split(' : ')[0]}`)).toEqual([
      '6:1 Import de « @theme/Tabs »',
      '7:1 Import de « @theme/TabItem »',
      '19:1 Composant <Compteur>',
      '25:23 Attribut onClick sur <button>',
    ]);
    expect(message).toContain('composants-figes.mdx:6:1 Import de « @theme/Tabs » : sans « hydrate: true », cette page arrive aux lecteurs sans React');
    expect(message).toContain('Deux solutions : ajoutez « hydrate: true » à l’en-tête de la page');
    // The site's own components, a static module's, an image: nothing to say. <Tabs> is reported once, at its import.
    expect(message).not.toMatch(/Hint|Host|schema|Composant <Tabs>|Composant <TabItem>/);
  });

  it('avec hydrate: true, la page garde React : rien à dire', async () => {
    const file = await processMdx('composants-hydrates.mdx');
    expect(file.messages).toEqual([]);
  });

  it('les pages du site (src/pages, docs) n’utilisent que ce que leurs fonctionnalités déclarent statique', async () => {
    const root = path.join(__dirname, '..', '..', '..', '..', '..', '..');
    const {readdirSync} = await import('node:fs');
    const pages = [path.join(root, 'src', 'pages'), path.join(root, 'i18n', 'en', 'docusaurus-plugin-content-pages')].flatMap((dir) =>
      readdirSync(dir)
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => path.join(dir, name)),
    );
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const {file} = await processMarkdownFile(page, [[remarkStaticPage, staticComponents]], {isMdx: true});
      expect(file.messages.map(String), page).toEqual([]);
    }
  });
});
