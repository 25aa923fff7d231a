/**
 * The text of a Markdown page, guide page or other (swizzled, wrapped): in a translated edition,
 * preceded by the notice of an outdated or missing translation (src/features/translations/theme/TranslationNotice);
 * a page whose text is not in the edition's language (shown in French because it is not translated
 * yet) is marked with its `lang`, so that screen readers read it with the right voice. A guide
 * page's title is marked too (src/theme/DocItem/Content); the notice, in the edition's language,
 * says so itself.
 */
import React, {type ReactNode} from 'react';
import MDXContent from '@theme-original/MDXContent';
import type {Props} from '@theme/MDXContent';
import TranslationNotice from '@site/src/features/translations/theme/TranslationNotice';
import {usePageTextLanguage} from '@site/src/features/translations/theme/text-language';

export default function MDXContentWrapper(props: Props): ReactNode {
  const language = usePageTextLanguage();
  return (
    <>
      <TranslationNotice />
      {language ? (
        <div lang={language}>
          <MDXContent {...props} />
        </div>
      ) : (
        <MDXContent {...props} />
      )}
    </>
  );
}
