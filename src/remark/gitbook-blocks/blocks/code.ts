/**
 * `{% code title="exemple.js" lineNumbers="true" %}` + a fenced code block + `{% endcode %}` → the
 * code block itself, with its title and line numbers as Docusaurus reads them from its meta.
 */
import type {Code} from 'mdast';
import type {BlockDefinition} from './types';

export const code: BlockDefinition = {
  end: 'endcode',
  attributes: ['title', 'linenumbers', 'overflow', 'fullwidth'],
  build({tag, open, children, problems}) {
    const blocks = children.filter((child): child is Code => child.type === 'code');
    if (blocks.length !== 1 || children.length !== 1) {
      problems.add(open, 'Le bloc {% code %} entoure exactement un bloc de code (``` … ```) : rien d’autre.');
      return undefined;
    }
    const [block] = blocks;
    const meta = [block!.meta ?? ''];
    const title = tag.attributes.title?.trim();
    if (title) meta.push(`title="${title.replaceAll('"', '\\"')}"`);
    if (tag.attributes.linenumbers === 'true') meta.push('showLineNumbers');
    block!.meta = meta.filter(Boolean).join(' ') || null;
    return block;
  },
};
