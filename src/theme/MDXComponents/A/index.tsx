/**
 * Links in pages (swizzled, wrapped): every link opens in the same tab, as the reader expects
 * (RGAA 13.2). Docusaurus would open external links and linked files in a new tab without saying so.
 */
import React, {type ReactNode} from 'react';
import A from '@theme-original/MDXComponents/A';
import type {Props} from '@theme/MDXComponents/A';

export default function MDXA(props: Props): ReactNode {
  // An explicit undefined `target` replaces the `_blank` that Docusaurus adds or passes.
  return <A {...props} target={undefined} />;
}
