/**
 * `{% updates %}` holding `{% update date="2026-04-03" %}` … `{% endupdate %}` blocks → `<Updates>`
 * holding `<Update date="…">`: dated sections, newest first as written, each opening on its date.
 */
import {attribute, component, groupBlock, type BlockDefinition} from './types';

export const update: BlockDefinition = {
  end: 'endupdate',
  attributes: ['date', 'tags', 'description'],
  build(context) {
    const date = context.tag.attributes.date?.trim();
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
      context.problems.add(context.open, 'Mise à jour {% update %} sans date valide : écrivez {% update date="AAAA-MM-JJ" %}.');
      return undefined;
    }
    return component('Update', [attribute('date', date)], context.children, context);
  },
};

export const updates = groupBlock({
  end: 'endupdates',
  attributes: ['format'],
  name: 'Updates',
  item: 'Update',
  stray:
    'Entre {% updates %} et {% endupdates %}, seules des mises à jour {% update date="…" %} … {% endupdate %} sont permises : déplacez ce contenu dans l’une d’elles.',
  empty: 'Bloc {% updates %} sans mise à jour : ajoutez des {% update date="…" %} … {% endupdate %}, ou supprimez-le.',
});
