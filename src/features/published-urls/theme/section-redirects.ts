/**
 * The old sections of one page (src/features/published-urls/redirects.json, through src/features/published-urls/site-redirects.ts),
 * for `<section-redirects>`: `{"old-id": "/base/page#new-id"}`, or undefined when it has none.
 */
import {sectionRedirects} from '@site/src/features/published-urls/site-redirects';

const allSections = sectionRedirects();

/** `pathname`: the page's address with the edition's base URL, as the router gives it. */
export function sectionRedirectsOf(pathname: string, baseUrl: string): Record<string, string> | undefined {
  const base = baseUrl.replace(/\/$/, '');
  const page = base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
  const result: Record<string, string> = {};
  for (const [from, to] of Object.entries(allSections)) {
    const [fromPage, section] = from.split('#') as [string, string];
    if (fromPage === page) result[section] = `${base}${to}`;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}
