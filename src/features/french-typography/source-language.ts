/**
 * The language a page's source is written in, which decides whether French typography applies: its
 * `lang`, else its edition's when it is a translation (i18n/<locale>/…), else French: a file of
 * docs/ or src/pages/ is French in every edition, the English one included, which shows it while it
 * is not translated yet.
 */
import path from 'node:path';
import {pageLanguageOf} from '../../shared/i18n/page-language';

export function sourceLanguageOf(filePath: string, siteDir: string, frontMatter: Record<string, unknown> | undefined): string {
  const own = pageLanguageOf(frontMatter);
  if (own) return own;
  const [first, locale] = path.relative(siteDir, filePath).split(path.sep);
  return first === 'i18n' && locale ? locale : 'fr';
}
