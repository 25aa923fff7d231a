/**
 * Root (the theme's documented wrapper of every page): after the page, what the islands read
 * (src/features/islands/client), written at build time in the page's language:
 * - the polite live region that says « Lien copié » when a heading's « # » link is copied;
 * - the islands' words (`data-island-texts`);
 * - on a page that has old sections (src/features/published-urls/redirects.json), where each one now is.
 */
import React, {type ReactNode} from 'react';
import {useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useIslandTexts} from './island-texts';
import {sectionRedirectsOf} from '../../features/published-urls/theme/section-redirects';

export default function Root({children}: {children: ReactNode}): ReactNode {
  const {pathname} = useLocation();
  const {siteConfig} = useDocusaurusContext();
  const sections = sectionRedirectsOf(pathname, siteConfig.baseUrl);
  return (
    <>
      {children}
      <div role="status" className="visually-hidden" data-copy-link-status="" />
      <div hidden data-island-texts={JSON.stringify(useIslandTexts())} />
      {sections ? <section-redirects hidden data-sections={JSON.stringify(sections)} /> : null}
    </>
  );
}
