/**
 * `{% code title="exemple.js" lineNumbers="true" overflow="wrap" %}` + a fenced code block +
 * `{% endcode %}` → the code block itself, with its title and line numbers as Docusaurus reads them
 * from its meta; `overflow="wrap"` wraps its long lines instead of scrolling them (a `code-wrap`
 * frame, src/css/custom.css). `fullWidth` and `expandable` are GitBook's layout, without effect here.
 */
import type {Code} from 'mdast';
import {attribute, component, type BlockDefinition} from './types';

export const code: BlockDefinition = {
  end: 'endcode',
  attributes: ['title', 'linenumbers', 'overflow', 'fullwidth', 'expandable'],
  build(context) {
    const {tag, open, children, problems} = context;
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
    return tag.attributes.overflow === 'wrap' ? component('div', [attribute('className', 'code-wrap')], [block!], context) : block;
  },
};
