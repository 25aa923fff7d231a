/**
 * Guide outline plugin: builds the outline of the guide (sidebar order, titles and descriptions from
 * the pages' front matter) and gives it to the routes that list the guide, such as the home page.
 * The outline is route data, not global data, so other pages never download it.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {normalizeUrl} from '@docusaurus/utils';
import {buildOutline} from './outline';

export interface GuideOutlineOptions {
  /** Sidebar whose order the outline follows. */
  sidebarId: string;
  /** Routes that receive the outline as their `outline` prop; paths are relative to the base URL. */
  routes: Array<{path: string; component: string}>;
}

export default function guideOutlinePlugin(context: LoadContext, options: GuideOutlineOptions): Plugin {
  return {
    name: 'guide-outline',
    async allContentLoaded({allContent, actions}) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const version = docs?.loadedVersions[0];
      if (!version) {
        throw new Error('Plan du guide : le plugin de documentation n’a chargé aucune page.');
      }
      const outline = buildOutline(version, options.sidebarId);
      const outlineModule = await actions.createData('guide-outline.json', JSON.stringify(outline));
      for (const route of options.routes) {
        actions.addRoute({
          path: normalizeUrl([context.baseUrl, route.path]),
          exact: true,
          component: route.component,
          modules: {outline: outlineModule},
        });
      }
    },
  };
}
