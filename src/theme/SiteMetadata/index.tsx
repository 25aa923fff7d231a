/**
 * Site metadata (swizzled, wrapped): adds what link previews need to the theme's own tags, in the
 * static HTML of every page, 404 included: the site's name and the page's type (`article` for the
 * guide's pages, `website` for the others). The theme already gives `og:title`, `og:description`,
 * `og:url`, `og:locale`, `twitter:card` and the canonical link; the card image comes from the
 * social-cards feature (src/features/social-cards/theme/SiteMetadata), which this wraps.
 * This component rather than Root: the core renders it once on every route, for metadata.
 */
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useActiveDocContext} from '@docusaurus/plugin-content-docs/client';
import SiteMetadata from '@theme-original/SiteMetadata';

export default function SiteMetadataWrapper(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {activeDoc} = useActiveDocContext(undefined);
  return (
    <>
      <SiteMetadata />
      <Head>
        <meta property="og:site_name" content={siteConfig.title} />
        <meta property="og:type" content={activeDoc ? 'article' : 'website'} />
      </Head>
    </>
  );
}
