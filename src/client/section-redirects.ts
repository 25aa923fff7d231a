/**
 * Section redirects, in the browser: an old link to `/page#section` (a renamed heading, a section of
 * the original GitBook space) leads to where that section is now. Only where no element has the id:
 * a section that still exists is never redirected. The list is src/config/redirects.json.
 */
import siteConfig from '@generated/docusaurus.config';
import {sectionRedirects} from '../config/site-redirects';

const targets = sectionRedirects();

/** `/base/page` → `/page`, as the redirects list writes addresses. */
function withoutBase(pathname: string): string {
  const base = siteConfig.baseUrl.replace(/\/$/, '');
  return base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
}

export function onRouteDidUpdate({location}: {location: Location}): void {
  if (!location.hash) return;
  let section: string;
  try {
    section = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  if (document.getElementById(section)) return;
  const target = targets[`${withoutBase(location.pathname)}#${section}`];
  if (!target) return;
  const [page, newSection] = target.split('#') as [string, string | undefined];
  if (page === withoutBase(location.pathname)) {
    // The section moved within this page: no reload, only the address and the scroll.
    window.history.replaceState(window.history.state, '', newSection ? `#${newSection}` : location.pathname);
    if (newSection) document.getElementById(newSection)?.scrollIntoView();
    return;
  }
  window.location.replace(`${siteConfig.baseUrl.replace(/\/$/, '')}${target}`);
}
