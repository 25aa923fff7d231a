import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {contentErrorOf} from '../../../../../../tests/support/markdown';
import {staticComponents} from '../../../../../shared/remark-pipeline';
import remarkContentProblems from '../../../../content-checks/remark/content-problems';
import remarkStaticPage from '..';

/** An MDX page processed as Docusaurus does: front matter parsed first, then remark-mdx. */
async function processMdx(name: string): Promise<VFile> {
  const filePath = path.join(__dirname, '__fixtures__', name);
  const value = await readFile(filePath, 'utf8');
  const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath, fileContent: value});
  const file = new VFile({path: filePath, value, data: {frontMatter}});
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkFrontmatter)
    .use(remarkStaticPage, staticComponents)
    .use(remarkContentProblems, {warn: () => {}});
  await processor.run(processor.parse(file), file);
  return file;
}

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
      const value = await readFile(page, 'utf8');
      const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath: page, fileContent: value});
      const file = new VFile({path: page, value, data: {frontMatter}});
      const processor = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkStaticPage, staticComponents);
      await processor.run(processor.parse(file), file);
      expect(file.messages.map(String), page).toEqual([]);
    }
  });
});
