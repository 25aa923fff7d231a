/**
 * `{% columns %}` holding `{% column width="…" %}` … `{% endcolumn %}` blocks → `<Columns>` holding
 * `<Column>` elements: side by side on a wide screen, one after the other on a phone, in the order
 * written (the reading order never changes). A width in percent is kept as the column's share.
 */
import type {RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {attribute, component, type BlockDefinition} from './types';

const isColumn = (node: RootContent): node is MdxJsxFlowElement => node.type === 'mdxJsxFlowElement' && node.name === 'Column';

export const column: BlockDefinition = {
  end: 'endcolumn',
  attributes: ['width', 'valign'],
  build(context) {
    const width = Number.parseFloat(context.tag.attributes.width ?? '');
    const share = Number.isFinite(width) && width > 0 && width <= 100 ? [attribute('share', String(Math.round(width)))] : [];
    return component('Column', share, context.children, context);
  },
};

export const columns: BlockDefinition = {
  end: 'endcolumns',
  attributes: ['fullwidth'],
  build(context) {
    const {children, problems, open} = context;
    const strays = children.filter((child) => !isColumn(child));
    for (const stray of strays) {
      problems.add(
        stray,
        'Entre {% columns %} et {% endcolumns %}, seules des colonnes {% column %} … {% endcolumn %} sont permises : déplacez ce contenu dans une colonne.',
      );
    }
    if (children.length === 0) problems.add(open, 'Bloc {% columns %} sans colonne : ajoutez des {% column %} … {% endcolumn %}, ou supprimez-le.');
    return strays.length === 0 && children.length > 0 ? component('Columns', [], children, context) : undefined;
  },
};
