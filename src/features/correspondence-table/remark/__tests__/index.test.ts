import path from 'node:path';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';
import {describe, expect, it} from 'vitest';
import {contentErrorOf, processMarkdownFile} from '../../../../../tests/support/markdown';
import remarkCorrespondenceTable from '..';

const fixture = (name: string) => path.join(__dirname, '__fixtures__', name);
const transform = (name: string) => processMarkdownFile(fixture(name), [remarkCorrespondenceTable]);

function attribute(node: MdxJsxFlowElement, name: string) {
  return node.attributes.find((item) => 'name' in item && item.name === name)?.value;
}

function component(tree: Root): MdxJsxFlowElement {
  const found = tree.children.find((node): node is MdxJsxFlowElement => node.type === 'mdxJsxFlowElement' && node.name === 'CorrespondenceTable');
  expect(found, 'un composant CorrespondenceTable').toBeDefined();
  return found!;
}

/** Each row as [characteristic, practice] text. */
function rows(table: MdxJsxFlowElement): string[][] {
  return table.children.map((row) => (row as MdxJsxFlowElement).children.map((cell) => toString(cell)));
}

describe('tableau de correspondance', () => {
  it('devient le composant, avec sa légende, ses en-têtes et ses lignes', async () => {
    const {tree, mdx} = await transform('two-columns.md');
    const table = component(tree);
    expect(attribute(table, 'caption')).toBe("Les caractéristiques d'un commun numérique et leur mise en pratique");
    expect(attribute(table, 'characteristicHeader')).toBe("Caractéristique d'un commun numérique");
    expect(attribute(table, 'practiceHeader')).toBe("Mise en pratique par l'Incubateur des Territoires");
    expect(rows(table)).toEqual([
      ['Produit et/ou entretenu collectivement', "La genèse et l'évolution de la solution sont le produit d'itérations."],
      ['Non exclusif', 'La solution est développée en code ouvert.'],
    ]);
    // Inline Markdown in the cells is kept.
    expect(mdx).toContain('**collectivement**');
    expect(mdx).toContain('[code ouvert](https://fr.wikipedia.org/wiki/Open_source)');
    expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'paragraph', 'mdxJsxFlowElement', 'paragraph']);
    await expect(mdx).toMatchFileSnapshot('__fixtures__/two-columns.output.mdx');
  });

  it('laisse de côté la colonne de flèches d’un export GitBook', async () => {
    const {tree, mdx} = await transform('gitbook-arrow-column.md');
    const table = component(tree);
    expect(attribute(table, 'characteristicHeader')).toBe("Les caractéristiques d'un commun numérique...");
    expect(rows(table).map(([characteristic]) => characteristic)).toEqual(['Non rival', 'Non exclusif']);
    expect(mdx).not.toMatch(/[➡→]/u);
    await expect(mdx).toMatchFileSnapshot('__fixtures__/gitbook-arrow-column.output.mdx');
  });

  it('reconnaît un tableau GitBook collé tel quel : colonne de flèches, légende tirée des en-têtes', async () => {
    const {tree} = await transform('gitbook-pasted.md');
    const table = component(tree);
    expect(attribute(table, 'caption')).toBe("Les caractéristiques d'un commun numérique mises en pratique par l'Incubateur des Territoires");
    expect(rows(table)).toEqual([
      ['"Produit et/ou entretenu collectivement"', "La genèse et l'évolution de la solution numérique sont le produit d'itérations"],
      ['Non rival', "L'utilisation par une collectivité n'empêche pas les autres de l'utiliser"],
    ]);
  });

  it('reconnaît les flèches emoji (➡️) et les flèches ASCII (=>) comme colonne de présentation', async () => {
    const {tree} = await transform('emoji-arrows.md');
    expect(rows(component(tree))).toEqual([
      ['Non rival', 'Partagée'],
      ['Non exclusif', 'Ouverte'],
    ]);
  });

  it('ne touche pas aux autres tableaux', async () => {
    const {tree} = await transform('ordinary-table.md');
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'table', 'paragraph', 'table']);
  });
});

describe('un tableau de correspondance mal formé arrête la construction', () => {
  const cases: Array<[string, Array<[number, number, RegExp]>]> = [
    ['no-caption.md', [[1, 1, /sans légende : écrivez-la entre crochets/]]],
    [
      'no-table.md',
      [
        [5, 1, /doit contenir exactement un tableau Markdown \(il en contient 0\)/],
        [7, 1, /ne contient qu'un tableau : déplacez ce contenu \(paragraph\)/],
      ],
    ],
    ['three-columns.md', [[3, 1, /deux colonnes .* au plus, une colonne de flèches ; celui-ci a 3 colonnes/]]],
    [
      'empty-cells.md',
      [
        [6, 1, /Ligne sans caractéristique/],
        [7, 16, /Ligne sans mise en pratique/],
      ],
    ],
    // GFM keeps rows shorter than the header: a missing cell is an empty one.
    [
      'missing-cells.md',
      [
        [5, 1, /Ligne sans mise en pratique/],
        // An arrow alone says nothing: the cell counts as empty.
        [6, 13, /Ligne sans mise en pratique/],
      ],
    ],
    ['gitbook-without-headers.md', [[1, 1, /colonne de flèches\) sans en-têtes : donnez-lui une légende/]]],
  ];

  it.each(cases)('%s', async (name, expected) => {
    const {problems, message} = await contentErrorOf(transform(`errors/${name}`));
    expect(problems.map(({line, column}) => [line, column])).toEqual(expected.map(([line, column]) => [line, column]));
    problems.forEach((problem, index) => expect(problem.message).toMatch(expected[index]![2]));
    expect(message).toContain(`${path.relative(process.cwd(), fixture(`errors/${name}`))}:${expected[0]![0]}:`);
  });
});
