/**
 * Client module: before the browser prints, writes the day into the printed page's details
 * (src/components/PrintedPageDetails), in the page's language. Without JavaScript the address alone
 * is printed, and the browser's own header still gives the date.
 */
function writePrintDate(): void {
  const lang = document.documentElement.lang || 'fr-FR';
  const today = new Intl.DateTimeFormat(lang, {day: 'numeric', month: 'long', year: 'numeric'}).format(new Date());
  for (const element of document.querySelectorAll<HTMLElement>('[data-print-date]')) {
    element.textContent = (element.dataset.label ?? '').replace('{date}', today);
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', writePrintDate);
}

export {};
