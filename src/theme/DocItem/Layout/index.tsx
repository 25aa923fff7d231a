/**
 * A guide page's layout (swizzled, wrapped):
 * - gives the page's text the id that « Aller au contenu » targets (src/theme/SkipToContent), so that
 *   without JavaScript the link skips the sidebar too;
 * - marks a page whose front matter says `hydrate: true`, which keeps React (src/features/islands).
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme-original/DocItem/Layout';
import type {Props} from '@theme/DocItem/Layout';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import HydrationMarker from '@site/src/features/islands/theme/HydrationMarker';
import {guideContentId} from '@site/src/theme/SkipToContent';

export default function DocItemLayout(props: Props): ReactNode {
  const {frontMatter} = useDoc();
  return (
    <div id={guideContentId}>
      <HydrationMarker frontMatter={frontMatter} />
      <Layout {...props} />
    </div>
  );
}
