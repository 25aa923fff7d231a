/**
 * `{% tabs %}` holding `{% tab title="…" %}` … `{% endtab %}` blocks, then `{% endtabs %}` →
 * `<Tabs>` holding `<Tab title="…">` elements.
 */
import {attribute, component, groupBlock, type BlockDefinition} from './types';

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

export const tabs = groupBlock({
  end: 'endtabs',
  attributes: [],
  name: 'Tabs',
  item: 'Tab',
  stray: 'Entre {% tabs %} et {% endtabs %}, seuls des onglets {% tab title="…" %} … {% endtab %} sont permis : déplacez ce contenu dans un onglet.',
  empty: 'Bloc {% tabs %} sans onglet : ajoutez des {% tab title="…" %} … {% endtab %}, ou supprimez-le.',
});
