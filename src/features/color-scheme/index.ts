/**
 * No-JS color scheme plugin: adds the PostCSS plugin of the same name to the site's stylesheets,
 * so that without JavaScript the pages follow the system's light or dark preference.
 */
import type {Plugin} from '@docusaurus/types';
import {noJsColorScheme} from './postcss-plugin';

export default function noJsColorSchemePlugin(): Plugin {
  return {
    name: 'no-js-color-scheme',
    configurePostCss(options) {
      options.plugins.push(noJsColorScheme());
      return options;
    },
  };
}
