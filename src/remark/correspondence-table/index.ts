/**
 * Correspondence table: turns a `:::correspondance[Légende]` block holding a two-column Markdown table
 * into the `<CorrespondenceTable>` component (characteristic → how it is put into practice).
 *
 * The table stays plain Markdown so that anyone can edit it in the forge. A third column holding only
 * arrows, as GitBook exports it, is dropped: the component draws the arrow itself.
 */
import type {Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';
import type {Plugin} from 'unified';
import {SKIP, visit} from 'unist-util-visit';
import {ContentProblems} from '../../content-errors';

/** The directive name contributors write: `:::correspondance[…]`. */
export const directiveName = 'correspondance';

const syntaxReminder = `:::${directiveName}[Légende du tableau] … un tableau Markdown à deux colonnes … :::`;

/** Arrows GitBook authors put in a presentation column, with the spaces around them. */
const arrowsOnly = /^[\s→⇒➔➙➛➜➝➞➟➠➡⟶⟹>-]*$/u;

function isLabel(node: RootContent): node is Paragraph {
  return node.type === 'paragraph' && Boolean(node.data && 'directiveLabel' in node.data && node.data.directiveLabel);
}

function cellText(cell: TableCell | undefined): string {
  return cell ? toString(cell).trim() : '';
}

/** Index of a column that only holds arrows (or nothing), or -1. */
function presentationColumn(table: Table): number {
  const width = table.children[0]?.children.length ?? 0;
  if (width !== 3) {
    return -1;
  }
  return table.children.every((row) => arrowsOnly.test(cellText(row.children[1]))) ? 1 : -1;
}

function fragment(children: PhrasingContent[]): MdxJsxTextElement {
  return {type: 'mdxJsxTextElement', name: null, attributes: [], children};
}

function row(cells: [TableCell, TableCell], source: TableRow): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: 'CorrespondenceRow',
    attributes: [],
    // The component takes two children, in this order: the characteristic, then its practice.
    children: [fragment(cells[0].children), fragment(cells[1].children)] as unknown as MdxJsxFlowElement['children'],
    position: source.position,
  };
}

function toComponent(directive: ContainerDirective, problems: ContentProblems): MdxJsxFlowElement | undefined {
  const [first, ...rest] = directive.children;
  const label = first && isLabel(first) ? first : undefined;
  const content = label ? rest : directive.children;
  const caption = label ? toString(label).trim() : '';
  let valid = true;

  if (!caption) {
    problems.add(directive, `Tableau de correspondance sans légende : écrivez-la entre crochets, ${syntaxReminder}`);
    valid = false;
  }
  const tables = content.filter((node): node is Table => node.type === 'table');
  for (const node of content) {
    if (node.type !== 'table') {
      problems.add(
        node,
        `Le bloc :::${directiveName} ne contient qu'un tableau : déplacez ce contenu (${node.type}) avant ou après le bloc.`,
      );
      valid = false;
    }
  }
  if (tables.length !== 1) {
    problems.add(
      directive,
      `Le bloc :::${directiveName} doit contenir exactement un tableau Markdown (il en contient ${tables.length}) : ${syntaxReminder}`,
    );
    return undefined;
  }
  const table = tables[0]!;
  const dropped = presentationColumn(table);
  const rows = table.children.map((tableRow) => ({
    source: tableRow,
    cells: tableRow.children.filter((_cell, index) => index !== dropped),
  }));
  const [header, ...body] = rows;
  if (!header || header.cells.length !== 2) {
    problems.add(
      table,
      `Un tableau de correspondance a deux colonnes (la caractéristique, puis sa mise en pratique) ; celui-ci en a ${header?.cells.length ?? 0}.`,
    );
    return undefined;
  }
  if (body.length === 0) {
    problems.add(table, 'Tableau de correspondance sans ligne : ajoutez au moins une ligne sous les en-têtes.');
    valid = false;
  }
  header.cells.forEach((cell, index) => {
    if (!cellText(cell)) {
      problems.add(cell, `En-tête de la colonne ${index + 1} vide : donnez un titre à chaque colonne.`);
      valid = false;
    }
  });
  for (const {source, cells} of body) {
    cells.forEach((cell, index) => {
      if (!cellText(cell)) {
        problems.add(
          cell.position ? cell : source,
          index === 0
            ? 'Ligne sans caractéristique : remplissez la première cellule ou supprimez la ligne.'
            : 'Ligne sans mise en pratique : remplissez la seconde cellule ou supprimez la ligne.',
        );
        valid = false;
      }
    });
  }
  if (!valid) {
    return undefined;
  }
  return {
    type: 'mdxJsxFlowElement',
    name: 'CorrespondenceTable',
    attributes: [
      {type: 'mdxJsxAttribute', name: 'caption', value: caption},
      {type: 'mdxJsxAttribute', name: 'characteristicHeader', value: cellText(header.cells[0])},
      {type: 'mdxJsxAttribute', name: 'practiceHeader', value: cellText(header.cells[1])},
    ],
    children: body.map(({cells, source}) => row(cells as [TableCell, TableCell], source)),
    position: directive.position,
  };
}

const remarkCorrespondenceTable: Plugin<[], Root> = function remarkCorrespondenceTable() {
  return (tree, file) => {
    const problems = new ContentProblems(file);
    visit(tree, 'containerDirective', (node: ContainerDirective, index, parent) => {
      if (node.name !== directiveName || !parent || index === undefined) {
        return undefined;
      }
      const component = toComponent(node, problems);
      if (component) {
        parent.children.splice(index, 1, component);
      }
      return SKIP;
    });
    problems.throwIfAny();
  };
};

export default remarkCorrespondenceTable;
