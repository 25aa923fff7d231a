/**
 * PrintedPageDetails: on paper only, the page's address and the day it was printed, so that a
 * printed page can be found again online and dated. The date is the printing day, known only when
 * the reader prints: src/client/print-date.ts writes it into `data-print-date` before printing.
 */
import React, {useEffect, useState, type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';

export default function PrintedPageDetails(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {pathname, search} = useLocation();
  // The server writes the published address; the browser then shows the one the reader opened (a
  // mirror, an intranet, the address a 404 page answers). The server's text may not be the browser's
  // first render (a 404 page is rendered as /404): the first span keeps the server's text
  // (suppressHydrationWarning), and the browser's address replaces it as a new span (its key).
  const [openedAddress, setOpenedAddress] = useState<string>();
  useEffect(() => setOpenedAddress(`${window.location.origin}${pathname}${search}`), [pathname, search]);
  return (
    <p className="print-only" data-printed-page-details="">
      {translate({id: 'print.pageAddress', message: 'Adresse de cette page\u00a0:', description: 'On printed pages: before the address of the page'})}{' '}
      {openedAddress === undefined ? (
        <span key="published" suppressHydrationWarning>
          {new URL(pathname, siteConfig.url).href}
        </span>
      ) : (
        <span key="opened">{openedAddress}</span>
      )}
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
