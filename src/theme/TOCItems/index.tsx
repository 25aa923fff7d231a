/**
 * The list of a page's sections, in its contents on phones and beside it on wide screens
 * (swizzled, wrapped): the sections' titles carry the page's language when it is not the edition's
 * (a page not translated yet), as its text does (src/theme/DocItem/Content). The theme's highlighting
 * of the section being read is switched off (no `linkActiveClassName`): the islands' does it, the
 * same in `npm start` as for readers (src/features/islands/client/toc-highlight.ts).
 */
import React, {type ReactNode} from 'react';
import TOCItems from '@theme-original/TOCItems';
import type {Props} from '@theme/TOCItems';
import {usePageTextLanguage} from '@site/src/features/translations/theme/text-language';

export default function TOCItemsWrapper(props: Props): ReactNode {
  const language = usePageTextLanguage();
  const items = <TOCItems {...props} linkActiveClassName={undefined} />;
  return language ? <div lang={language}>{items}</div> : items;
}
