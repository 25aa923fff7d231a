import path from 'node:path';
import type {Root} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {visit} from 'unist-util-visit';
import {describe, expect, it} from 'vitest';
import {contentWarningsOf} from '../../../../../shared/content-problems';
import {contentErrorOf, processMarkdownFile} from '../../../../../../tests/support/markdown';
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

const typeOf = (hint: MdxJsxFlowElement) => hint.attributes.find((attribute) => 'name' in attribute && attribute.name === 'type')?.value;

const problemsOf = (name: string) => contentErrorOf(transform(name));

/** The page and its file, whose messages hold the warnings. */
async function transformWithFile(name: string) {
  return processMarkdownFile(fixture(name), [remarkGitbookBlocks]);
}

describe('encadrés GitBook {% hint %}', () => {
  it('rend chacun des quatre styles, guillemets doubles ou simples, et « tip » et « note » écrits à la main', async () => {
    const {tree, mdx} = await transform('hint-styles.md');
    expect(hints(tree).map(typeOf)).toEqual(['info', 'warning', 'danger', 'success', 'success', 'info']);
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

function elements(tree: Root, name: string): MdxJsxFlowElement[] {
  const found: MdxJsxFlowElement[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name === name) found.push(node);
  });
  return found;
}

describe('les autres blocs GitBook', () => {
  const attributeOf = (node: MdxJsxFlowElement, name: string) => node.attributes.find((item) => 'name' in item && item.name === name)?.value;

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

describe('les autres blocs de l’export GitBook', () => {
  it('{% stepper %} devient une liste ordonnée d’étapes, chacune avec son contenu', async () => {
    const {tree, mdx} = await transform('stepper.md');
    const [steps] = elements(tree, 'Steps');
    expect(steps!.children.map((child) => (child as MdxJsxFlowElement).name)).toEqual(['Step', 'Step']);
    expect(JSON.stringify(steps)).toContain('"type":"code"');
    expect(tree.children.at(-1)).toMatchObject({type: 'paragraph'});
    await expect(mdx).toMatchFileSnapshot('__fixtures__/stepper.output.mdx');
  });

  it('une balise juste après un bloc HTML (<figure>, </details>) le ferme, sans ligne vide entre eux ; dans <pre>, elle reste du code', async () => {
    const {tree, mdx} = await transform('html-before-tag.md');
    const [steps] = elements(tree, 'Steps');
    expect(steps!.children.map((child) => (child as MdxJsxFlowElement).name)).toEqual(['Step', 'Step']);
    expect(JSON.stringify(steps!.children[0])).toContain('<figure>');
    expect(JSON.stringify(steps!.children[1])).toContain('</details>');
    expect(mdx).toContain('<pre class="language-markdown"><code>\n{% hint style="info" %}');
  });

  it('une balise de fin indentée comme le dernier élément d’une liste (ainsi l’écrit GitBook) ferme le bloc ouvert avant la liste', async () => {
    const {tree} = await transform('closing-tag-in-list.md');
    expect(JSON.stringify(tree)).not.toContain('gitbookTag');
    expect(hints(tree)).toHaveLength(2);
    expect(hints(tree)[0]!.children).toMatchObject([{type: 'list'}]);
    const [columns] = elements(tree, 'Columns');
    expect(columns!.children).toHaveLength(2);
  });

  it('{% columns %} devient des colonnes, chacune avec sa part de la largeur', async () => {
    const {tree, mdx} = await transform('columns.md');
    const columns = elements(tree, 'Column');
    expect(columns.map((column) => column.attributes.find((item) => 'name' in item && item.name === 'share')?.value)).toEqual(['67', '33']);
    expect(elements(tree, 'Hint')).toHaveLength(1);
    await expect(mdx).toMatchFileSnapshot('__fixtures__/columns.output.mdx');
  });

  it('{% if %} garde son contenu, toutes ses variantes, et le signale une fois par condition, sans arrêter la construction', async () => {
    const {tree, file} = await transformWithFile('conditional.md');
    expect(JSON.stringify(tree)).not.toContain('gitbookTag');
    const texts = tree.children.map((child) => (child.type === 'paragraph' ? (child.children[0] as {value: string}).value : child.type));
    expect(texts).toEqual([
      'Ce paragraphe ne s’adresse qu’aux agents dans GitBook.',
      'Un second bloc avec la même condition.',
      'Et sa variante pour les autres lecteurs.',
      'Le texte pour tous.',
    ]);
    const warnings = contentWarningsOf(file);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({line: 1, column: 1});
    expect(warnings[0]!.message).toMatch(/Contenu adaptatif \{% if visitor\.claims\.unsigned\.persona === "agent" %\} : le site le montre à tous les lecteurs/);
  });

  it('un attribut que le site ne lit pas est signalé sans arrêter la construction, le bloc rendu', async () => {
    const {tree, file} = await transformWithFile('unknown-attribute.md');
    expect(elements(tree, 'EmbedLink')).toHaveLength(1);
    const warnings = contentWarningsOf(file);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({line: 1, column: 1});
    expect(warnings[0]!.message).toMatch(/Attribut « fullwidth » ignoré pour \{% embed %\}/);
  });

  it('{% prompt %} devient un encadré nommé, sa description pour titre (même fermée par un guillemet courbe)', async () => {
    const {tree} = await transform('prompt.md');
    const [box] = hints(tree);
    const attributes = Object.fromEntries(box!.attributes.map((item) => ['name' in item ? item.name : '', item.value]));
    expect(attributes).toEqual({type: 'info', label: 'Requête pour un assistant d’IA', title: 'Requête pour résumer une délibération'});
    expect(box!.children[0]).toMatchObject({type: 'code', lang: 'markdown'});
  });

  it('{% updates %} devient des sections datées', async () => {
    const {tree, mdx} = await transform('updates.md');
    const updates = elements(tree, 'Update');
    expect(updates.map((update) => update.attributes[0]!.value)).toEqual(['2026-04-09', '2026-01-15']);
    await expect(mdx).toMatchFileSnapshot('__fixtures__/updates.output.mdx');
  });

  it('{% openapi %} et ses variantes deviennent une carte qui mène à la spécification, ou la nomme quand l’export ne l’a pas', async () => {
    const {tree, mdx, file} = await transformWithFile('openapi.md');
    const cards = elements(tree, 'ApiReference');
    expect(cards.map((card) => Object.fromEntries(card.attributes.map((item) => ['name' in item ? item.name : '', item.value])))).toEqual([
      {kind: 'openapi', operation: 'GET /messages/{id}'},
      {kind: 'openapi', operation: 'POST /jobs'},
      {kind: 'openapi-schemas', operation: 'Projet,Commun'},
      {kind: 'openapi-operation', operation: 'POST /demandes'},
    ]);
    expect(mdx).toContain('[spec.json](./fichiers/spec.json)');
    expect(mdx).toContain('[La spécification de la forge](https://forge.exemple.fr/openapi.json)');
    // GitBook's « Broken link » to a specification it kept: the card names it, and the build says so.
    expect(mdx).toContain('`interne`');
    expect(mdx).not.toContain('broken-reference');
    expect(contentWarningsOf(file).map((warning) => [warning.line, warning.message])).toEqual([
      [13, expect.stringMatching(/« interne », une spécification enregistrée dans GitBook, absente de l’export/)],
    ]);
  });

  it('lit les options de {% code %}, et l’icône d’un encadré ou d’un onglet, sans les refuser', async () => {
    const {tree} = await transform('code-options.md');
    const [wrapped] = elements(tree, 'div');
    expect(wrapped!.attributes).toEqual([{type: 'mdxJsxAttribute', name: 'className', value: 'code-wrap'}]);
    expect(wrapped!.children[0]).toMatchObject({type: 'code', meta: 'title="journal.sh" showLineNumbers'});
    expect(hints(tree).map(typeOf)).toEqual(['warning']);
    expect(elements(tree, 'Tab')).toHaveLength(1);
  });

  it('lit la forme sans balise de fin, {% … /%}, et la légende donnée en attribut', async () => {
    const {tree, mdx} = await transform('one-line-tags.md');
    expect(elements(tree, 'EmbedLink')).toHaveLength(1);
    expect(mdx).toContain('[La note de cadrage (PDF, 121\u00A0Ko)](assets/guide-des-communs.pdf)');
  });
});

describe("une erreur d'encadré arrête la construction avec le fichier et la ligne", () => {
  const cases: Array<[string, Array<[line: number, column: number, message: RegExp]>]> = [
    ['unknown-style.md', [[5, 1, /Style d'encadré « important » inconnu : utilisez l'un de "info", "warning", "danger", "success"/]]],
    ['unclosed.md', [[7, 1, /\{% hint %\} ouvert ici mais jamais fermé : ajoutez \{% endhint %\}/]]],
    ['end-without-open.md', [[3, 1, /\{% endhint %\} ferme un bloc \{% hint %\} qui n'a pas été ouvert/]]],
    [
      'unsupported-tag.md',
      [
        [5, 1, /Balise GitBook \{% swagger %\} non prise en charge/],
        [6, 1, /Balise GitBook \{% endswagger %\} non prise en charge/],
      ],
    ],
    // A mistyped tag: the one meant, named.
    [
      'mistyped-tag.md',
      [
        [1, 1, /Balise GitBook \{% hnit %\} inconnue : vouliez-vous écrire \{% hint %\}\u202f\? Corrigez son nom\./],
        [3, 1, /\{% endhint %\} ferme un bloc \{% hint %\} qui n'a pas été ouvert/],
        [5, 1, /Balise GitBook \{% tasb %\} inconnue : vouliez-vous écrire \{% tabs? %\}/],
      ],
    ],
    ['inline-tag.md', [[3, 12, /doit être seule sur sa ligne/]]],
    ['missing-style.md', [[1, 1, /sans style : écrivez par exemple \{% hint style="info" %\}/]]],
    // An unreadable opening still opens its block: its closing tag is not reported as well.
    ['unreadable-tag.md', [[1, 1, /Balise GitBook illisible .* attribut illisible/]]],
    // A tag line right after HTML closes it (syntax.ts); a tag inside an image's description does not.
    ['tag-in-html.md', [[9, 10, /mal placée/]]],
    // Two tags on one line are read as two tags, as exports write them: an empty box, then.
    ['two-tags-one-line.md', [[1, 1, /Encadré \{% hint %\} vide/]]],
    [
      'end-with-attribute.md',
      [
        [1, 1, /l'attribut « style » est écrit deux fois/],
        [3, 1, /\{% endhint %\} ne prend pas d'attribut/],
      ],
    ],
    [
      'tabs-errors.md',
      [
        [1, 1, /Onglet \{% tab %\} hors d’un bloc \{% tabs %\}/],
        [6, 1, /seuls des onglets \{% tab title="…" %\}/],
        [8, 1, /Onglet \{% tab %\} sans titre/],
        [13, 1, /Bloc \{% tabs %\} sans onglet/],
      ],
    ],
    [
      'embed-errors.md',
      [
        [1, 1, /\{% embed %\} sans adresse web/],
        [3, 1, /\{% embed %\} sans adresse web/],
      ],
    ],
    ['file-errors.md', [[1, 1, /Fichier « assets\/absent\.pdf » introuvable/]]],
    ['code-errors.md', [[1, 1, /entoure exactement un bloc de code/]]],
    [
      'unsupported-tags.md',
      [
        [1, 1, /\{% swagger %\} non prise en charge par le site : décrivez l’API en Markdown/],
        [2, 1, /\{% endswagger %\} non prise en charge/],
        [4, 1, /\{% include %\} non prise en charge par le site : recopiez le contenu inclus dans la page \(npm run import:gitbook le fait/],
        [6, 1, /\{% page-ref %\} non prise en charge par le site : remplacez-la par un lien vers la page/],
      ],
    ],
    [
      'inline-several.md',
      [
        [1, 14, /mal placée/],
        [1, 27, /mal placée/],
        [4, 26, /mal placée/],
      ],
    ],
    ['include.md', [[3, 1, /\{% include %\} non prise en charge par le site : recopiez le contenu inclus/]]],
    [
      'stepper-errors.md',
      [
        [2, 1, /seules des étapes \{% step %\}/],
        [3, 1, /Étape \{% step %\} vide/],
        [7, 1, /\{% update %\} sans date valide/],
        [11, 1, /\{% openapi-operation %\} sans lien vers sa spécification \(ni src, ni spec, ni lien\)/],
      ],
    ],
    [
      'several-errors.md',
      [
        [5, 1, /« remarque » inconnu/],
        [9, 1, /n'a pas été ouvert/],
        [11, 1, /jamais fermé/],
      ],
    ],
  ];

  it.each(cases)('%s', async (name, expected) => {
    const error = await problemsOf(`errors/${name}`);
    expect(error.problems.map(({line, column}) => [line, column])).toEqual(expected.map(([line, column]) => [line, column]));
    error.problems.forEach((problem, index) => expect(problem.message).toMatch(expected[index]![2]));
    // The printed message starts each line with the file and the position.
    const relative = path.relative(process.cwd(), fixture(`errors/${name}`));
    for (const [line, column] of expected) {
      expect(error.message).toContain(`${relative}:${line}:${column} `);
    }
  });
});
