/**
 * The printed page's details (src/features/print/theme/PrintedPageDetails), on paper only: the address the
 * reader opened (a mirror, an intranet, the address a 404 page answers) in place of the published
 * one, and, when the browser prints, the day, in the page's language. Without JavaScript the
 * published address alone is printed, and the browser's own header still gives the date.
 */
import {inBrowser, whenReady} from '../../../shared/client/dom';

function writeAddress(): void {
  const address = `${window.location.origin}${window.location.pathname}${window.location.search}`;
  for (const element of document.querySelectorAll<HTMLElement>('[data-page-address]')) element.textContent = address;
}

function writePrintDate(): void {
  writeAddress();
  const lang = document.documentElement.lang || 'fr-FR';
  const today = new Intl.DateTimeFormat(lang, {day: 'numeric', month: 'long', year: 'numeric'}).format(new Date());
  for (const element of document.querySelectorAll<HTMLElement>('[data-print-date]')) {
    element.textContent = (element.dataset.label ?? '').replace('{date}', today);
  }
}

if (inBrowser) {
  // A few words in an element that is not displayed on screen: no cost to the page's first tasks.
  whenReady(writeAddress);
  window.addEventListener('beforeprint', writePrintDate);
}
