/**
 * The guide's plan, read from a built page's menu (Docusaurus's own sidebar): what the tests expect
 * the home page, the site map, the 404 page, the phone menu and the pagination to show, whatever
 * pages the guide has. A contributor's new page changes the plan, never the tests.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {JSDOM} from 'jsdom';
import {translatedLocales} from './built-site';

const hrefOf = (link: Element | null | undefined) => link?.getAttribute('href') ?? undefined;

/** The menu's entries: a page, or a part (its own page if it has one) with its entries. */
export interface PlanEntry {
  label: string;
  /** Its page, or for a part without a page of its own, its first page. */
  href: string;
  /** A part without a page of its own. */
  pageless: boolean;
  children: PlanEntry[];
}

function entriesOf(list: Element): PlanEntry[] {
  return [...list.children]
    .filter((item) => item.tagName === 'LI')
    .map((item) => {
      const link = item.querySelector(':scope > a.menu__link, :scope > div > a.menu__link')!;
      const sublist = item.querySelector(':scope > ul');
      return {
        label: (link.textContent ?? '').trim(),
        href: hrefOf(link)!,
        pageless: link.getAttribute('role') === 'button',
        children: sublist ? entriesOf(sublist) : [],
      };
    });
}

/** The menu of the guide, as one page shows it. */
export function guidePlan(document: Document): PlanEntry[] {
  const menu = document.querySelector('ul.theme-doc-sidebar-menu');
  if (!menu) throw new Error('Page sans menu du guide (.theme-doc-sidebar-menu)');
  return entriesOf(menu);
}

/** Two pages' menus put together: a part closed in one (no entries) is open in another. */
function mergeEntries(known: PlanEntry[], seen: PlanEntry[]): PlanEntry[] {
  if (known.length === 0) return seen;
  if (seen.length === 0) return known;
  return known.map((entry, index) => {
    const other = seen[index];
    if (!other || other.href !== entry.href) throw new Error(`Menus différents d’une page à l’autre : « ${entry.label} » contre « ${other?.label ?? 'rien'} »`);
    return {...entry, children: mergeEntries(entry.children, other.children)};
  });
}

/**
 * The whole menu of an edition's guide: each page's menu shows open the parts on its way (the others
 * by their name only), so the plan is every guide page's menu put together.
 */
export function guidePlanOf(editionDir: string): PlanEntry[] {
  const files = readdirSync(editionDir, {recursive: true, encoding: 'utf8'}).filter(
    (file) => file.endsWith('.html') && !translatedLocales.some((locale) => file.startsWith(`${locale}${path.sep}`)),
  );
  let plan: PlanEntry[] = [];
  for (const file of files) {
    const html = readFileSync(path.join(editionDir, file), 'utf8');
    if (html.includes('theme-doc-sidebar-menu')) plan = mergeEntries(plan, guidePlan(new JSDOM(html).window.document));
  }
  if (plan.length === 0) throw new Error(`Aucune page du guide (avec son menu) dans ${editionDir}`);
  return plan;
}

/** Every page of the plan, in reading order, once: what the site map lists and the pagination follows. */
export function planPages(plan: readonly PlanEntry[]): string[] {
  const pages: string[] = [];
  const walk = (entries: readonly PlanEntry[]) => {
    for (const entry of entries) {
      if (!entry.pageless && !pages.includes(entry.href)) pages.push(entry.href);
      walk(entry.children);
    }
  };
  walk(plan);
  return pages;
}

/** The top-level topics, each leading to its page or its first page: the 404 page and the phone menu. */
export function planTopics(plan: readonly PlanEntry[]): string[] {
  return plan.map((entry) => entry.href);
}

/** What the home page's « Par où commencer » links to: each topic's page, then each of its entries. */
export function planHomeLinks(plan: readonly PlanEntry[]): string[] {
  return plan.flatMap((entry) => [...(entry.pageless ? [] : [entry.href]), ...entry.children.map((child) => child.href)]);
}

/** The guide's pages in reading order, read from a build's menu. */
export function guidePages(buildDir: string): string[] {
  return planPages(guidePlanOf(buildDir));
}
