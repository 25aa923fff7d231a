import path from 'node:path';
import type {Heading, Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';
import {describe, expect, it} from 'vitest';
import {contentProblemsOf} from '../../../../../shared/content-problems';
import {processMarkdownFile} from '../../../../../../tests/support/markdown';
import remarkImageAlt from '../../../../content-checks/remark/image-alt';
import remarkGitbookHtml from '..';

const fixture = (name: string) => path.join(__dirname, '__fixtures__', name);

function elements(tree: Root, name: string): MdxJsxFlowElement[] {
  const found: MdxJsxFlowElement[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name === name) found.push(node);
  });
  return found;
}

describe('le HTML de GitBook devient du Markdown et les composants du site', async () => {
  const {tree, mdx, file} = await processMarkdownFile(fixture('html.md'), [remarkGitbookHtml, remarkImageAlt]);

  it('reste lisible, et le résultat est celui attendu', async () => {
    await expect(mdx).toMatchFileSnapshot('__fixtures__/html.output.mdx');
  });

  it('un tableau de cartes devient des cartes : titre en lien vers la page, couverture décorative, sans les colonnes cachées', () => {
    const [cards] = elements(tree, 'LinkCards');
    expect(cards!.children).toHaveLength(2);
    expect(mdx).toContain('[Premiers pas](premiers-pas.md)');
    expect(mdx).toContain('[Gouvernance](gouvernance.md)');
    expect(mdx).toContain('![](assets/couverture.png)');
    expect(mdx).not.toContain('Cover image');
  });

  it('un tableau simple devient un tableau Markdown, sans sa colonne cachée', () => {
    expect(mdx).toContain('| Collectivité | Rôle          |');
    expect(mdx).toContain('| Lyon         | **Pilote**    |');
    expect(mdx).not.toContain('Ancienne colonne');
  });

  it('un tableau à l’en-tête caché n’a pas d’en-tête ; un tableau dont une cellule tient une liste reste en HTML, ses en-têtes marqués', () => {
    const tables = elements(tree, 'table');
    expect(tables).toHaveLength(2);
    expect(JSON.stringify(tables[0])).not.toContain('"thead"');
    expect(JSON.stringify(tables[1])).toContain('"name":"scope","value":"col"');
    expect(JSON.stringify(tables[1])).toContain('"type":"list"');
  });

  it('une figure devient une image et sa légende, qui la décrit quand elle n’a pas de description ; <picture> garde sa source claire', () => {
    expect(mdx).toContain('![Le schéma de la gouvernance](assets/schema.png)');
    expect(mdx).toContain('![Le schéma, centré](assets/schema.png)\n\nUne légende');
    expect(mdx).toContain('![Le schéma, clair ou sombre](assets/schema.png)');
    expect(mdx).not.toContain('schema-sombre');
  });

  it('un bloc de code écrit en HTML (<pre>, lignes surlignées) devient un bloc de code, sa langue et son titre gardés', () => {
    expect(mdx).toContain('```yaml title="publication.yaml"\nsite: communs\nlangue: fr\n```');
  });

  it('en ligne : lien, saut de ligne, icône retirée, image ; <kbd>, <mark> (sans ses couleurs), <details> restent', () => {
    expect(mdx).toContain('[Commencer](premiers-pas.md)');
    expect(mdx).not.toContain(':github:');
    expect(mdx).toContain('![](assets/icone.png)');
    expect(mdx).toContain('<kbd>Entrée</kbd>');
    // GitBook's colours (`color:orange`, its theme tokens) would not hold the contrast in both themes.
    expect(mdx).toContain('<mark>important</mark>');
    expect(mdx).not.toContain('style=');
    expect(mdx).toContain('<details>');
    expect(mdx).toContain('Un paragraphe centré, avec du **gras**.');
  });

  it('l’ancre d’un titre devient son identifiant', () => {
    const headings: Heading[] = [];
    visit(tree, 'heading', (heading: Heading) => void headings.push(heading));
    expect(headings[1]!.data).toMatchObject({hProperties: {id: 'demarrer-vite'}});
    expect(mdx).toContain('## Démarrer\n');
  });

  it('ne signale ni la couverture ni l’icône, images décoratives, et rien d’autre', () => {
    expect(contentProblemsOf(file)).toEqual([]);
  });
});
