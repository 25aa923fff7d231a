/**
 * `{% content-ref url="page.md" %}` [Titre](page.md) `{% endcontent-ref %}` → `<PageLink>`: a link
 * to another page of the guide, checked like any Markdown link (a wrong one stops the build).
 */
import type {Link} from 'mdast';
import {visit} from 'unist-util-visit';
import {component, type BlockDefinition} from './types';

export const contentRef: BlockDefinition = {
  end: 'endcontent-ref',
  attributes: ['url'],
  build(context) {
    const {tag, open, children, problems} = context;
    const url = tag.attributes.url?.trim();
    if (!url) {
      problems.add(open, 'Balise {% content-ref %} sans adresse : écrivez {% content-ref url="page.md" %}.');
      return undefined;
    }
    let link: Link | undefined;
    for (const child of children) {
      visit(child, 'link', (node: Link) => {
        link ??= node;
      });
    }
    // GitBook repeats the address inside the block; a bare block gets its link from the attribute.
    const title = url.replace(/^.*\//, '').replace(/\.md$/, '').replace(/[-_]+/g, ' ');
    const target: Link = link ?? {type: 'link', url, children: [{type: 'text', value: title}], position: open.position};
    return component('PageLink', [], [{type: 'paragraph', children: [target]}], context);
  },
};
