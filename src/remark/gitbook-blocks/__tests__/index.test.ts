import path from 'node:path';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';
import {describe, expect, it} from 'vitest';
import {contentErrorOf, processMarkdownFile} from '../../../../tests/support/markdown';
import remarkGitbookBlocks from '..';

const fixture = (name: string) => path.join(__dirname, '__fixtures__', name);

async function transform(name: string) {
  return processMarkdownFile(fixture(name), [remarkGitbookBlocks]);
}

function hints(tree: Root): MdxJsxFlowElement[] {
  const found: MdxJsxFlowElement[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name === 'Hint') found.push(node);
  });
  return found;
}

const typeOf = (hint: MdxJsxFlowElement) =>
  hint.attributes.find((attribute) => 'name' in attribute && attribute.name === 'type')?.value;

const problemsOf = (name: string) => contentErrorOf(transform(name));

describe('encadrés GitBook {% hint %}', () => {
  it('rend chacun des quatre styles, guillemets doubles ou simples', async () => {
    const {tree, mdx} = await transform('hint-styles.md');
    expect(hints(tree).map(typeOf)).toEqual(['info', 'warning', 'danger', 'success']);
    expect(mdx).not.toContain('{%');
    await expect(mdx).toMatchFileSnapshot('__fixtures__/hint-styles.output.mdx');
  });

  it("garde le Markdown de l'encadré et se ferme même collé à une liste", async () => {
    const {tree, mdx} = await transform('hint-markdown-inside.md');
    const [hint, ...others] = hints(tree);
    expect(others).toHaveLength(0);
    expect(hint!.children.map((child) => child.type)).toEqual(['paragraph', 'list']);
    // The paragraph after `{% endhint %}` stays outside the box.
    expect(tree.children.at(-1)).toMatchObject({type: 'paragraph'});
    expect(JSON.stringify(hint)).toContain('"type":"emphasis"');
    expect(JSON.stringify(hint)).toContain('"type":"link"');
    await expect(mdx).toMatchFileSnapshot('__fixtures__/hint-markdown-inside.output.mdx');
  });

  it('accepte un tableau et une citation dans un encadré', async () => {
    const {tree, mdx} = await transform('hint-table-inside.md');
    expect(hints(tree)[0]!.children.map((child) => child.type)).toEqual(['table', 'blockquote']);
    await expect(mdx).toMatchFileSnapshot('__fixtures__/hint-table-inside.output.mdx');
  });

  it("rend un encadré indenté dans un élément de liste, à l'intérieur de cet élément", async () => {
    const {tree, mdx} = await transform('hint-in-list.md');
    const list = tree.children[0];
    expect(list).toMatchObject({type: 'list'});
    expect(hints(tree)).toHaveLength(1);
    expect(JSON.stringify((list as {children: unknown[]}).children[0])).toContain('"name":"Hint"');
    await expect(mdx).toMatchFileSnapshot('__fixtures__/hint-in-list.output.mdx');
  });

  it('sépare un encadré des paragraphes collés avant et après', async () => {
    const {tree, mdx} = await transform('hint-paragraph-tight.md');
    expect(tree.children.map((child) => child.type)).toEqual(['paragraph', 'mdxJsxFlowElement', 'paragraph']);
    await expect(mdx).toMatchFileSnapshot('__fixtures__/hint-paragraph-tight.output.mdx');
  });

  it('lit les variantes d’écriture des balises : espaces, casse, tabulations, guillemets typographiques, indentation', async () => {
    const {tree, mdx} = await transform('hint-variants.md');
    expect(hints(tree).map(typeOf)).toEqual(['info', 'warning', 'danger', 'success', 'info', 'info']);
    expect(mdx).not.toContain('{%');
  });

  it('lit un fichier aux fins de ligne Windows (CRLF)', async () => {
    const {tree} = await transform('hint-crlf.md');
    expect(hints(tree).map(typeOf)).toEqual(['warning']);
    expect(tree.children.at(-1)).toMatchObject({type: 'paragraph'});
  });

  it('rend les encadrés après un titre, dans une citation, imbriqués, et autour d’un bloc de code', async () => {
    const {tree, mdx} = await transform('hint-containers.md');
    expect(hints(tree).map(typeOf)).toEqual(['info', 'success', 'warning', 'danger', 'info', 'info']);
    // The inner box sits inside the outer one, and the fenced `{% endhint %}` stays code.
    const outer = hints(tree).find((hint) => typeOf(hint) === 'warning')!;
    expect(JSON.stringify(outer)).toContain('"value":"danger"');
    expect(mdx).toContain('```markdown\n  {% endhint %}\n  ```');
    await expect(mdx).toMatchFileSnapshot('__fixtures__/hint-containers.output.mdx');
  });

  it('ferme un encadré en fin de fichier sans retour à la ligne', async () => {
    const {tree} = await transform('hint-eof.md');
    expect(hints(tree).map(typeOf)).toEqual(['success']);
  });

  it('ne touche pas aux balises écrites dans du code', async () => {
    const {tree, mdx} = await transform('hint-code-untouched.md');
    expect(hints(tree)).toHaveLength(0);
    expect(mdx).toContain('`{% hint style="info" %}`');
    expect(mdx).toContain('{% endhint %}\n```');
    expect(mdx).toContain('{% not-a-tag %}');
  });
});

describe('les autres blocs GitBook', () => {
  const elements = (tree: Root, name: string) => {
    const found: MdxJsxFlowElement[] = [];
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name === name) found.push(node);
    });
    return found;
  };
  const attributeOf = (node: MdxJsxFlowElement, name: string) =>
    node.attributes.find((item) => 'name' in item && item.name === name)?.value;

  it('{% tabs %} devient des onglets, chacun avec son titre et son Markdown', async () => {
    const {tree, mdx} = await transform('tabs.md');
    const [tabsNode] = elements(tree, 'Tabs');
    expect(tabsNode!.children.map((tab) => attributeOf(tab as MdxJsxFlowElement, 'title'))).toEqual(['Pour les élus', 'Pour les agents']);
    expect(mdx).toContain('- premier point ;');
    expect(mdx).toContain('```bash');
    await expect(mdx).toMatchFileSnapshot('__fixtures__/tabs.output.mdx');
  });

  it('{% embed %} devient un lien vers le contenu, seul ou avec sa légende', async () => {
    const {tree, mdx} = await transform('embed.md');
    const links = elements(tree, 'EmbedLink');
    expect(links.map((link) => attributeOf(link, 'url'))).toEqual([
      'https://www.youtube.com/watch?v=exemple',
      'https://fr.wikipedia.org/wiki/Communs',
      'https://exemple.fr/presentation',
    ]);
    expect(links.map((link) => JSON.stringify(link.children))).toEqual([
      '[]',
      expect.stringContaining('Les communs, sur Wikipédia'),
      expect.stringContaining('Présentation du projet'),
    ]);
    await expect(mdx).toMatchFileSnapshot('__fixtures__/embed.output.mdx');
  });

  it('{% content-ref %} devient un lien vers la page, tiré du bloc ou de son adresse', async () => {
    const {tree, mdx} = await transform('content-ref.md');
    expect(elements(tree, 'PageLink')).toHaveLength(2);
    expect(mdx).toContain('[Notre définition](definition.md)');
    expect(mdx).toContain('[questions des collectivites](questions-des-collectivites.md)');
  });

  it('{% code %} donne son titre et ses numéros de ligne au bloc de code', async () => {
    const {tree} = await transform('code.md');
    expect(tree.children[0]).toMatchObject({type: 'code', lang: 'ts', meta: 'title="docusaurus.config.ts" showLineNumbers'});
  });

  it('{% file %} devient un lien vers le fichier, avec son format et sa taille', async () => {
    const {tree, mdx} = await transform('file.md');
    expect(elements(tree, 'FileLink')).toHaveLength(2);
    expect(mdx).toContain('[Le guide des communs à imprimer (PDF, 121\u00A0Ko)](assets/guide-des-communs.pdf)');
    expect(mdx).toContain('[guide-des-communs.pdf (PDF, 121\u00A0Ko)](assets/guide-des-communs.pdf)');
  });
});

describe("une erreur d'encadré arrête la construction avec le fichier et la ligne", () => {
  const cases: Array<[string, Array<[line: number, column: number, message: RegExp]>]> = [
    ['unknown-style.md', [[5, 1, /Style d'encadré « tip » inconnu : utilisez l'un de "info", "warning", "danger", "success"/]]],
    ['unclosed.md', [[7, 1, /\{% hint %\} ouvert ici mais jamais fermé : ajoutez \{% endhint %\}/]]],
    ['end-without-open.md', [[3, 1, /\{% endhint %\} ferme un bloc \{% hint %\} qui n'a pas été ouvert/]]],
    ['unsupported-tag.md', [
      [5, 1, /Balise GitBook \{% swagger %\} non prise en charge/],
      [6, 1, /Balise GitBook \{% endswagger %\} non prise en charge/],
    ]],
    ['inline-tag.md', [[3, 12, /doit être seule sur sa ligne/]]],
    ['missing-style.md', [[1, 1, /sans style : écrivez par exemple \{% hint style="info" %\}/]]],
    // An unreadable opening still opens its block: its closing tag is not reported as well.
    ['unreadable-tag.md', [[1, 1, /Balise GitBook illisible .* attribut illisible/]]],
    ['tag-in-html.md', [
      [1, 1, /jamais fermé/],
      [3, 1, /collée à du HTML .* Laissez une ligne vide entre le HTML et la balise/],
      [6, 1, /collée à du HTML/],
      [9, 10, /mal placée/],
    ]],
    ['two-tags-one-line.md', [
      [1, 1, /mal placée : elle doit être seule sur sa ligne/],
      [1, 25, /mal placée/],
    ]],
    ['end-with-attribute.md', [
      [1, 1, /l'attribut « style » est écrit deux fois/],
      [3, 1, /\{% endhint %\} ne prend pas d'attribut/],
    ]],
    ['tabs-errors.md', [
      [1, 1, /Onglet \{% tab %\} hors d’un bloc \{% tabs %\}/],
      [6, 1, /seuls des onglets \{% tab title="…" %\}/],
      [8, 1, /Onglet \{% tab %\} sans titre/],
      [13, 1, /Bloc \{% tabs %\} sans onglet/],
    ]],
    ['embed-errors.md', [
      [1, 1, /\{% embed %\} sans adresse web/],
      [3, 1, /\{% embed %\} sans adresse web/],
    ]],
    ['file-errors.md', [[1, 1, /Fichier « assets\/absent\.pdf » introuvable/]]],
    ['code-errors.md', [[1, 1, /entoure exactement un bloc de code/]]],
    ['unsupported-tags.md', [
      [1, 1, /\{% swagger %\} non prise en charge par le site : décrivez l’API en Markdown/],
      [2, 1, /\{% endswagger %\} non prise en charge/],
      [4, 1, /illisible|\{% include %\} non prise en charge/],
      [6, 1, /\{% page-ref %\} non prise en charge par le site : remplacez-la par un lien vers la page/],
    ]],
    ['inline-several.md', [
      [1, 14, /mal placée/],
      [1, 27, /mal placée/],
      [4, 26, /mal placée/],
    ]],
    ['mismatched-indent.md', [
      [1, 1, /jamais fermé/],
      [3, 3, /n'a pas été ouvert à ce niveau/],
    ]],
    ['several-errors.md', [
      [5, 1, /« note » inconnu/],
      [9, 1, /n'a pas été ouvert/],
      [11, 1, /jamais fermé/],
    ]],
  ];

  it.each(cases)('%s', async (name, expected) => {
    const error = await problemsOf(`errors/${name}`);
    expect(error.problems.map(({line, column}) => [line, column])).toEqual(
      expected.map(([line, column]) => [line, column]),
    );
    error.problems.forEach((problem, index) => expect(problem.message).toMatch(expected[index]![2]));
    // The printed message starts each line with the file and the position.
    const relative = path.relative(process.cwd(), fixture(`errors/${name}`));
    for (const [line, column] of expected) {
      expect(error.message).toContain(`${relative}:${line}:${column} `);
    }
  });
});
