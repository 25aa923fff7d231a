/**
 * A page written in another language than its edition (an imported English space in the French
 * guide): its front matter says so, `lang: en`. The page's text is then marked `lang="en"` for
 * screen readers and translation tools (src/theme/DocItem/Content), French typography leaves it
 * alone (src/features/french-typography/remark) and the content checker reads it in its language.
 * Shared by the build, the theme and the tools: no Node module here.
 */

/** The front matter field. */
export const pageLanguageKey = 'lang';

/** A BCP 47 language tag as pages need them: `en`, `de`, `pt-BR`. */
const languageTag = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

export function isLanguageTag(value: unknown): value is string {
  return typeof value === 'string' && languageTag.test(value);
}

/** The page's own language, when its front matter gives a valid one. */
export function pageLanguageOf(frontMatter: Record<string, unknown> | undefined): string | undefined {
  const value = frontMatter?.[pageLanguageKey];
  return isLanguageTag(value) ? value : undefined;
}

/** Whether two language tags name the same language (`fr` and `fr-FR`). */
export function sameLanguage(a: string, b: string): boolean {
  return a.split('-')[0]!.toLowerCase() === b.split('-')[0]!.toLowerCase();
}

/** What the build knows of an edition: the locale built, the default one, each one's `lang` value. */
export interface EditionLocales {
  currentLocale: string;
  defaultLocale: string;
  localeConfigs: Record<string, {htmlLang?: string} | undefined>;
}

/**
 * The language a page's texts are written in (its title, menu label, headings and text), as an HTML
 * `lang` value, when it is not its edition's; undefined when it is. Two cases:
 * - its front matter gives another language (`lang: en`);
 * - in a translated edition, a Markdown page without a translation: Docusaurus builds the original
 *   file (its `source` is not under `i18n/<locale>/`), in the default locale's language.
 * Wherever these texts show in the edition (the page, the menus, the site map…), they carry this
 * `lang`, so that screen readers read them in their language (RGAA 8.7).
 */
export function textLanguageOf(page: {source: string; frontMatter?: Record<string, unknown>}, i18n: EditionLocales): string | undefined {
  const htmlLang = (locale: string) => i18n.localeConfigs[locale]?.htmlLang ?? locale;
  const own = pageLanguageOf(page.frontMatter);
  if (own) return sameLanguage(own, htmlLang(i18n.currentLocale)) ? undefined : own;
  // A React page (src/pages/*.tsx) is translated through i18n/<locale>/code.json, never shown untranslated.
  if (i18n.currentLocale === i18n.defaultLocale || !/\.mdx?$/.test(page.source)) return undefined;
  return page.source.startsWith(`@site/i18n/${i18n.currentLocale}/`) ? undefined : htmlLang(i18n.defaultLocale);
}
