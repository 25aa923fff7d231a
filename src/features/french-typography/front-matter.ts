/**
 * French typography on what the front matter shows readers: a French page's title, description and
 * menu label, set by the build as its text is (remark/index.ts), so that a contributor who types
 * « Qui contribue ? » with an ordinary space publishes « Qui contribue ? » with a narrow no-break
 * space, in every edition (a page not translated yet is French in the English one). A translation
 * (i18n/<locale>/…) and a page in another language (`lang: en`) are left alone.
 * Wraps the site's `markdown.parseFrontMatter` hook (docusaurus.config.ts).
 */
import type {ParseFrontMatter} from '@docusaurus/types';
import {sameLanguage} from '../../shared/i18n/page-language';
import {applyFrenchTypography} from './remark';
import {sourceLanguageOf} from './source-language';
import {typesetFrontMatterFields} from './source';

export function withFrenchFrontMatter(parse: ParseFrontMatter, {siteDir}: {siteDir: string}): ParseFrontMatter {
  return async (params) => {
    const result = await parse(params);
    if (!sameLanguage(sourceLanguageOf(params.filePath, siteDir, result.frontMatter), 'fr')) return result;
    const frontMatter = {...result.frontMatter};
    for (const field of typesetFrontMatterFields) {
      const value = frontMatter[field];
      if (typeof value === 'string') frontMatter[field] = applyFrenchTypography(value);
    }
    return {...result, frontMatter};
  };
}
