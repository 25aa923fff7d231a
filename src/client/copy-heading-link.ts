/**
 * Copy a section's link: activating the « # » link of a heading (click, Enter) also copies the
 * section's full address, and says « Lien copié » to screen readers (a polite live region) and on
 * screen. Without JavaScript it stays what Docusaurus renders: a plain link to the section, whose
 * address the reader copies from the address bar.
 */
import {translate} from '@docusaurus/Translate';

/** Read when a link is copied, in the page's language (i18n/<locale>/code.json). */
const copiedLabel = (): string =>
  translate({id: 'copyLink.copied', message: 'Lien copié', description: 'Said and shown when the link of a section has been copied'});
let liveRegion: HTMLElement | undefined;

/** The live region must exist before it changes, or screen readers miss the first message. */
function statusRegion(): HTMLElement {
  if (!liveRegion || !liveRegion.isConnected) {
    liveRegion = document.createElement('div');
    liveRegion.setAttribute('role', 'status');
    liveRegion.className = 'visually-hidden';
    liveRegion.dataset.copyLinkStatus = '';
    document.body.append(liveRegion);
  }
  return liveRegion;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No Clipboard API outside secure contexts (an intranet mirror over http): the older way.
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    const copied = document.execCommand('copy');
    field.remove();
    return copied;
  }
}

function onClick(event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest?.('a.hash-link');
  if (!(link instanceof HTMLAnchorElement) || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  // The page's address and the section, without any query (tracking parameters, search terms).
  const address = `${window.location.origin}${window.location.pathname}${new URL(link.href).hash}`;
  const region = statusRegion();
  void copyText(address).then((copied) => {
    if (!copied) return;
    // Emptied first, so that the same message twice is announced twice.
    region.textContent = '';
    window.setTimeout(() => {
      region.textContent = copiedLabel();
    }, 50);
    link.dataset.copied = copiedLabel();
    window.setTimeout(() => {
      delete link.dataset.copied;
    }, 2500);
  });
}

if (typeof document !== 'undefined') {
  document.addEventListener('click', onClick);
}

export function onRouteDidUpdate(): void {
  if (typeof document !== 'undefined') statusRegion();
}
