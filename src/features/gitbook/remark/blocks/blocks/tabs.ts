/**
 * `{% tabs %}` holding `{% tab title="…" %}` … `{% endtab %}` blocks, then `{% endtabs %}` →
 * `<Tabs>` holding `<Tab title="…">` elements.
 */
import type {RootContent} from 'mdast';
import type {MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import {attribute, component, type BlockDefinition} from './types';

export const isTab = (node: RootContent): node is MdxJsxFlowElement => node.type === 'mdxJsxFlowElement' && node.name === 'Tab';

export const tab: BlockDefinition = {
  end: 'endtab',
  // `icon`: a decoration of GitBook's tab buttons, which the site's tabs do without.
  attributes: ['title', 'icon'],
  build(context) {
    const title = context.tag.attributes.title?.trim();
    if (!title) {
      context.problems.add(context.open, 'Onglet {% tab %} sans titre : écrivez {% tab title="Titre de l’onglet" %}.');
      return undefined;
    }
    return component('Tab', [attribute('title', title)], context.children, context);
  },
};

export const tabs: BlockDefinition = {
  end: 'endtabs',
  attributes: [],
  build(context) {
    const {children, problems, open} = context;
    let valid = true;
    for (const child of children) {
      if (!isTab(child)) {
        problems.add(
          child,
          'Entre {% tabs %} et {% endtabs %}, seuls des onglets {% tab title="…" %} … {% endtab %} sont permis : déplacez ce contenu dans un onglet.',
        );
        valid = false;
      }
    }
    if (children.length === 0) {
      problems.add(open, 'Bloc {% tabs %} sans onglet : ajoutez des {% tab title="…" %} … {% endtab %}, ou supprimez-le.');
      valid = false;
    }
    return valid ? component('Tabs', [], children, context) : undefined;
  },
};
