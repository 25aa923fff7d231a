/**
 * Links in pages (swizzled, wrapped): an external link opens in the same tab, as the reader expects
 * (RGAA 13.2); Docusaurus would open it in a new one without saying so.
 */
import React, {type ReactNode} from 'react';
import A from '@theme-original/MDXComponents/A';
import type {Props} from '@theme/MDXComponents/A';

export default function MDXA(props: Props): ReactNode {
  // An explicit `target` (even undefined) replaces the `_blank` that Docusaurus adds.
  return <A {...props} target={props.target} />;
}
