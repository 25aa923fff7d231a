/**
 * The guide's outline: its pages in sidebar order, each with the title and description its front
 * matter declares. Pure: built from the docs plugin's loaded content.
 */
import type {LoadedVersion} from '@docusaurus/plugin-content-docs';
import {textLanguageOf, type EditionLocales} from '../../shared/i18n/page-language';

export interface OutlineEntry {
  title: string;
  /** Short name for menus: the page's `sidebar_label`, or its title. */
  label: string;
  description?: string;
  /** URL of the page, with the base URL; absent for a category without its own page. */
  permalink?: string;
  /**
   * The `lang` of the page's title, label and description when it is not the edition's (a page not
   * translated yet, shown in French in the English edition; `lang: en` in its front matter).
   */
  lang?: string;
  /**
   * The `lang` of the description when it differs from the title's: a section whose name is not
   * translated yet, described by its translated page, or the reverse.
   */
  descriptionLang?: string;
  children?: OutlineEntry[];
}

type SidebarItem = LoadedVersion['sidebars'][string][number];

/** What the outline needs to know of the edition to say in which language each text is. */
export interface OutlineLanguages extends EditionLocales {
  /** The `lang` of a section's name as shown, when it is not translated yet (src/shared/i18n/section-names.ts). */
  sectionName?: (name: string) => string | undefined;
}

/** `i18n`: the edition being built, for the language of the pages' texts (absent: the edition's). */
export function buildOutline(version: LoadedVersion, sidebarId: string, i18n?: OutlineLanguages): OutlineEntry[] {
  const sidebar = version.sidebars[sidebarId];
  if (!sidebar) {
    throw new Error(
      `Plan du guide : la barre latérale « ${sidebarId} » n'existe pas dans sidebars.ts (barres connues : ${Object.keys(version.sidebars).join(', ') || 'aucune'}).`,
    );
  }
  const docsById = new Map(version.docs.map((doc) => [doc.id, doc]));
  const docEntry = (id: string, label?: string): OutlineEntry => {
    const doc = docsById.get(id);
    if (!doc) {
      throw new Error(`Plan du guide : la page « ${id} » citée dans sidebars.ts n'existe pas dans docs/.`);
    }
    const sidebarLabel = doc.frontMatter.sidebar_label;
    const lang = i18n ? textLanguageOf(doc, i18n) : undefined;
    return {
      title: doc.title,
      label: label ?? (typeof sidebarLabel === 'string' ? sidebarLabel : doc.title),
      description: doc.description,
      permalink: doc.permalink,
      ...(lang ? {lang} : {}),
    };
  };
  const toEntry = (item: SidebarItem): OutlineEntry | undefined => {
    switch (item.type) {
      case 'doc':
      case 'ref':
        return docEntry(item.id, item.label);
      case 'category': {
        const page = item.link?.type === 'doc' ? docEntry(item.link.id) : undefined;
        const lang = i18n?.sectionName?.(item.label);
        // A section's own description is in its name's language; its page's, in the page's.
        const descriptionLang = item.description === undefined && page?.description !== undefined ? page.lang : lang;
        const editionLang = i18n ? (i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale) : undefined;
        return {
          title: item.label,
          label: item.label,
          description: item.description ?? page?.description,
          permalink: page?.permalink,
          ...(lang ? {lang} : {}),
          ...(descriptionLang !== lang ? {descriptionLang: descriptionLang ?? editionLang} : {}),
          children: item.items.map(toEntry).filter((entry): entry is OutlineEntry => Boolean(entry)),
        };
      }
      case 'link':
        return {title: item.label, label: item.label, description: item.description, permalink: item.href};
      default:
        return undefined;
    }
  };
  return sidebar.map(toEntry).filter((entry): entry is OutlineEntry => Boolean(entry));
}

/** Where a menu leads for an entry: its own page, or for a group without one, its first page. */
export function entryPermalink(entry: OutlineEntry): string | undefined {
  if (entry.permalink) return entry.permalink;
  for (const child of entry.children ?? []) {
    const permalink = entryPermalink(child);
    if (permalink) return permalink;
  }
  return undefined;
}
