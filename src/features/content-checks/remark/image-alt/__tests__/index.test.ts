import path from 'node:path';
import type {Image, Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import {contentErrorOf, processMarkdownFile} from '../../../../../../tests/support/markdown';
import remarkContentProblems from '../../content-problems';
import remarkImageAlt, {remarkDecorativeImages} from '..';

const fixture = (name: string) => path.join(__dirname, '__fixtures__', name);

describe('texte de remplacement des images', () => {
  it('une image sans description arrête la construction, à sa ligne et sa colonne', async () => {
    const {problems, message} = await contentErrorOf(processMarkdownFile(fixture('missing-alt.md'), [remarkImageAlt]));
    expect(problems.map(({line, column}) => [line, column])).toEqual([
      [11, 1],
      [13, 34],
      [18, 3],
    ]);
    expect(message).toContain('missing-alt.md:11:1 Image sans texte de remplacement : décrivez ce qu’elle montre');
    // A row of a table: one line for a person, each image named.
    expect(message).toContain(
      'missing-alt.md:18:3 3 images sans texte de remplacement sur cette ligne (avant.png, avant-2.png, apres.png) : pour chacune, décrivez ce qu’elle montre',
    );
  });
});

describe('dans un brouillon (PUBLICATION_DRAFT=1), et après les extensions de Docusaurus', () => {
  it('une image sans description est dite, et publiée avec un texte qui le dit ; une image décorative garde son alt vide', async () => {
    const warnings: string[] = [];
    const source = ['![](assets/capture%20(2).png)', '', 'Une icône <img src="icone.png" alt="" /> décorative.', '', '<img src="logo.png" alt="" />'].join(
      '\n',
    );
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkImageAlt)
      // What Docusaurus's image transformation makes of an image: an <img> without `alt` when it is empty.
      .use(() => (tree: Root) => {
        visit(tree, (node) => {
          if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
          (node as MdxJsxFlowElement).attributes = (node as MdxJsxFlowElement).attributes = node.attributes.filter(
            (attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name === 'alt' && attribute.value === ''),
          );
        });
      })
      .use(remarkDecorativeImages)
      .use(remarkContentProblems, {draft: true, warn: (line) => warnings.push(line)});
    const file = new VFile({path: 'page.mdx', value: source});
    const tree = (await processor.run(processor.parse(file), file)) as Root;
    expect(warnings).toEqual([expect.stringMatching(/^\[brouillon, à corriger avant publication\] page\.mdx:1:1 Image sans texte de remplacement/)]);
    const images: Array<{alt: string | null | undefined}> = [];
    visit(tree, (node) => {
      if (node.type === 'image') images.push({alt: (node as Image).alt});
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const alt = (node as MdxJsxFlowElement).attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'alt');
        images.push({alt: alt?.value as string | undefined});
      }
    });
    expect(images).toEqual([{alt: 'Image à décrire avant publication (capture (2).png)'}, {alt: ''}, {alt: ''}]);
  });
});
