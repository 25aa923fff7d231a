/**
 * The text of a Markdown page, guide page or other (swizzled, wrapped): in a translated edition,
 * preceded by the notice of an outdated or missing translation (src/features/translations/theme/TranslationNotice);
 * a page shown in French because it is not translated yet is marked `lang="fr"`, so that screen
 * readers read it with a French voice inside the English edition.
 */
import React, {type ReactNode} from 'react';
import MDXContent from '@theme-original/MDXContent';
import type {Props} from '@theme/MDXContent';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import TranslationNotice, {useTranslationState} from '@site/src/features/translations/theme/TranslationNotice';

export default function MDXContentWrapper(props: Props): ReactNode {
  const state = useTranslationState();
  const {
    i18n: {defaultLocale, localeConfigs},
  } = useDocusaurusContext();
  if (!state) return <MDXContent {...props} />;
  return (
    <>
      <TranslationNotice />
      {state === 'missing' ? (
        <div lang={localeConfigs[defaultLocale]?.htmlLang}>
          <MDXContent {...props} />
        </div>
      ) : (
        <MDXContent {...props} />
      )}
    </>
  );
}
