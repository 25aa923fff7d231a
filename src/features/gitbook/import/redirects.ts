/**
 * The old addresses of an imported space, added to the site's redirects (src/features/published-urls/redirects.json),
 * where the build turns them into server redirects and `npm run urls:check` checks that each leads
 * to a page: `.gitbook.yaml`'s redirects, and each page's address on GitBook (its path in the
 * export) when the site publishes it elsewhere. An address already redirected, or that is a page
 * of the site, is left alone. A phase of its own, after the pages are written.
 */
import {existsSync} from 'node:fs';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Redirect} from '../../published-urls/public';
import type {AnalysedSpace} from './analyse';
import type {ImportOptions} from './options';
import type {PlannedSpace} from './plan';
import type {Space} from './read';
import type {ImportProblem} from './report-types';

export type {Redirect} from '../../published-urls/public';

interface RedirectsFile {
  $comment?: string;
  redirects: Redirect[];
}

/** One redirect per line, as the file is written by hand: a diff shows each added address. */
export function redirectsText(file: RedirectsFile): string {
  const lines = file.redirects.map((redirect) => `    ${JSON.stringify(redirect).replace(/","/g, '", "').replace(/":"/g, '": "')}`);
  return `{\n${file.$comment === undefined ? '' : `  "$comment": ${JSON.stringify(file.$comment)},\n`}  "redirects": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

/** Adds the new redirects; returns those added. `routes`: the site's pages, which no redirect may hide. */
export async function addRedirects(siteDir: string, wanted: readonly Redirect[], routes: ReadonlySet<string>, dryRun: boolean): Promise<Redirect[]> {
  const file = path.join(siteDir, 'src', 'features', 'published-urls', 'redirects.json');
  const content: RedirectsFile = existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as RedirectsFile) : {redirects: []};
  const known = new Set(content.redirects.map((redirect) => redirect.from));
  const added: Redirect[] = [];
  for (const redirect of wanted) {
    if (known.has(redirect.from) || routes.has(redirect.from) || redirect.from === redirect.to) continue;
    known.add(redirect.from);
    added.push(redirect);
  }
  if (added.length > 0 && !dryRun) {
    content.redirects.push(...added);
    await mkdir(path.dirname(file), {recursive: true});
    await writeFile(file, redirectsText(content));
  }
  return added;
}

const isAddress = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

/** Where `.gitbook.yaml` redirects an old path of the space: the export path (or the address) it leads to now. */
export function redirectTarget(space: Space, oldPath: string): string | undefined {
  const target = space.redirects.get(oldPath);
  if (!target || isAddress(target)) return target;
  const clean = target.replace(/^\.\//, '').replace(/^\/+/, '');
  return [clean, `${clean}.md`, `${clean.replace(/\/$/, '')}/README.md`].find((candidate) => space.files.has(candidate)) ?? clean;
}

/** The space's old addresses that lead to an imported page, and those that lead elsewhere (for a person). */
export function oldAddresses(space: Space, analysed: AnalysedSpace): {redirects: Redirect[]; problems: ImportProblem[]} {
  const slugOf = new Map(analysed.pages.map(({page}) => [page.source, page.slug]));
  const redirects: Redirect[] = [];
  const problems: ImportProblem[] = [];
  for (const [from, target] of space.redirects) {
    const resolved = redirectTarget(space, from);
    const to = resolved && (isAddress(resolved) ? undefined : slugOf.get(resolved));
    if (to) redirects.push({from: `/${from}`, to, why: `GitBook (.gitbook.yaml) : ${from} → ${target}`});
    else
      problems.push({
        source: '.gitbook.yaml',
        message: `redirection « ${from} » vers « ${target} », qui n’est pas une page importée : ajoutez-la à src/features/published-urls/redirects.json si cette adresse a été publiée.`,
      });
  }
  for (const {page} of analysed.pages) {
    const gitbookPath = page.source
      .replace(/\.md$/i, '')
      .replace(/(^|\/)README$/i, '')
      .replace(/\/$/, '');
    if (gitbookPath !== '' && /^[a-z0-9/_.-]+$/i.test(gitbookPath) && `/${gitbookPath}` !== page.slug) {
      redirects.push({from: `/${gitbookPath}`, to: page.slug, why: `GitBook : page « ${page.label.trim()} »`});
    }
  }
  return {redirects, problems};
}

/** Fifth phase, after the writing: the old addresses added to the site's redirects. */
export async function redirectOldAddresses(
  space: Space,
  plan: PlannedSpace,
  analysed: AnalysedSpace,
  options: ImportOptions,
): Promise<{redirects: Redirect[]; problems: ImportProblem[]}> {
  const {redirects, problems} = oldAddresses(space, analysed);
  const routes = new Set([...plan.site.slugs, ...analysed.pages.map(({page}) => page.slug)]);
  return {redirects: await addRedirects(path.dirname(options.docsRoot), redirects, routes, Boolean(options.dryRun)), problems};
}
