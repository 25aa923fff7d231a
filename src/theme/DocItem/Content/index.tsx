/**
 * A guide page's text (wrapped, not ejected): marked with its language when its front matter gives
 * one other than the edition's (`lang: en`, an imported English space), so that screen readers read
 * it in that language (RGAA 8.7). The navigation around it stays in the edition's language.
 */
import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type {Props} from '@theme/DocItem/Content';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {pageLanguageOf, sameLanguage} from '@site/src/shared/i18n/page-language';

export default function DocItemContent(props: Props): ReactNode {
  const {frontMatter} = useDoc();
  const {i18n} = useDocusaurusContext();
  const language = pageLanguageOf(frontMatter as Record<string, unknown>);
  if (!language || sameLanguage(language, i18n.currentLocale)) return <Content {...props} />;
  return (
    <div lang={language}>
      <Content {...props} />
    </div>
  );
}
