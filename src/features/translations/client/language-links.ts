/**
 * The links to the same page in the other edition (src/features/translations/theme/LanguageLinks) keep what the server
 * cannot know: the query and the section being read (`#…`; slugs and heading ids are the same in
 * every edition).
 */
import {inBrowser, whenReady} from '../../../shared/client/dom';

function keepPlace(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-link]')) {
    const page = link.getAttribute('href')?.split(/[?#]/)[0];
    if (page) link.setAttribute('href', `${page}${window.location.search}${window.location.hash}`);
  }
}

if (inBrowser) {
  whenReady(keepPlace);
  window.addEventListener('hashchange', keepPlace);
}
