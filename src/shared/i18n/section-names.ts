/**
 * The names of the guide's sections (a folder of docs/ with its `_category_.json`) in a translated
 * edition. Docusaurus translates them through i18n/<locale>/docusaurus-plugin-content-docs/current.json
 * (`npm run write-translations -- --locale en` writes the keys, a translator their messages); a name
 * with no key there shows in French in the English edition. The build marks it `lang="fr"` wherever
 * it shows (the menu, the breadcrumbs, the home page, the site map) and `npm run i18n:check` lists it
 * to translate. Node only: it reads the translation file.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';

/** Docusaurus's key of a section's name: `sidebar.<sidebar id>.category.<its key, or name in French>`. */
const sectionNameKey = /^sidebar\.[^.]+\.category\.(.+)$/;

export interface SectionNameTranslations {
  /** The sections that have a key in the translation file: their `key`, or else their French name. */
  translated: Set<string>;
  /** The names the edition shows for them (the keys' messages). */
  shown: Set<string>;
}

/** The translation file of the docs' current version for `locale`, relative to the site. */
export function docsTranslationFile(locale: string): string {
  return path.posix.join('i18n', locale, 'docusaurus-plugin-content-docs', 'current.json');
}

/** What the edition's translation file says of section names; empty when it has none. */
export function sectionNameTranslations(localizationDir: string): SectionNameTranslations {
  const translations: SectionNameTranslations = {translated: new Set(), shown: new Set()};
  let messages: Record<string, {message?: unknown}>;
  try {
    messages = JSON.parse(readFileSync(path.join(localizationDir, 'docusaurus-plugin-content-docs', 'current.json'), 'utf8'));
  } catch {
    // No file: no name translated. A malformed one stops Docusaurus itself, with its own message.
    return translations;
  }
  for (const [key, value] of Object.entries(messages)) {
    const name = sectionNameKey.exec(key)?.[1];
    // `….category.<name>.link.generated-index.title` and the like are not the name itself.
    if (!name || /\.link\.generated-index\.[a-z]+$/.test(name)) continue;
    translations.translated.add(name);
    if (typeof value?.message === 'string') translations.shown.add(value.message);
  }
  return translations;
}

/**
 * Whether a section's name, as the edition shows it, is still the French one: no message of the
 * translation file gives it. A translation identical to the French (a proper noun) counts as done.
 */
export function isUntranslatedSectionName(shownName: string, translations: SectionNameTranslations): boolean {
  return !translations.shown.has(shownName);
}
