/**
 * A Markdown page outside the guide (swizzled, wrapped): marks it when its front matter says
 * `hydrate: true`, which keeps React in the browser for it (src/features/islands).
 */
import React, {type ReactNode} from 'react';
import MDXPage from '@theme-original/MDXPage';
import type {Props} from '@theme/MDXPage';
import HydrationMarker from '@site/src/features/islands/theme/HydrationMarker';

export default function MDXPageWrapper(props: Props): ReactNode {
  return (
    <>
      <HydrationMarker frontMatter={props.content.frontMatter as Record<string, unknown>} />
      <MDXPage {...props} />
    </>
  );
}
