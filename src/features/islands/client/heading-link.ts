/**
 * Copying a section's link: activating the « # » link of a heading (click, Enter) also copies the
 * section's full address, says « Lien copié » to screen readers (the polite live region that
 * src/theme/Root renders, `data-copy-link-status`) and shows it next to the link. Without JavaScript
 * it stays a plain link to the section, whose address the reader copies from the address bar.
 */
import {announce, copyText, inBrowser, isPlainClick} from '../../../shared/client/dom';
import {islandText} from './texts';

function onClick(event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest?.('a.hash-link');
  const region = document.querySelector<HTMLElement>('[data-copy-link-status]');
  if (!(link instanceof HTMLAnchorElement) || !region || !isPlainClick(event)) return;
  const copied = islandText('linkCopied');
  // The page's address and the section, without any query (tracking parameters, search terms).
  const address = `${window.location.origin}${window.location.pathname}${new URL(link.href).hash}`;
  void copyText(address).then((done) => {
    if (!done) return;
    announce(region, copied);
    link.dataset.copied = copied;
    window.setTimeout(() => {
      delete link.dataset.copied;
    }, 2500);
  });
}

if (inBrowser) document.addEventListener('click', onClick);
