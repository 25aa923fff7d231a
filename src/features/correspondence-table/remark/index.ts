/**
 * Correspondence table: turns a two-column Markdown table (characteristic → how it is put into
 * practice) into the `<CorrespondenceTable>` component. Two ways in:
 * - a `:::correspondance[Légende]` block around the table, the documented syntax;
 * - a table as GitBook exports this idiom: three columns, the middle one holding only arrows. Its
 *   header cells read as one sentence across the arrow, which becomes the caption.
 * The table stays plain Markdown, so that anyone can edit it in the forge. Arrows are presentation:
 * the component draws them, so an arrow column is dropped.
 */
import type {Paragraph, PhrasingContent, Root, RootContent, Table, TableCell, TableRow} from 'mdast';
import type {ContainerDirective} from 'mdast-util-directive';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';
import type {Plugin} from 'unified';
import {SKIP, visit} from 'unist-util-visit';
import {ContentProblems} from '../../../shared/content-problems';

/** The directive name contributors write: `:::correspondance[…]`. */
export const directiveName = 'correspondance';

const syntaxReminder = `:::${directiveName}[Légende du tableau] … un tableau Markdown à deux colonnes … :::`;

function isLabel(node: RootContent): node is Paragraph {
  return node.type === 'paragraph' && Boolean(node.data && 'directiveLabel' in node.data && node.data.directiveLabel);
}

function cellText(cell: TableCell | undefined): string {
  return cell ? toString(cell).trim() : '';
}

/** A cell with no letter and no digit: an arrow, a dash, an emoji, or nothing. */
function isDecorative(cell: TableCell | undefined): boolean {
  return !/[\p{L}\p{N}]/u.test(cellText(cell));
}

/** Number of columns: the header row's, as GFM renders it. */
function widthOf(table: Table): number {
  return table.children[0]?.children.length ?? 0;
}

/**
 * Index of the presentation column of a three-column table (the only column whose cells are all
 * decorative), or -1.
 */
function presentationColumn(table: Table): number {
  if (widthOf(table) !== 3) {
    return -1;
  }
  const decorative = [0, 1, 2].filter((column) => table.children.every((row) => isDecorative(row.children[column])));
  return decorative.length === 1 ? decorative[0]! : -1;
}

/** True for a table as GitBook exports a correspondence: a middle column of arrows between two. */
export function isGitbookCorrespondence(table: Table): boolean {
  return presentationColumn(table) === 1 && table.children.slice(1).some((row) => cellText(row.children[1]) !== '');
}

function fragment(children: PhrasingContent[]): MdxJsxTextElement {
  return {type: 'mdxJsxTextElement', name: null, attributes: [], children};
}

interface Row {
  source: TableRow;
  /** Exactly two cells once the presentation column is dropped; a missing cell is undefined. */
  cells: [TableCell | undefined, TableCell | undefined];
}

function rowsOf(table: Table): Row[] {
  const dropped = presentationColumn(table);
  return table.children.map((source) => {
    const cells = [0, 1, 2]
      .filter((column) => column !== dropped)
      .slice(0, 2)
      .map((column) => source.children[column]);
    return {source, cells: [cells[0], cells[1]]};
  });
}

function toRow({cells, source}: Row): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: 'CorrespondenceRow',
    attributes: [],
    // The component takes two children, in this order: the characteristic, then its practice.
    children: cells.map((cell) => fragment(cell?.children ?? [])) as unknown as MdxJsxFlowElement['children'],
    position: source.position,
  };
}

/** Builds the component from a table and its caption, or records why it cannot. */
function toComponent(table: Table, caption: string, position: MdxJsxFlowElement['position'], problems: ContentProblems): MdxJsxFlowElement | undefined {
  const width = widthOf(table);
  if (width !== 2 && presentationColumn(table) === -1) {
    problems.add(
      table,
      `Un tableau de correspondance a deux colonnes (la caractéristique, puis sa mise en pratique) et, au plus, une colonne de flèches ; celui-ci a ${width} colonnes.`,
    );
    return undefined;
  }
  const [header, ...body] = rowsOf(table);
  let valid = true;
  if (body.length === 0) {
    problems.add(table, 'Tableau de correspondance sans ligne : ajoutez au moins une ligne sous les en-têtes.');
    valid = false;
  }
  header!.cells.forEach((cell, index) => {
    if (!cellText(cell)) {
      problems.add(cell ?? header!.source, `En-tête de la colonne ${index + 1} vide : donnez un titre à chaque colonne.`);
      valid = false;
    }
  });
  for (const {source, cells} of body) {
    cells.forEach((cell, index) => {
      // A cell with only an arrow or a dash says nothing: it counts as empty.
      if (isDecorative(cell)) {
        problems.add(
          cell?.position ? cell : source,
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
      {type: 'mdxJsxAttribute', name: 'characteristicHeader', value: cellText(header!.cells[0])},
      {type: 'mdxJsxAttribute', name: 'practiceHeader', value: cellText(header!.cells[1])},
    ],
    children: body.map(toRow),
    position,
  };
}

function fromDirective(directive: ContainerDirective, problems: ContentProblems): MdxJsxFlowElement | undefined {
  const [first, ...rest] = directive.children;
  const label = first && isLabel(first) ? first : undefined;
  const content = label ? rest : directive.children;
  const caption = label ? toString(label).trim() : '';
  let valid = true;
  if (!caption) {
    problems.add(directive, `Tableau de correspondance sans légende : écrivez-la entre crochets, ${syntaxReminder}`);
    valid = false;
  }
  for (const node of content) {
    if (node.type !== 'table') {
      problems.add(node, `Le bloc :::${directiveName} ne contient qu'un tableau : déplacez ce contenu (${node.type}) avant ou après le bloc.`);
      valid = false;
    }
  }
  const tables = content.filter((node): node is Table => node.type === 'table');
  if (tables.length !== 1) {
    problems.add(directive, `Le bloc :::${directiveName} doit contenir exactement un tableau Markdown (il en contient ${tables.length}) : ${syntaxReminder}`);
    return undefined;
  }
  const component = toComponent(tables[0]!, caption, directive.position, problems);
  return valid ? component : undefined;
}

/** « Les caractéristiques… » + « … mises en pratique » → one sentence, without the ellipses. */
function captionFromHeaders(table: Table): string {
  const [first, , last] = table.children[0]!.children.map(cellText);
  const trimEllipsis = (text: string | undefined) => (text ?? '').replace(/^(?:\.{3}|…)\s*|\s*(?:\.{3}|…)$/gu, '');
  return [trimEllipsis(first), trimEllipsis(last)].filter(Boolean).join(' ');
}

function fromGitbookTable(table: Table, problems: ContentProblems): MdxJsxFlowElement | undefined {
  const caption = captionFromHeaders(table);
  const [first, , last] = table.children[0]!.children.map(cellText);
  if (!first || !last) {
    problems.add(table, `Tableau de correspondance (colonne de flèches) sans en-têtes : donnez-lui une légende en l'entourant de ${syntaxReminder}`);
    return undefined;
  }
  return toComponent(table, caption, table.position, problems);
}

const remarkCorrespondenceTable: Plugin<[], Root> = function remarkCorrespondenceTable() {
  return (tree, file) => {
    const problems = new ContentProblems(file);
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) {
        return undefined;
      }
      let component: MdxJsxFlowElement | undefined;
      if (node.type === 'containerDirective' && node.name === directiveName) {
        component = fromDirective(node, problems);
      } else if (node.type === 'table' && isGitbookCorrespondence(node)) {
        component = fromGitbookTable(node, problems);
      } else {
        return undefined;
      }
      if (component) {
        parent.children.splice(index, 1, component);
      }
      return SKIP;
    });
  };
};

export default remarkCorrespondenceTable;
