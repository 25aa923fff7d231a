/**
 * `{% columns %}` holding `{% column width="…" %}` … `{% endcolumn %}` blocks → `<Columns>` holding
 * `<Column>` elements: side by side on a wide screen, one after the other on a phone, in the order
 * written (the reading order never changes). A width in percent is kept as the column's share.
 */
import {attribute, component, groupBlock, type BlockDefinition} from './types';

export const column: BlockDefinition = {
  end: 'endcolumn',
  attributes: ['width', 'valign'],
  build(context) {
    const width = Number.parseFloat(context.tag.attributes.width ?? '');
    const share = Number.isFinite(width) && width > 0 && width <= 100 ? [attribute('share', String(Math.round(width)))] : [];
    return component('Column', share, context.children, context);
  },
};

export const columns = groupBlock({
  end: 'endcolumns',
  attributes: ['fullwidth'],
  name: 'Columns',
  item: 'Column',
  stray: 'Entre {% columns %} et {% endcolumns %}, seules des colonnes {% column %} … {% endcolumn %} sont permises : déplacez ce contenu dans une colonne.',
  empty: 'Bloc {% columns %} sans colonne : ajoutez des {% column %} … {% endcolumn %}, ou supprimez-le.',
});
