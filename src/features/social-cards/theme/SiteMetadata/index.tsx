/**
 * Site metadata (the classic theme's component, enhanced by this feature, so that the site's own
 * wrapper in src/theme/SiteMetadata still wraps it through `@theme-original`): the page's card (`og:image`, drawn
 * after the build by this plugin, at an address computed from the route alone) and its description.
 * X (Twitter) reads the title and description from `og:title` and `og:description`.
 */
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
// The classic theme's component, by its path: `@theme-init/SiteMetadata` would be the core's empty
// fallback (the first theme to provide it), without the canonical link and alternates.
import SiteMetadata from '@docusaurus/theme-classic/lib/theme/SiteMetadata';
import type {PublicSiteSettings} from '@site/src/shared/settings/site';
import {cardHeight, cardPath, cardWidth} from '../../card-path';

export default function SiteMetadataWithCard(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {pathname} = useLocation();
  const route = pathname.startsWith(siteConfig.baseUrl) ? pathname.slice(siteConfig.baseUrl.length) : pathname.replace(/^\//, '');
  const image = useBaseUrl(`/${cardPath(route)}`, {absolute: true});
  const publisher = (siteConfig.customFields?.site as PublicSiteSettings | undefined)?.publisher.team;
  const alt = translate(
    {
      id: 'socialCard.alt',
      message: 'Carte\u00a0: titre de la page, {site}',
      description: 'Alternative text of the link preview image; {site} is the site and its publisher',
    },
    {site: [siteConfig.title, publisher].filter(Boolean).join(', ')},
  );
  return (
    <>
      <SiteMetadata />
      <Head>
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
