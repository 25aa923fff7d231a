/**
 * `{% prompt description="…" %}` … `{% endprompt %}` (a request to copy into an AI assistant) → a
 * note box named for what it is, its description as its title, its content (often a code block)
 * kept as written.
 */
import {attribute, component, type BlockDefinition} from './types';

export const promptLabels = {fr: 'Requête pour un assistant d’IA', en: 'Prompt for an AI assistant'} as const;

export const prompt: BlockDefinition = {
  end: 'endprompt',
  // `icon`, `openInAIProviders`, `defaultExpanded`: GitBook's buttons and folding, that a page without
  // an assistant does not need.
  attributes: ['description', 'title', 'icon', 'openinaiproviders', 'defaultexpanded'],
  build(context) {
    const {tag, open, children, problems, locale} = context;
    if (children.length === 0) {
      problems.add(open, 'Bloc {% prompt %} vide : écrivez la requête avant {% endprompt %}, ou supprimez-le.');
      return undefined;
    }
    const label = locale.startsWith('fr') ? promptLabels.fr : promptLabels.en;
    const title = (tag.attributes.description ?? tag.attributes.title)?.trim();
    return component('Hint', [attribute('type', 'info'), attribute('label', label), ...(title ? [attribute('title', title)] : [])], children, context);
  },
};
