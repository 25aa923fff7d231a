/**
 * The islands' step of the pass over the built pages (src/features/built-pages): first a check that
 * no plugin's browser code would be dropped (client-modules.ts), then the islands bundled by esbuild
 * (bundle.ts), then in each page Docusaurus's scripts and their hints replaced by the islands module
 * (page-scripts.ts). A page whose front matter says `hydrate: true` keeps React.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {LoadContext} from '@docusaurus/types';
import type {PageStep} from '../../shared/built-html/page-steps';
import {bundleIslands} from './bundle';
import {droppedClientModulesMessage, sortClientModules} from './client-modules';
import {rewritePageScripts} from './page-scripts';

export function islandsPageStep(context: LoadContext): PageStep {
  const {baseUrl} = context;
  const assets = `${baseUrl}assets/js/`;
  let islandsModule = '';
  let entry = '';
  let rewritten = 0;
  let hydrated = 0;
  return {
    name: 'islands',
    async start({outDir, plugins}) {
      // First: a plugin whose browser code the pages would drop stops the build, naming it.
      const {islands, dropped} = sortClientModules(plugins, context.siteDir);
      if (dropped.length > 0) throw new Error(droppedClientModulesMessage(dropped));
      entry = (await bundleIslands(outDir, islands)).entry;
      islandsModule = `${baseUrl}${entry}`;
      rewritten = 0;
      hydrated = 0;
    },
    page({html}) {
      const page = rewritePageScripts(html, {
        isApplicationScript: (url) => url.startsWith(assets) && !url.startsWith(`${assets}islands`),
        islandsModule,
      });
      if (!page.changed) {
        hydrated += 1;
        return undefined;
      }
      rewritten += 1;
      return page.html;
    },
    finish({outDir}) {
      const entrySize = gzipSync(readFileSync(path.join(outDir, entry)), {level: 9}).length;
      console.log(`[islands] ${rewritten} pages sans React, ${hydrated} avec (hydrate: true) ; ${entry} : ${(entrySize / 1024).toFixed(1)} Ko compressé`);
    },
  };
}
