/**
 * Islands plugin: production pages ship no React runtime. React and Docusaurus still render every
 * page at build time (components, MDX, translations, sidebar); what reaches the reader is that HTML,
 * the site's CSS and one small ES module of progressive enhancements, the islands (client/).
 *
 * - After each edition's build, in the one pass over the built pages (src/features/built-pages, step
 *   page-step.ts), the islands are bundled by esbuild (bundle.ts), then each page's Docusaurus
 *   scripts and their hints are replaced by the islands module (page-scripts.ts).
 * - A page whose front matter says `hydrate: true` keeps the whole React application: its component
 *   may hold state (see CONTRIBUTING.md). The islands reach it through `getClientModules`.
 * - A plugin's own browser code (`getClientModules`) would do nothing on these pages: the build stops
 *   and names the plugin (client-modules.ts).
 * - The dev server (`npm start`) keeps React too, for hot reload; there the islands load as a client
 *   module (client/index.ts), the same code that readers get, the theme's React versions switched off.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/** The islands every page loads, with or without React (client modules of the application). */
export const sharedIslands = path.join(__dirname, 'client', 'index.ts');

export {islandsPageStep} from './page-step';

export default function islandsPlugin(): Plugin {
  return {
    name: 'islands',
    getClientModules() {
      return [sharedIslands];
    },
  };
}
