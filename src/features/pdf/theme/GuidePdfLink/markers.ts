/**
 * The names shared by GuidePdfLink, which renders the link, and `npm run pdf`
 * (src/features/pdf/download-link.ts), which writes it into the built pages: the page's description of
 * the PDF, the footer element to fill, and the link's class.
 */
export const guidePdfMeta = 'guide-pdf';
export const guidePdfLinkAttribute = 'data-guide-pdf-link';
export const guidePdfLinkClass = 'footer__link-item';
