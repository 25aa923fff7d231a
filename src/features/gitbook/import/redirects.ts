/**
 * The old addresses of an imported space, added to the site's redirects (src/features/published-urls/redirects.json),
 * where the build turns them into server redirects and `npm run urls:check` checks that each leads
 * to a page. An address already redirected, or that is a page of the site, is left alone.
 */
import {existsSync} from 'node:fs';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Redirect} from '../../published-urls/public';

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
