/**
 * The three levels a French accessibility statement may claim (RGAA 4.1), with their French labels.
 * Apart from the deployment settings (src/shared/settings/site.ts), which read the environment and
 * stay on the Node side: the pages' components need only these words.
 */
export const accessibilityStatuses = {
  'non-conforme': 'non conforme',
  'partiellement-conforme': 'partiellement conforme',
  'totalement-conforme': 'totalement conforme',
} as const;
export type AccessibilityStatus = keyof typeof accessibilityStatuses;
