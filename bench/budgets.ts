/**
 * Page-weight budgets: what a page's first load may weigh, compressed (gzip level 9, every file
 * counted once, bench/page-weight.ts), by type of page, and what it may run before the reader does
 * anything. tests/browser/page-weight.test.ts holds every page of both editions to them. Pages ship
 * no React runtime (src/features/islands): HTML, the site's CSS and the islands module. Figures and
 * the comparison with vanilla Docusaurus and Starlight: bench/RESULTS.md. Lower them when a change
 * makes pages lighter; raise them only with a reason written in the commit.
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
  home: kilobytes(30),
  guide: kilobytes(35),
  outline: kilobytes(40),
  other: kilobytes(40),
};

/** The scripts a page loads before any interaction, compressed, whatever its type. */
export const scriptBudget = kilobytes(8);
