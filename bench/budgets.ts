/**
 * Page-weight budgets: what a page's first load may weigh, compressed (gzip level 9, every file
 * counted once, bench/page-weight.ts), by type of page. tests/browser/page-weight.test.ts holds
 * every page of both editions to them. They are the figures reached plus a little room; the goal
 * (120 KB) and what stands in its way are in bench/RESULTS.md. Lower them when a change makes pages
 * lighter; raise them only with a reason written in the commit.
 */
export type PageType = 'home' | 'guide' | 'outline' | 'other';

export const pageTypeLabels: Record<PageType, string> = {
  home: 'accueil',
  guide: 'page du guide',
  outline: 'plan du site',
  other: 'autre page (mentions, recherche…)',
};

const kilobytes = (value: number) => value * 1024;

export const firstLoadBudgets: Record<PageType, number> = {
  home: kilobytes(150),
  guide: kilobytes(172),
  outline: kilobytes(155),
  other: kilobytes(167),
};
