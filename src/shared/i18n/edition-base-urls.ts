/**
 * The base URL of each edition of the site, used by the plugins that write server files for all
 * editions at once (redirects, nginx-config).
 */
import type {LoadContext} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';

/**
 * The base URL of each edition, the default one first. An edition's build sees its own base URL
 * (`/en/`) as the site's: the site's is found by removing the edition's path from it.
 */
export function editionBaseUrls({siteConfig, i18n}: Pick<LoadContext, 'siteConfig' | 'i18n'>): string[] {
  const pathOf = (locale: string) => i18n.localeConfigs[locale]?.path ?? locale;
  const current = `${pathOf(i18n.currentLocale)}/`;
  const siteBaseUrl =
    i18n.currentLocale === i18n.defaultLocale || !siteConfig.baseUrl.endsWith(current)
      ? siteConfig.baseUrl
      : siteConfig.baseUrl.slice(0, -current.length);
  return [i18n.defaultLocale, ...i18n.locales.filter((locale) => locale !== i18n.defaultLocale)].map((locale) =>
    locale === i18n.defaultLocale ? siteBaseUrl : normalizeUrl([siteBaseUrl, pathOf(locale), '/']),
  );
}

