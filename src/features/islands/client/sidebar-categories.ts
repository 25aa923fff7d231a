/**
 * The guide's sidebar, with or without React: its categories fold and unfold. The server renders
 * open the categories on the way to the page, their pages listed, and the others by their name, a
 * link to their own or first page (docs option `sidebarCollapsed: true`): what each page carries
 * does not grow with the guide. Here the caret button of a category with its own page, or the name
 * of a category without one, folds an open category: the list is `hidden`, out of sight and of the
 * keyboard's way, and `aria-expanded` says so. A category whose list the page does not carry opens
 * where it is listed: its page, or its first one (without React; with React, React draws it).
 * The click is taken before React's own handlers see it (in the capture phase, on the window, and
 * stopped there): in `npm start` and on pages that keep React, the fold is this one too.
 */
import {inBrowser} from '../../../shared/client/dom';

/** Docusaurus's application runs on the page (`npm start`, `hydrate: true`): it draws a category it opens. */
const reactDrawsPage = () => 'docusaurus' in window;
import {islandText} from './texts';

function listOf(item: Element): HTMLElement | null {
  return item.querySelector<HTMLElement>(':scope > .menu__list');
}

function toggle(item: Element, control: HTMLElement): void {
  const list = listOf(item);
  if (!list) return;
  const collapse = !item.classList.contains('menu__list-item--collapsed');
  item.classList.toggle('menu__list-item--collapsed', collapse);
  list.hidden = collapse;
  control.setAttribute('aria-expanded', String(!collapse));
  // The caret's name says what it will do, as the theme's does: unfold or fold « Partie ».
  if (control.matches('.menu__caret')) {
    const label = item.querySelector(':scope > .menu__list-item-collapsible > .menu__link')?.textContent ?? '';
    control.setAttribute('aria-label', islandText(collapse ? 'expandCategory' : 'collapseCategory', {label}));
  }
}

if (inBrowser) {
  window.addEventListener(
    'click',
    (event) => {
      const target = event.target as Element | null;
      const control = target?.closest?.<HTMLElement>('.theme-doc-sidebar-menu :is(.menu__caret, .menu__link--sublist-caret)');
      const item = control?.closest('.menu__list-item');
      if (!control || !item) return;
      if (!listOf(item)) {
        // Without React, nothing else would answer the caret: go where the category is open.
        const link = item.querySelector<HTMLAnchorElement>(':scope > .menu__list-item-collapsible > a.menu__link[href]');
        if (!reactDrawsPage() && control.matches('.menu__caret') && link) {
          event.preventDefault();
          window.location.assign(link.href);
        }
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      toggle(item, control);
    },
    {capture: true},
  );
}
