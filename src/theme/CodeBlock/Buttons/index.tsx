/**
 * The buttons over a code block (swizzled, replaced): none from the theme. Its « Copy » and « Word
 * wrap » buttons are drawn in the browser only, with React: readers' pages have no React, and get
 * the islands' copy button (src/features/islands/client/code-copy.ts). Drawing nothing here gives
 * `npm start` and the pages with `hydrate: true` that same button, not a second one of the theme's.
 */
import type {ReactNode} from 'react';

export default function CodeBlockButtons(): ReactNode {
  return null;
}
