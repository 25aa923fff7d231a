/**
 * The state of each page's translation, from the sources, by the rule `npm run i18n:check` applies
 * (src/features/translations/status.ts): what the English edition must say of each page.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {translationReport, type TranslationState} from '../../src/features/translations/status';

/** French route (`/definition`) → the state of its translation in `locale`. */
export function translationStates(siteDir: string, locale: string): Map<string, TranslationState> {
  const states = new Map<string, TranslationState>();
  for (const page of translationReport(siteDir, locale).pages) {
    const [folder, ...rest] = page.source.startsWith('src/pages/') ? ['src/pages', page.source.slice('src/pages/'.length)] : page.source.split('/');
    const relative = rest.join('/');
    // The guide is published at the site's root (routeBasePath '/'); a page's slug is its address.
    const slug = folder === 'docs' ? (matter(readFileSync(path.join(siteDir, page.source), 'utf8')).data.slug as unknown) : undefined;
    const route = typeof slug === 'string' ? slug : `/${relative.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}`;
    states.set(route, page.state);
  }
  return states;
}
