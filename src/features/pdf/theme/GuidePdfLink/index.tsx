/**
 * GuidePdfLink: « Télécharger le guide (PDF, 412 Ko) » in every page's footer, with the file's real
 * size. The PDF is made from the finished build (npm run pdf), after the pages are rendered: that
 * command writes the link into this element of every page and describes it in the page's
 * `<meta name="guide-pdf">`, which the browser reads here, so that hydration finds the same link.
 * Without a PDF (npm start, a build alone) the element stays empty: never a link to a missing file.
 */
import React, {type ReactNode} from 'react';
import {guidePdfLinkAttribute, guidePdfLinkClass, guidePdfMeta} from './markers';
import styles from './styles.module.css';

export interface GuidePdf {
  href: string;
  label: string;
}

/** The PDF that `npm run pdf` described in the page, if any. */
export function readGuidePdf(document: Document): GuidePdf | undefined {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${guidePdfMeta}"]`);
  const href = meta?.content;
  const label = meta?.dataset.label;
  return href && label ? {href, label} : undefined;
}

export default function GuidePdfLink(): ReactNode {
  // On the server the PDF does not exist yet: the element is rendered empty, then filled.
  const pdf = typeof document === 'undefined' ? undefined : readGuidePdf(document);
  return (
    <div className={styles.pdf} {...{[guidePdfLinkAttribute]: ''}}>
      {pdf ? (
        <a className={guidePdfLinkClass} href={pdf.href} type="application/pdf">
          {pdf.label}
        </a>
      ) : null}
    </div>
  );
}
