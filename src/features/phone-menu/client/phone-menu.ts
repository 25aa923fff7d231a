/**
 * The phone menu (src/features/phone-menu/theme/PhoneMenu) is a native <details>, whole without JavaScript. Here it
 * also closes on Escape, giving the focus back to its button, and when a link of the menu leads to a
 * section of the same page.
 */
import {inBrowser} from '../../../shared/client/dom';

const openMenu = () => document.querySelector<HTMLDetailsElement>('details[data-phone-menu][open]');

if (inBrowser) {
  document.addEventListener('keydown', (event) => {
    const menu = openMenu();
    if (event.key !== 'Escape' || !menu) return;
    menu.open = false;
    menu.querySelector('summary')?.focus();
  });
  document.addEventListener('click', (event) => {
    const menu = openMenu();
    const link = (event.target as Element | null)?.closest?.('a');
    if (menu && link && menu.contains(link) && link.hash && link.pathname === window.location.pathname) menu.open = false;
  });
}
