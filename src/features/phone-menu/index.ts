/**
 * Phone menu plugin: its island (client/phone-menu.ts: Escape closes the menu, and a link to a
 * section of the same page), in every page (src/features/islands). The menu itself is
 * theme/PhoneMenu, a `<details>` that works without JavaScript.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

export default function phoneMenuPlugin(): Plugin {
  return {
    name: 'phone-menu',
    // theme/Navbar/MobileSidebar/Toggle: the theme's drawer button replaced by the menu (theme/PhoneMenu).
    getThemePath() {
      return path.join(__dirname, 'theme');
    },
    getClientModules() {
      return [path.join(__dirname, 'client', 'phone-menu.ts')];
    },
  };
}
