/**
 * Admonition (swizzled, wrapped): Docusaurus's `:::note`, `:::tip`, `:::info`, `:::warning`,
 * `:::danger` render through our Hint, so they are the same family as GitBook hints: same box, same
 * French name read by screen readers, same `data-hint` for stylesheets and tests.
 */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {processAdmonitionProps} from '@docusaurus/theme-common';
import type {Props} from '@theme/Admonition';
import Hint, {type HintType} from '@site/src/features/gitbook/theme/Hint';

function hintFor(type: string): {type: HintType; label?: string} {
  switch (type) {
    case 'note':
    case 'secondary':
      return {
        type: 'info',
        label: translate({id: 'hint.label.note', message: 'Remarque', description: 'Label of a :::note box'}),
      };
    case 'tip':
      return {
        type: 'success',
        label: translate({id: 'hint.label.tip', message: 'Astuce', description: 'Label of a :::tip box'}),
      };
    case 'success':
      return {type: 'success'};
    case 'warning':
    case 'caution':
      return {type: 'warning'};
    case 'danger':
      return {type: 'danger'};
    case 'info':
    case 'important':
    default:
      return {type: 'info'};
  }
}

export default function Admonition(unprocessedProps: Props): ReactNode {
  // The `icon` prop is not used: each kind of Hint has its own icon, so the family stays one.
  const {type, title, className, children} = processAdmonitionProps(unprocessedProps);
  const hint = hintFor(type);
  return (
    <Hint type={hint.type} label={hint.label} title={title} className={className}>
      {children}
    </Hint>
  );
}
