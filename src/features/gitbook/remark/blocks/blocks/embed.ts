/**
 * `{% embed url="…" %}` (with an optional caption, as an attribute or as the block's text before
 * `{% endembed %}`) → `<EmbedLink url="…">`: a link to the content, never a frame that would load
 * another site with the page.
 */
import type {PhrasingContent} from 'mdast';
import {attribute, component, type BlockDefinition} from './types';

export const embed: BlockDefinition = {
  end: 'endembed',
  endIsOptional: true,
  attributes: ['url', 'caption'],
  build(context) {
    const {tag, open, children, problems} = context;
    const url = tag.attributes.url?.trim();
    if (!url || !/^https?:\/\//.test(url)) {
      problems.add(open, 'Balise {% embed %} sans adresse web : écrivez {% embed url="https://…" %}.');
      return undefined;
    }
    const caption: PhrasingContent[] = children.flatMap((child) => (child.type === 'paragraph' ? child.children : []));
    if (caption.length === 0 && tag.attributes.caption) {
      caption.push({type: 'text', value: tag.attributes.caption});
    }
    if (children.some((child) => child.type !== 'paragraph')) {
      problems.add(open, 'La légende d’un {% embed %} est un simple texte : déplacez le reste après {% endembed %}.');
      return undefined;
    }
    return component('EmbedLink', [attribute('url', url)], caption as never, context);
  },
};
