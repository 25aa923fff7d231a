/**
 * `{% stepper %}` holding `{% step %}` … `{% endstep %}` blocks, then `{% endstepper %}` →
 * `<Steps>` holding `<Step>` elements: an ordered list, one item per step, numbered by the list.
 */
import {component, groupBlock, type BlockDefinition} from './types';

export const step: BlockDefinition = {
  end: 'endstep',
  attributes: [],
  build(context) {
    if (context.children.length === 0) {
      context.problems.add(context.open, 'Étape {% step %} vide : écrivez son texte avant {% endstep %}, ou supprimez-la.');
      return undefined;
    }
    return component('Step', [], context.children, context);
  },
};

export const stepper = groupBlock({
  end: 'endstepper',
  attributes: [],
  name: 'Steps',
  item: 'Step',
  stray: 'Entre {% stepper %} et {% endstepper %}, seules des étapes {% step %} … {% endstep %} sont permises : déplacez ce contenu dans une étape.',
  empty: 'Bloc {% stepper %} sans étape : ajoutez des {% step %} … {% endstep %}, ou supprimez-le.',
});
