/**
 * A guide page's text (wrapped, not ejected), its title included: marked with its language when it
 * is not the edition's (`lang: en` in its front matter, or a page shown in French in the English
 * edition because it is not translated yet), so that screen readers read it in that language
 * (RGAA 8.7). The navigation around it stays in the edition's language.
 */
import React, {type ReactNode} from 'react';
import Content from '@theme-original/DocItem/Content';
import type {Props} from '@theme/DocItem/Content';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import {useTextLanguage} from '@site/src/features/translations/theme/text-language';

export default function DocItemContent(props: Props): ReactNode {
  const language = useTextLanguage(useDoc().metadata.permalink);
  if (!language) return <Content {...props} />;
  return (
    <div lang={language}>
      <Content {...props} />
    </div>
  );
}
