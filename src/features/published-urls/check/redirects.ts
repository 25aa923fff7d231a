/** The redirects list as the command-line tools read it: from the site folder they run in. */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Redirect} from '../site-redirects';

export type {Redirect} from '../site-redirects';

export const redirectsFile = path.join('src', 'features', 'published-urls', 'redirects.json');

export function readRedirects(siteDir: string): Redirect[] {
  return (JSON.parse(readFileSync(path.join(siteDir, redirectsFile), 'utf8')) as {redirects: Redirect[]}).redirects;
}
