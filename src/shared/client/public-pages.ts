/**
 * The site's pages outside the guide (accessibility, legal notices…), as docusaurus.config.ts lists
 * them in `customFields.publicPages`: for the site map and the service-public pages.
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

export interface PublicPage {
  to: string;
  title: string;
}

export function usePublicPages(): PublicPage[] {
  const {siteConfig} = useDocusaurusContext();
  return (siteConfig.customFields?.publicPages as PublicPage[] | undefined) ?? [];
}
