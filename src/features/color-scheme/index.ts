/**
 * No-JS color scheme plugin: adds the PostCSS plugin of the same name to the site's stylesheets,
 * so that without JavaScript the pages follow the system's light or dark preference.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {noJsColorScheme} from './postcss-plugin';

export default function noJsColorSchemePlugin(): Plugin {
  return {
    name: 'no-js-color-scheme',
    // Its island: the theme switch (client/theme-switch.ts), in every page (src/features/islands).
    getClientModules() {
      return [path.join(__dirname, 'client', 'theme-switch.ts')];
    },
    configurePostCss(options) {
      options.plugins.push(noJsColorScheme());
      return options;
    },
  };
}
