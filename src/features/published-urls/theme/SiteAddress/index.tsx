/**
 * SiteAddress: the full address of a page or section of this site, as a reader would paste it in an
 * intranet, built from the deployment's site URL and base URL (never written by hand).
 */
import React, {type ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';

export interface SiteAddressProps {
  /** Path on the site, with an optional section: `/definition#ce-qui-fait-un-commun`. */
  path: string;
}

export default function SiteAddress({path}: SiteAddressProps): ReactNode {
  const [page, section] = path.split('#');
  const address = useBaseUrl(page ?? '/', {absolute: true}) + (section ? `#${section}` : '');
  return <code>{address}</code>;
}
