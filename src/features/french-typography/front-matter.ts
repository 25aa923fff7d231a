/**
 * French typography on what the front matter shows readers: a French page's title, description and
 * menu label, set by the build as its text is (remark/index.ts), so that a contributor who types
 * « Qui contribue ? » with an ordinary space publishes « Qui contribue ? » with a narrow no-break
 * space. A translation (i18n/<locale>/…) and a page in another language (`lang: en`) are left alone.
 * Wraps the site's `markdown.parseFrontMatter` hook (docusaurus.config.ts).
 */
import path from 'node:path';
import type {ParseFrontMatter} from '@docusaurus/types';
import {pageLanguageOf, sameLanguage} from '../../shared/i18n/page-language';
import {applyFrenchTypography} from './remark';
import {typesetFrontMatterFields} from './source';

/** The language a page is written in: its `lang`, else its edition's (i18n/<locale>/…), else French. */
function languageOf(filePath: string, siteDir: string, frontMatter: Record<string, unknown>): string {
  const own = pageLanguageOf(frontMatter);
  if (own) return own;
  const [first, locale] = path.relative(siteDir, filePath).split(path.sep);
  return first === 'i18n' && locale ? locale : 'fr';
}

export function withFrenchFrontMatter(parse: ParseFrontMatter, {siteDir}: {siteDir: string}): ParseFrontMatter {
  return async (params) => {
    const result = await parse(params);
    if (!sameLanguage(languageOf(params.filePath, siteDir, result.frontMatter), 'fr')) return result;
    const frontMatter = {...result.frontMatter};
    for (const field of typesetFrontMatterFields) {
      const value = frontMatter[field];
      if (typeof value === 'string') frontMatter[field] = applyFrenchTypography(value);
    }
    return {...result, frontMatter};
  };
}
