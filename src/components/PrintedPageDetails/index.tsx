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
  // The server knows the published address; the browser knows the one the reader opened (a mirror,
  // an intranet, the 404 page's missing address), written after hydration. The server's text may
  // differ from the browser's first render, hence suppressHydrationWarning on that text alone.
  const [address, setAddress] = useState(() => new URL(pathname, siteConfig.url).href);
  useEffect(() => setAddress(`${window.location.origin}${pathname}${search}`), [pathname, search]);
  return (
    <p className="print-only" data-printed-page-details="">
      {translate({id: 'print.pageAddress', message: 'Adresse de cette page\u00a0:', description: 'On printed pages: before the address of the page'})}{' '}
      <span suppressHydrationWarning>{address}</span>
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
