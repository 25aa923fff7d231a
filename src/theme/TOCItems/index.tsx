/**
 * The list of a page's sections, in its contents on phones and beside it on wide screens
 * (swizzled, wrapped): the sections' titles carry the page's language when it is not the edition's
 * (a page not translated yet), as its text does (src/theme/DocItem/Content).
 */
import React, {type ReactNode} from 'react';
import TOCItems from '@theme-original/TOCItems';
import type {Props} from '@theme/TOCItems';
import {usePageTextLanguage} from '@site/src/features/translations/theme/text-language';

export default function TOCItemsWrapper(props: Props): ReactNode {
  const language = usePageTextLanguage();
  if (!language) return <TOCItems {...props} />;
  return (
    <div lang={language}>
      <TOCItems {...props} />
    </div>
  );
}
