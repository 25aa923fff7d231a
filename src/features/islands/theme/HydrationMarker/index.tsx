/**
 * HydrationMarker: on a page whose front matter says `hydrate: true`, the `<meta name="hydrate">`
 * that tells the islands plugin (src/features/islands) to keep React in the browser for this page, so
 * that its components may hold state. Other pages arrive finished, with the islands only.
 */
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {hydrateKey, hydrationMarkerName} from '@site/src/shared/front-matter/hydration';

export default function HydrationMarker({frontMatter}: {frontMatter: Record<string, unknown>}): ReactNode {
  if (frontMatter[hydrateKey] !== true) return null;
  return (
    <Head>
      <meta name={hydrationMarkerName} content="true" />
    </Head>
  );
}
