/** The kinds of Hint: GitBook's hint styles. Shared by the component and the GitBook remark plugin. */
export const hintTypes = ['info', 'warning', 'danger', 'success'] as const;
export type HintType = (typeof hintTypes)[number];

export function isHintType(value: unknown): value is HintType {
  return typeof value === 'string' && (hintTypes as readonly string[]).includes(value);
}
