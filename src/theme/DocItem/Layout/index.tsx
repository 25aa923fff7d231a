/**
 * A guide page's layout (swizzled, wrapped): gives the page's text the id that « Aller au contenu »
 * targets (src/theme/SkipToContent), so that without JavaScript the link skips the sidebar too.
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme-original/DocItem/Layout';
import type {Props} from '@theme/DocItem/Layout';
import {guideContentId} from '@site/src/theme/SkipToContent';

export default function DocItemLayout(props: Props): ReactNode {
  return (
    <div id={guideContentId}>
      <Layout {...props} />
    </div>
  );
}
