/**
 * Islands plugin: production pages ship no React runtime. React and Docusaurus still render every
 * page at build time (components, MDX, translations, sidebar); what reaches the reader is that HTML,
 * the site's CSS and one small ES module of progressive enhancements, the islands (client/).
 *
 * - After each edition's build (postBuild), the islands are bundled by esbuild (bundle.ts), then each
 *   page's Docusaurus scripts and their hints are replaced by the islands module (page-scripts.ts).
 * - A page whose front matter says `hydrate: true` keeps the whole React application: its component
 *   may hold state (see CONTRIBUTING.md). The islands reach it through `getClientModules`.
 * - A plugin's own browser code (`getClientModules`) would do nothing on these pages: the build stops
 *   and names the plugin (client-modules.ts).
 * - The dev server (`npm start`) keeps React too, for hot reload; there the islands also load as a
 *   client module (client/index.ts), and the theme's own React widgets do the rest.
 */
import {rename, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {readFileSync} from 'node:fs';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {builtHtmlFile} from '../../shared/html-file';
import {bundleIslands} from './bundle';
import {droppedClientModules, droppedClientModulesMessage} from './client-modules';
import {rewritePageScripts} from './page-scripts';

/** The islands every page needs, with or without React (client modules of the application). */
export const sharedIslands = path.join(__dirname, 'client', 'index.ts');

/** Writes a file in one step (a new file renamed over the old), so a reader never sees half of it. */
async function replaceFile(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, file);
}

export default function islandsPlugin(context: LoadContext): Plugin {
  return {
    name: 'islands',
    getClientModules() {
      return [sharedIslands];
    },
    async postBuild({outDir, routesPaths, plugins}) {
      // First: a plugin whose browser code the pages would drop stops the build, naming it.
      const dropped = droppedClientModules(plugins, 'islands');
      if (dropped.length > 0) throw new Error(droppedClientModulesMessage(dropped));
      const {baseUrl} = context;
      const bundle = await bundleIslands(outDir);
      const assets = `${baseUrl}assets/js/`;
      const files = new Set(
        routesPaths.map((route) => builtHtmlFile(outDir, decodeURIComponent(route.slice(baseUrl.length)))).filter((file): file is string => file !== undefined),
      );
      let hydrated = 0;
      await Promise.all(
        [...files].map(async (file) => {
          const page = rewritePageScripts(await readFile(file, 'utf8'), {
            isApplicationScript: (url) => url.startsWith(assets) && !url.startsWith(`${assets}islands`),
            islandsModule: `${baseUrl}${bundle.entry}`,
          });
          if (page.changed) await replaceFile(file, page.html);
          else hydrated += 1;
        }),
      );
      const entrySize = gzipSync(readFileSync(path.join(outDir, bundle.entry)), {level: 9}).length;
      console.log(
        `[islands] ${files.size - hydrated} pages sans React, ${hydrated} avec (hydrate: true) ; ${bundle.entry} : ${(entrySize / 1024).toFixed(1)} Ko compressé`,
      );
    },
  };
}
