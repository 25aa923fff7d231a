/**
 * `{% updates %}` holding `{% update date="2026-04-03" %}` … `{% endupdate %}` blocks → `<Updates>`
 * holding `<Update date="…">`: dated sections, newest first as written, each opening on its date.
 */
import type {RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {attribute, component, type BlockDefinition} from './types';

const isUpdate = (node: RootContent): node is MdxJsxFlowElement => node.type === 'mdxJsxFlowElement' && node.name === 'Update';

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

export const updates: BlockDefinition = {
  end: 'endupdates',
  attributes: ['format'],
  build(context) {
    const {children, problems, open} = context;
    const strays = children.filter((child) => !isUpdate(child));
    for (const stray of strays) {
      problems.add(
        stray,
        'Entre {% updates %} et {% endupdates %}, seules des mises à jour {% update date="…" %} … {% endupdate %} sont permises : déplacez ce contenu dans l’une d’elles.',
      );
    }
    if (children.length === 0)
      problems.add(open, 'Bloc {% updates %} sans mise à jour : ajoutez des {% update date="…" %} … {% endupdate %}, ou supprimez-le.');
    return strays.length === 0 && children.length > 0 ? component('Updates', [], children, context) : undefined;
  },
};
