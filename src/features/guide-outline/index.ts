/**
 * Guide outline plugin: builds the outline of the guide (sidebar order, titles and descriptions from
 * the pages' front matter) and gives it to the routes that list the guide: the home page and the
 * site map. The whole outline is route data, so other pages never download it; only the top-level
 * topics are global data, for the menus and the 404 page that every page may show.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {normalizeUrl} from '@docusaurus/utils';
import {isUntranslatedSectionName, sectionNameTranslations} from '../../shared/i18n/section-names';
import {buildOutline, entryPermalink, type OutlineEntry} from './outline';

/** Global data of the plugin: the guide's top-level topics, without their descriptions. */
export interface GuideOutlineGlobalData {
  /** The sidebar the topics come from (a navbar's `docSidebar` item shows them in the phone menu). */
  sidebarId: string;
  topics: Array<Pick<OutlineEntry, 'label' | 'permalink' | 'lang'>>;
}

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
      const {i18n} = context;
      // In a translated edition, a section's name without translation shows in French, marked so.
      const names = i18n.currentLocale === i18n.defaultLocale ? undefined : sectionNameTranslations(context.localizationDir);
      const frenchLang = i18n.localeConfigs[i18n.defaultLocale]?.htmlLang ?? i18n.defaultLocale;
      const outline = buildOutline(version, options.sidebarId, {
        ...i18n,
        sectionName: (name) => (names && isUntranslatedSectionName(name, names) ? frenchLang : undefined),
      });
      const globalData: GuideOutlineGlobalData = {
        sidebarId: options.sidebarId,
        // A group without its own page (a part of an imported GitBook space) leads to its first page.
        topics: outline.map((entry) => ({label: entry.label, permalink: entryPermalink(entry), ...(entry.lang ? {lang: entry.lang} : {})})),
      };
      actions.setGlobalData(globalData);
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
