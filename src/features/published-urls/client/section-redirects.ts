/**
 * `<section-redirects>`: an old link to a section of this page (a renamed heading, a section of the
 * original GitBook space) leads to where that section is now, on this page or another. Only where
 * no element has the id: a section that still exists is never redirected. The server renders the
 * element on the pages that have such sections (src/theme/Root, from src/features/published-urls/redirects.json),
 * with `data-sections`: `{"old-id": "/base/page#new-id"}`.
 */
import {defineElement, inBrowser, jsonData} from '../../../shared/client/dom';

function followSection(element: HTMLElement): void {
  const {hash, pathname} = window.location;
  if (!hash) return;
  let section: string;
  try {
    section = decodeURIComponent(hash.slice(1));
  } catch {
    return;
  }
  if (document.getElementById(section)) return;
  const target = jsonData<Record<string, string>>(element, 'sections')[section];
  if (!target) return;
  const [page, newSection] = target.split('#') as [string, string | undefined];
  if (page === pathname) {
    // The section moved within this page: no reload, only the address and the scroll.
    window.history.replaceState(window.history.state, '', newSection ? `#${newSection}` : pathname);
    if (newSection) document.getElementById(newSection)?.scrollIntoView();
    return;
  }
  window.location.replace(target);
}

defineElement(
  'section-redirects',
  () =>
    class SectionRedirects extends HTMLElement {
      static observedAttributes = ['data-sections'];

      connectedCallback(): void {
        followSection(this);
      }

      // A client-side navigation (pages that keep React) renders the element for the new page.
      attributeChangedCallback(): void {
        if (this.isConnected) followSection(this);
      }
    },
);

if (inBrowser) {
  window.addEventListener('hashchange', () => {
    const element = document.querySelector<HTMLElement>('section-redirects');
    if (element) followSection(element);
  });
}
