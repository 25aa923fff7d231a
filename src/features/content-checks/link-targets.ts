/**
 * Where a page's links lead, in one edition of the site, read from its sources as Docusaurus will
 * publish them: the page of a Markdown file (its translation in a translated edition, else the
 * French file), the page at an address (`/definition`), the ids of a page's headings, a file next
 * to the page (an image, a PDF), a file of static/. Read when first asked, kept for the build:
 * a site of thousands of pages reads each target once. The development server changes pages under
 * it: a page's ids are read again when its file changes, the addresses when one is not found.
 */
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import {pageHeadings, pluginRoutes, sitePageRoutes} from '../published-urls/public';
import {baseParser, parsableText} from '../../shared/markdown/content-source';

export interface LinkTargets {
  siteDir: string;
  locale: string;
  /** The file of the page a Markdown file's link leads to, in this edition; undefined when none. */
  pageFile(markdownFile: string): string | undefined;
  /** The file of the page published at an address of this edition (without its base URL). */
  fileOfRoute(route: string): Promise<string | undefined>;
  /** True when a route of this edition is a page, a plugin's page or a file of static/. */
  routeExists(route: string): Promise<boolean>;
  /** The ids of a page's headings, as Docusaurus gives them. */
  idsOf(file: string): Set<string>;
}

/**
 * The lines of a page that make its headings, each apart, to parse alone: ATX headings outside
 * fenced code. A whole page costs ~7 ms to parse, its headings a tenth of that, and a guide of
 * thousands of pages reads each linked page's ids. Undefined when the page may hold a heading this
 * reading would miss or invent (setext, in a quote, a list, indented code or an HTML block, in
 * HTML): the whole page is then parsed.
 */
export function headingLines(source: string): string | undefined {
  const body = source.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '');
  const lines: string[] = [];
  let fence: string | undefined;
  let previous = '';
  let inHtml = false;
  for (const line of body.split(/\r?\n/)) {
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence !== undefined) {
      if (fenceMark && fenceMark[1]![0] === fence[0] && fenceMark[1]!.length >= fence.length && fenceMark[2]!.trim() === '') fence = undefined;
      continue;
    }
    if (fenceMark) {
      fence = fenceMark[1]!;
      continue;
    }
    const blank = line.trim() === '';
    if (blank) inHtml = false;
    else if (previous.trim() === '' && /^\s{0,3}<[a-zA-Z/!?]/.test(line)) inHtml = true;
    const atx = /^\s{0,3}#{1,6}(?:\s|$)/.test(line);
    if (atx && inHtml) return undefined;
    if (atx) lines.push(line.trim());
    else if (/^\s*>\s*#|^\s*(?:[-*+]|\d+[.)])\s+#{1,6}(?:\s|$)|^\s{4,}#{1,6}\s|<h[1-6][\s>]/i.test(line)) return undefined;
    else if (previous.trim() !== '' && !/^\s{0,3}#/.test(previous) && /^\s{0,3}(?:=+|-+)\s*$/.test(line)) return undefined;
    previous = line;
  }
  return lines.join('\n\n');
}

const docsFolder = 'docs';
const translatedDocs = (locale: string) => path.join('i18n', locale, 'docusaurus-plugin-content-docs', 'current');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const cache = new Map<string, LinkTargets>();

/** The link targets of an edition: one per site folder and locale, for the whole build. */
export function linkTargets(siteDir: string, locale: string): LinkTargets {
  const key = `${siteDir}\0${locale}`;
  let targets = cache.get(key);
  if (!targets) cache.set(key, (targets = createLinkTargets(siteDir, locale)));
  return targets;
}

function createLinkTargets(siteDir: string, locale: string): LinkTargets {
  const docsDir = path.join(siteDir, docsFolder);
  const translatedDir = locale === 'fr' ? undefined : path.join(siteDir, translatedDocs(locale));
  const ids = new Map<string, {changed: number; ids: Set<string>}>();
  let routes: Promise<Map<string, string | undefined>> | undefined;

  /** The French file a docs file stands for (a translation's source), relative to docs/. */
  const docsRelative = (file: string): string | undefined => {
    for (const dir of [docsDir, translatedDir].filter(Boolean) as string[]) {
      const relative = path.relative(dir, file);
      if (!relative.startsWith('..') && !path.isAbsolute(relative)) return relative;
    }
    return undefined;
  };

  const pageFile = (markdownFile: string): string | undefined => {
    const relative = docsRelative(markdownFile);
    if (relative === undefined) return existsSync(markdownFile) ? markdownFile : undefined;
    const translation = translatedDir ? path.join(translatedDir, relative) : undefined;
    if (translation && existsSync(translation)) return translation;
    const french = path.join(docsDir, relative);
    return existsSync(french) ? french : undefined;
  };

  /** Route → the file that publishes it (undefined for a plugin's page): read once, when first asked. */
  const routeIndex = () =>
    (routes ??= (async () => {
      const index = new Map<string, string | undefined>();
      for (const route of Object.keys(pluginRoutes)) index.set(route, undefined);
      for (const french of filesUnder(docsDir)) {
        if (
          path
            .relative(docsDir, french)
            .split(path.sep)
            .some((segment) => segment.startsWith('_'))
        )
          continue;
        const file = pageFile(french) ?? french;
        const slug: unknown = (() => {
          try {
            return matter(readFileSync(file, 'utf8')).data.slug;
          } catch {
            return undefined;
          }
        })();
        if (typeof slug === 'string') index.set(slug, file);
      }
      for (const {file, route} of await sitePageRoutes(siteDir)) index.set(route, file);
      return index;
    })());

  return {
    siteDir,
    locale,
    pageFile,
    async fileOfRoute(route) {
      if (!(await routeIndex()).has(route)) routes = undefined;
      return (await routeIndex()).get(route);
    },
    async routeExists(route) {
      if ((await routeIndex()).has(route)) return true;
      // Read again: a page added or moved since (the development server).
      routes = undefined;
      if ((await routeIndex()).has(route)) return true;
      // A file of static/ (an image, a PDF), published as it is.
      const relative = decodeURIComponent(route).replace(/^\/+/, '');
      return relative !== '' && existsSync(path.join(siteDir, 'static', relative));
    },
    idsOf(file) {
      const changed = statSync(file).mtimeMs;
      let found = ids.get(file)?.changed === changed ? ids.get(file)!.ids : undefined;
      if (!found) {
        const source = readFileSync(file, 'utf8');
        const mdx = file.endsWith('.mdx');
        let headings: ReturnType<typeof pageHeadings> = [];
        try {
          const fast = mdx ? undefined : headingLines(source);
          headings = pageHeadings(baseParser(mdx).parse(fast ?? parsableText(source, mdx)));
        } catch {
          // An unreadable page: its own build says why.
        }
        found = new Set(headings.map((heading) => heading.id));
        ids.set(file, {changed, ids: found});
      }
      return found;
    },
  };
}
