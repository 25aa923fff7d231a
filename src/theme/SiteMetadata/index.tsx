/**
 * Site metadata (swizzled, wrapped): adds what link previews need to the theme's own tags, in the
 * static HTML of every page, 404 included: the page's card (`og:image`, drawn after the build by
 * src/plugins/social-cards, at an address computed from the route alone), the site's name, and the
 * page's type (`article` for the guide's pages, `website` for the others). The theme already gives
 * `og:title`, `og:description`, `og:url`, `og:locale`, `twitter:card` and the canonical link;
 * X (Twitter) reads the title and description from `og:title` and `og:description`.
 * This component rather than Root: the core renders it once on every route, for metadata.
 */
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useActiveDocContext} from '@docusaurus/plugin-content-docs/client';
import SiteMetadata from '@theme-original/SiteMetadata';
import type {PublicSiteSettings} from '@site/src/config/site';
import {cardHeight, cardPath, cardWidth} from '@site/src/plugins/social-cards/card-path';

export default function SiteMetadataWrapper(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {pathname} = useLocation();
  const {activeDoc} = useActiveDocContext(undefined);
  const route = pathname.startsWith(siteConfig.baseUrl) ? pathname.slice(siteConfig.baseUrl.length) : pathname.replace(/^\//, '');
  const image = useBaseUrl(`/${cardPath(route)}`, {absolute: true});
  const publisher = (siteConfig.customFields?.site as PublicSiteSettings | undefined)?.publisher.team;
  const alt = translate(
    {id: 'socialCard.alt', message: 'Carte\u00a0: titre de la page, {site}', description: 'Alternative text of the link preview image; {site} is the site and its publisher'},
    {site: [siteConfig.title, publisher].filter(Boolean).join(', ')},
  );
  return (
    <>
      <SiteMetadata />
      <Head>
        <meta property="og:site_name" content={siteConfig.title} />
        <meta property="og:type" content={activeDoc ? 'article' : 'website'} />
        <meta property="og:image" content={image} />
        <meta property="og:image:type" content="image/png" />
        <meta property="og:image:width" content={String(cardWidth)} />
        <meta property="og:image:height" content={String(cardHeight)} />
        <meta property="og:image:alt" content={alt} />
        <meta name="twitter:image" content={image} />
        <meta name="twitter:image:alt" content={alt} />
      </Head>
    </>
  );
}
