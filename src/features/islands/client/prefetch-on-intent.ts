/**
 * Another page of the site is fetched ahead when the reader shows the intent to open it: the pointer
 * rests on its link (80 ms), or a finger touches it. Never because a link merely shows: on a slow
 * link, the page being read comes first. The fetch is a `<link rel="prefetch">` of the page's HTML,
 * which the browser keeps for the click; its styles and scripts are already cached. Nothing is
 * fetched ahead when the reader's browser asks to save data.
 */
import {inBrowser} from '../../../shared/client/dom';

const fetched = new Set<string>();
const hoverDelay = 80;

/** The link's page, if it is another page of this site (not a file, not a section of this page). */
function pageOf(target: EventTarget | null): string | undefined {
  const link = (target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download') || link.target === '_blank') return undefined;
  const url = new URL(link.href);
  if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return undefined;
  // Pages have no extension (`/definition`) or `.html`; the feed, the PDF and images are not pages.
  if (/\.(?!html$)[a-z0-9]+$/i.test(url.pathname)) return undefined;
  return `${url.origin}${url.pathname}${url.search}`;
}

function prefetch(page: string): void {
  if (fetched.has(page)) return;
  fetched.add(page);
  const hint = document.createElement('link');
  hint.rel = 'prefetch';
  hint.href = page;
  document.head.append(hint);
}

const savesData = () => (navigator as Navigator & {connection?: {saveData?: boolean}}).connection?.saveData === true;

if (inBrowser) {
  let timer: number | undefined;
  document.addEventListener('pointerover', (event) => {
    const page = pageOf(event.target);
    window.clearTimeout(timer);
    if (page && event.pointerType === 'mouse' && !savesData()) timer = window.setTimeout(() => prefetch(page), hoverDelay);
  });
  document.addEventListener('pointerout', () => window.clearTimeout(timer));
  document.addEventListener(
    'touchstart',
    (event) => {
      const page = pageOf(event.target);
      if (page && !savesData()) prefetch(page);
    },
    {passive: true},
  );
}
