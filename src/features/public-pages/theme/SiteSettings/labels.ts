/**
 * SiteSettings' words that need no React context: the compliance levels' labels and the dates of
 * the settings, in a given locale. Shown by the components of index.tsx.
 */
import type {AccessibilityStatus} from '@site/src/shared/i18n/accessibility-statuses';
import {siteTexts} from '@site/src/shared/i18n/site-texts';

/**
 * The label of a compliance level in a locale (« non conforme », “not compliant”): the one the
 * footer shows (src/shared/i18n/site-texts.ts), so that the footer and the statement always agree.
 */
export function accessibilityStatusLabel(status: AccessibilityStatus, locale: string): string {
  return siteTexts(locale).accessibilityStatuses[status];
}

/** A date of the settings (ISO, AAAA-MM-JJ) in a language's long form: « 22 novembre 2026 », “22 November 2026”. */
export function formatDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A date of the settings, written the French way: « 22 novembre 2026 ». */
export function formatFrenchDate(isoDate: string): string {
  return formatDate(isoDate, 'fr-FR');
}
