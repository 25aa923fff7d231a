/**
 * The site's locales, and the texts that docusaurus.config.ts and the build plugins write in each:
 * the site's title, the navbar, the footer, the feed. Docusaurus loads the configuration once per
 * locale, so each value is picked here rather than translated in i18n/<locale>/*.json: one place to
 * translate what is not a page or a component label (those are in i18n/<locale>/code.json).
 */
import {accessibilityStatuses, type AccessibilityStatus} from './accessibility-statuses';

/** French first: the default locale, served at the site's root; English under /en/. */
export const siteLocales = ['fr', 'en'] as const;
export type SiteLocale = (typeof siteLocales)[number];
export const defaultLocale: SiteLocale = 'fr';

/** The `lang` of each locale's pages; British English, the usage of the European institutions. */
export const htmlLangs: Record<SiteLocale, string> = {fr: 'fr-FR', en: 'en-GB'};

export interface SiteTexts {
  title: string;
  tagline: string;
  guideLabel: string;
  /** The sentence that ends every page: publisher and licences. `{licence}` is the licence's link. */
  copyright: string;
  licenceName: string;
  accessibilityStatuses: Record<AccessibilityStatus, string>;
  /** Footer link to the accessibility statement, with the compliance it claims, as the law asks. */
  accessibilityFooterLabel: (status: string) => string;
  pages: {
    accessibility: string;
    legalNotice: string;
    privacy: string;
    siteMap: string;
    linking: string;
    linkingFooter: string;
    /** Footer link to CONTACT_EMAIL or CONTACT_URL, when the deployment gives one. */
    contact: string;
  };
  feed: {title: string; subtitle: string; footerLabel: string; newPage: string; updatedPage: string; change: string};
  /** The whole guide as one PDF (src/features/pdf): its cover, contents, running heads and download link. */
  guidePdf: {
    /** Document title, in the PDF's metadata and the reader's window. */
    documentTitle: string;
    /** Footer link of every page, with the file's real size. */
    downloadLabel: (size: string) => string;
    contents: string;
    /** Cover: the date of the most recent page change. */
    edition: (date: string) => string;
    publisher: (team: string, publisher: string) => string;
    licence: (licence: string) => string;
    onlineAt: string;
    /** After an internal link, for readers of the printed copy. */
    pageReference: (page: string) => string;
    /** Running foot: « Page 3 sur 12 ». */
    pageCounter: {before: string; between: string};
  };
}

const texts: Record<SiteLocale, SiteTexts> = {
  fr: {
    title: 'Communs numériques',
    tagline: 'Les communs numériques expliqués aux collectivités territoriales, par l’Incubateur des Territoires',
    guideLabel: 'Le guide',
    copyright: '{team}, {publisher}. Textes sous {licence}\u202f; code sous licence MIT.',
    licenceName: 'Licence Ouverte 2.0 (Etalab)',
    // The French labels are those of the statuses themselves (accessibility-statuses.ts).
    accessibilityStatuses,
    accessibilityFooterLabel: (status) => `Accessibilité\u00a0: ${status}`,
    pages: {
      accessibility: 'Déclaration d’accessibilité',
      legalNotice: 'Mentions légales',
      privacy: 'Données personnelles',
      siteMap: 'Plan du site',
      linking: 'Faire un lien vers ce guide',
      linkingFooter: 'Faire un lien',
      contact: 'Contact',
    },
    feed: {
      title: 'Communs numériques\u00a0: mises à jour du guide',
      subtitle: 'Les nouvelles pages du guide des communs numériques et leurs modifications importantes.',
      footerLabel: 'Mises à jour (flux Atom)',
      newPage: 'Nouvelle page',
      updatedPage: 'Page mise à jour',
      change: 'Modification',
    },
    guidePdf: {
      documentTitle: 'Communs numériques\u00a0: le guide pour les collectivités territoriales',
      downloadLabel: (size) => `Télécharger le guide (PDF, ${size})`,
      contents: 'Sommaire',
      edition: (date) => `Version du ${date}`,
      publisher: (team, publisher) => `${team}, ${publisher}`,
      licence: (licence) => `Textes sous ${licence}`,
      onlineAt: 'Ce guide est en ligne, à jour, à l’adresse',
      pageReference: (page) => `p.\u00a0${page}`,
      pageCounter: {before: 'Page ', between: ' sur '},
    },
  },
  en: {
    title: 'Digital Commons',
    tagline: 'Digital commons explained to French local authorities, by the Incubateur des Territoires',
    guideLabel: 'The guide',
    copyright: '{team}, {publisher}. Texts under {licence}; code under the MIT licence.',
    licenceName: 'Open Licence 2.0 (Etalab)',
    accessibilityStatuses: {
      'non-conforme': 'not compliant',
      'partiellement-conforme': 'partially compliant',
      'totalement-conforme': 'fully compliant',
    },
    accessibilityFooterLabel: (status) => `Accessibility: ${status}`,
    pages: {
      accessibility: 'Accessibility statement',
      legalNotice: 'Legal notice',
      privacy: 'Personal data',
      siteMap: 'Site map',
      linking: 'Linking to this guide',
      linkingFooter: 'Link to this guide',
      contact: 'Contact',
    },
    feed: {
      title: 'Digital Commons: guide updates',
      subtitle: 'New pages of the guide to digital commons and their significant changes.',
      footerLabel: 'Updates (Atom feed)',
      newPage: 'New page',
      updatedPage: 'Updated page',
      change: 'Change (in French)',
    },
    guidePdf: {
      documentTitle: 'Digital Commons: the guide for French local authorities',
      downloadLabel: (size) => `Download the guide (PDF, ${size})`,
      contents: 'Contents',
      edition: (date) => `Version of ${date}`,
      publisher: (team, publisher) => `${team}, ${publisher}`,
      licence: (licence) => `Texts under the ${licence}`,
      onlineAt: 'This guide is online, kept up to date, at',
      pageReference: (page) => `p.\u00a0${page}`,
      pageCounter: {before: 'Page ', between: ' of '},
    },
  },
};

export function isSiteLocale(locale: string): locale is SiteLocale {
  return (siteLocales as readonly string[]).includes(locale);
}

/** The texts of a locale; French for any locale the site does not have. */
export function siteTexts(locale: string): SiteTexts {
  return texts[isSiteLocale(locale) ? locale : defaultLocale];
}
