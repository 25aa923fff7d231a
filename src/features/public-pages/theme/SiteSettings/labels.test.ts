import {describe, expect, it} from 'vitest';
import {accessibilityStatuses, type AccessibilityStatus} from '@site/src/shared/i18n/accessibility-statuses';
import {siteTexts} from '@site/src/shared/i18n/site-texts';
import {accessibilityStatusLabel, formatDate, formatFrenchDate} from './labels';

const statuses = Object.keys(accessibilityStatuses) as AccessibilityStatus[];

describe('SiteSettings', () => {
  it('nomme chaque état de conformité en français comme src/shared/settings/site.ts, et comme le pied de page dans chaque langue', () => {
    for (const status of statuses) {
      expect(accessibilityStatusLabel(status, 'fr')).toBe(accessibilityStatuses[status]);
      expect(accessibilityStatusLabel(status, 'en')).toBe(siteTexts('en').accessibilityStatuses[status]);
    }
    expect(accessibilityStatusLabel('non-conforme', 'en')).toBe('not compliant');
  });

  it('écrit les dates dans la langue de l’édition lue', () => {
    expect(formatFrenchDate('2026-11-22')).toBe('22 novembre 2026');
    expect(formatDate('2026-03-05', 'fr-FR')).toBe('5 mars 2026');
    expect(formatDate('2026-11-22', 'en-GB')).toBe('22 November 2026');
  });
});
