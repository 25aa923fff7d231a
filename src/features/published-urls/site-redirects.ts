/**
 * The site's redirects (the list is src/features/published-urls/redirects.json): old addresses → where their content
 * is now. Pure, for the build plugin, the browser and the URL check alike. A `from` with a `#section`
 * is followed in the browser, since servers never see the part after `#`.
 */
import list from './redirects.json';

export interface Redirect {
  from: string;
  to: string;
  /** Why the old address exists: for the people who maintain the list. */
  why?: string;
}

export const redirects: readonly Redirect[] = list.redirects;

/** Redirects of whole pages, which servers answer with a 301. */
export function pageRedirects(all: readonly Redirect[] = redirects): Redirect[] {
  return all.filter((redirect) => !redirect.from.includes('#'));
}

/**
 * Redirects of sections, for the browser, keyed `page#section`: the old page, and the page a reader
 * lands on once the server has redirected the old page (browsers keep the `#section` through a 301).
 */
export function sectionRedirects(all: readonly Redirect[] = redirects): Record<string, string> {
  const pageTarget = new Map(pageRedirects(all).map(({from, to}) => [from, to.split('#')[0]!]));
  const result: Record<string, string> = {};
  for (const {from, to} of all.filter((redirect) => redirect.from.includes('#'))) {
    const [page, section] = from.split('#') as [string, string];
    result[`${page}#${section}`] = to;
    const landing = pageTarget.get(page);
    if (landing) result[`${landing}#${section}`] = to;
  }
  return result;
}
