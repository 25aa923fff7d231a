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
