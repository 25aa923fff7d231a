/**
 * PrintedPageDetails: on paper only, the page's address and the day it was printed, so that a
 * printed page can be found again online and dated. The server writes the published address; an
 * island (src/features/print/client/printed-page.ts) writes the address the reader opened (a mirror,
 * an intranet, the address a 404 page answers) and, when the browser prints, the day.
 */
import React, {type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';

export default function PrintedPageDetails(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {pathname} = useLocation();
  return (
    <p className="print-only" data-printed-page-details="">
      {translate({id: 'print.pageAddress', message: 'Adresse de cette page\u00a0:', description: 'On printed pages: before the address of the page'})}{' '}
      {/* The browser's address may differ from the server's (a 404 page is rendered as /404). */}
      <span data-page-address="" suppressHydrationWarning>
        {new URL(pathname, siteConfig.url).href}
      </span>
      <span
        data-print-date=""
        data-label={translate({
          id: 'print.printedOn',
          message: ' · Imprimée le {date}',
          description: 'On printed pages: the day the page was printed; {date} is filled when printing',
        })}
      />
    </p>
  );
}
