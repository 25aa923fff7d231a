/**
 * `{% stepper %}` holding `{% step %}` … `{% endstep %}` blocks, then `{% endstepper %}` →
 * `<Steps>` holding `<Step>` elements: an ordered list, one item per step, numbered by the list.
 */
import type {RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {component, type BlockDefinition} from './types';

const isStep = (node: RootContent): node is MdxJsxFlowElement => node.type === 'mdxJsxFlowElement' && node.name === 'Step';

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

export const stepper: BlockDefinition = {
  end: 'endstepper',
  attributes: [],
  build(context) {
    const {children, problems, open} = context;
    const strays = children.filter((child) => !isStep(child));
    for (const stray of strays) {
      problems.add(
        stray,
        'Entre {% stepper %} et {% endstepper %}, seules des étapes {% step %} … {% endstep %} sont permises : déplacez ce contenu dans une étape.',
      );
    }
    if (children.length === 0) problems.add(open, 'Bloc {% stepper %} sans étape : ajoutez des {% step %} … {% endstep %}, ou supprimez-le.');
    return strays.length === 0 && children.length > 0 ? component('Steps', [], children, context) : undefined;
  },
};
