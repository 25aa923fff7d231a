/**
 * The language of a page's texts where it differs from the edition's (a page not translated yet, a
 * page in another language), from the translation-status plugin's global data: the `lang` its
 * title and labels carry in the menus, the page, its contents and its neighbours' links.
 */
import {useLocation} from '@docusaurus/router';
import {usePluginData} from '@docusaurus/useGlobalData';
// Types only: the plugin's module runs in Node.
import type {TranslationStatusData} from '@site/src/features/translations';

/** The `lang` of the texts of the page at `permalink`; undefined when they are in the edition's language. */
export function useTextLanguage(permalink: string | undefined): string | undefined {
  const data = usePluginData('translation-status') as TranslationStatusData | undefined;
  if (!permalink || !data) return undefined;
  return data.languages[permalink] ?? data.languages[permalink.replace(/\/$/, '')];
}

/** The same, for the page being shown. */
export function usePageTextLanguage(): string | undefined {
  return useTextLanguage(useLocation().pathname);
}

/** The `lang` of a section's name as the menu shows it, when it is not translated yet. */
export function useSectionNameLanguage(name: string): string | undefined {
  const data = usePluginData('translation-status') as TranslationStatusData | undefined;
  return data?.sections?.[name];
}
