/**
 * `<site-search>`: the navbar's search box (src/features/search/theme/Search/NavbarSearch). Without JavaScript it
 * is a plain form that opens the results page. Here it waits for the first focus, then fetches its
 * own code (search-box.ts) and the engine: a page never pays for search before a reader uses it.
 *
 * `<search-page>`: the results page (theme/SearchRoute, at /recherche), which needs its code at once.
 */
import {defineElement} from '../../../shared/client/dom';

defineElement(
  'site-search',
  () =>
    class SiteSearch extends HTMLElement {
      connectedCallback(): void {
        const input = this.querySelector('input');
        if (!input || this.dataset.enhanced !== undefined) return;
        this.dataset.enhanced = '';
        const start = () => {
          void import('./search-box').then(({attachSearchBox}) => attachSearchBox(this, input));
        };
        // The reader may already be in the field when this module arrives (slow link).
        if (document.activeElement === input) start();
        else input.addEventListener('focus', start, {once: true});
      }
    },
);

defineElement(
  'search-page',
  () =>
    class SearchPage extends HTMLElement {
      connectedCallback(): void {
        if (this.dataset.enhanced !== undefined) return;
        this.dataset.enhanced = '';
        void import('./search-page').then(({attachSearchPage}) => attachSearchPage(this));
      }
    },
);
