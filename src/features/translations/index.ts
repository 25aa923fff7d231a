/**
 * Translation status plugin: in a translated locale, lists the pages whose translation is outdated
 * (the French page changed since it was translated) or missing (Docusaurus then shows the French
 * page), for the notice those pages show (src/theme/MDXContent). The rule is
 * src/features/translations/status.ts, the one `npm run i18n:check` applies.
 *
 * Computed at every build from the files, never cached with the pages: a French edit must mark its
 * translation outdated even when the translation's own compiled page comes from the build cache.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {LoadedContent as PagesContent} from '@docusaurus/plugin-content-pages';
import {aliasedSitePathToRelativePath, posixPath} from '@docusaurus/utils';
import {textLanguageOf} from '../../shared/i18n/page-language';
import {isUntranslatedSectionName, sectionNameTranslations} from '../../shared/i18n/section-names';
import {translationReport, type TranslationState} from './status';

/** What the pages read from the plugin's global data. */
export interface TranslationStatusData {
  /** Permalink (with the base URL) → state; only outdated and missing translations are listed. */
  pages: Record<string, Exclude<TranslationState, 'up-to-date'>>;
  /**
   * Permalink → the `lang` of the page's texts, for the pages whose texts are not in the edition's
   * language (src/shared/i18n/page-language.ts, textLanguageOf): a page not translated yet, a page
   * whose front matter says `lang: en`. Its title and labels carry it wherever they show.
   */
  languages: Record<string, string>;
  /**
   * A section's name as the menu shows it → its `lang`, for the names not translated yet (shown in
   * French in the English edition: src/shared/i18n/section-names.ts). The menu and the breadcrumbs
   * mark them.
   */
  sections: Record<string, string>;
}

export const translationStatusPluginName = 'translation-status';

export default function translationStatusPlugin(context: LoadContext): Plugin {
  const {siteDir, i18n} = context;
  return {
    name: translationStatusPluginName,

    // Its island: the language links keep the reader's section (client/language-links.ts).
    getClientModules() {
      return [path.join(__dirname, 'client', 'language-links.ts')];
    },

    allContentLoaded({allContent, actions}) {
      const data: TranslationStatusData = {pages: {}, languages: {}, sections: {}};
      const docs = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      const pages = (allContent['docusaurus-plugin-content-pages']?.default as PagesContent | undefined) ?? [];
      const built: Array<{source: string; permalink: string; frontMatter?: Record<string, unknown>}> = [
        ...(docs?.loadedVersions ?? []).flatMap((version) => version.docs.map(({source, permalink, frontMatter}) => ({source, permalink, frontMatter}))),
        ...pages.map((page) => ({source: page.source, permalink: page.permalink, frontMatter: page.type === 'mdx' ? page.frontMatter : undefined})),
      ];
      for (const page of built) {
        const language = textLanguageOf(page, i18n);
        if (language) data.languages[page.permalink] = language;
      }
      if (i18n.currentLocale !== i18n.defaultLocale) {
        const names = sectionNameTranslations(context.localizationDir);
        const defaultLang = i18n.localeConfigs[i18n.defaultLocale]?.htmlLang ?? i18n.defaultLocale;
        type Item = DocsContent['loadedVersions'][number]['sidebars'][string][number];
        const visit = (item: Item): void => {
          if (item.type !== 'category') return;
          if (isUntranslatedSectionName(item.label, names)) data.sections[item.label] = defaultLang;
          item.items.forEach(visit);
        };
        for (const version of docs?.loadedVersions ?? []) Object.values(version.sidebars).forEach((sidebar) => sidebar.forEach(visit));
        const report = translationReport(siteDir, i18n.currentLocale);
        const byTranslation = new Map(report.pages.map((page) => [page.translation, page]));
        const bySource = new Map(report.pages.map((page) => [page.source, page]));
        for (const {source, permalink} of built) {
          const file = posixPath(path.normalize(aliasedSitePathToRelativePath(source)));
          const page = byTranslation.get(file) ?? bySource.get(file);
          // A React page (src/pages/*.tsx) is translated through i18n/<locale>/code.json.
          if (!page || page.state === 'up-to-date') continue;
          // Docusaurus builds the French file when a translation is missing.
          data.pages[permalink] = byTranslation.has(file) ? page.state : 'missing';
        }
      }
      actions.setGlobalData(data);
    },
  };
}
