/** The redirects list as the command-line tools read it: from the site folder they run in. */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Redirect} from '../../src/config/site-redirects';

export type {Redirect} from '../../src/config/site-redirects';

export const redirectsFile = path.join('src', 'config', 'redirects.json');

export function readRedirects(siteDir: string): Redirect[] {
  return (JSON.parse(readFileSync(path.join(siteDir, redirectsFile), 'utf8')) as {redirects: Redirect[]}).redirects;
}
