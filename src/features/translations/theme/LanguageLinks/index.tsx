/**
 * LanguageLinks: links to the same page in the site's other editions (« English » on a French page,
 * « Français » on an English one), for the navbar and the phone menu. Plain links, not a dropdown:
 * with two languages one link is enough, and it works without JavaScript. In the browser, an island
 * (src/features/translations/client/language-links.ts) adds the query and the section (`#…`) being read:
 * slugs and heading ids are the same in every edition.
 */
import React, {type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';

export interface Edition {
  locale: string;
  /** The language's own name, e.g. « English ». */
  label: string;
  /** Its BCP 47 tag, for `lang` and `hreflang`. */
  lang: string;
  href: string;
}

/** The current page in every other edition. */
export function useOtherEditions(): Edition[] {
  const {
    i18n: {currentLocale, locales, localeConfigs},
  } = useDocusaurusContext();
  const alternatePages = useAlternatePageUtils();
  return locales
    .filter((locale) => locale !== currentLocale)
    .map((locale) => ({
      locale,
      label: localeConfigs[locale]?.label ?? locale,
      lang: localeConfigs[locale]?.htmlLang ?? locale,
      href: alternatePages.createUrl({locale, fullyQualified: false}),
    }));
}

export default function LanguageLinks({className}: {className?: string}): ReactNode {
  return useOtherEditions().map((edition) => (
    // A full page load: each edition is its own application.
    <a key={edition.locale} className={className} href={edition.href} hrefLang={edition.lang} lang={edition.lang} data-language-link="">
      {edition.label}
    </a>
  ));
}
