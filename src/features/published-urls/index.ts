/**
 * Redirects plugin: writes the server-side redirects of src/features/published-urls/redirects.json into the build,
 * with the base URL: `_redirects` for GitLab Pages (and Netlify-like hosts), and
 * `_nginx-redirects.conf` for the nginx kit to include. Section redirects (`/page#section`) are
 * followed in the browser (client/section-redirects.ts): a server never sees the `#section`.
 *
 * A page's redirect holds in every edition: `/en/ancienne` leads to `/en/nouvelle` too. Servers
 * read these files at the root of the site only, so the default locale's build, which writes the
 * root, lists the redirects of every locale (the other locales' builds write none).
 */
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {pageRedirects, redirects, type Redirect} from './site-redirects';
import {editionBaseUrls} from '../../shared/i18n/edition-base-urls';

/**
 * `/ancienne /nouvelle 301`, one per line: the format GitLab Pages reads. Each old page also with a
 * trailing slash and as `.html`, the forms links to GitBook and to static sites were written in, as
 * the nginx rules below accept them.
 */
export function gitlabPagesRedirects(list: readonly Redirect[], baseUrls: string | readonly string[]): string {
  return [baseUrls]
    .flat()
    .flatMap((baseUrl) =>
      pageRedirects(list).flatMap(({from, to}) => {
        const source = normalizeUrl([baseUrl, from]);
        const target = normalizeUrl([baseUrl, to]);
        return [source, `${source}/`, `${source}.html`].map((variant) => `${variant} ${target} 301`);
      }),
    )
    .join('\n')
    .concat('\n');
}

/** One exact `location` per old page, answered with a 301 to the new one. */
export function nginxRedirects(list: readonly Redirect[], baseUrls: string | readonly string[]): string {
  const lines = [baseUrls].flat().flatMap((baseUrl) =>
    pageRedirects(list).map(({from, to}) => {
      const source = normalizeUrl([baseUrl, from]);
      // With or without a trailing slash or .html, as links to GitBook and static sites were written.
      return `location ~ ^${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/|\\.html)?$ { return 301 ${normalizeUrl([baseUrl, to])}$is_args$args; }`;
    }),
  );
  return `# Redirections du site, générées depuis src/features/published-urls/redirects.json à chaque construction.\n${lines.join('\n')}\n`;
}

/** Every page file's slug, of the guide and its translations: `file slug` lines, sorted. */
export function slugsOf(siteDir: string): string {
  const lines: string[] = [];
  for (const folder of ['docs', 'i18n']) {
    const dir = path.join(siteDir, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir, {recursive: true, encoding: 'utf8'})) {
      if (!/\.mdx?$/.test(file)) continue;
      const head = readFileSync(path.join(dir, file), 'utf8').slice(0, 4096);
      const slug = /^slug:\s*(.+)$/m.exec(head)?.[1]?.trim();
      if (slug) lines.push(`${folder}/${file} ${slug}`);
    }
  }
  return lines.sort().join('\n');
}

export default function redirectsPlugin(context: LoadContext): Plugin {
  // A page's links to other pages are resolved to their addresses when the page is compiled, and
  // the bundler's persistent cache keeps that compiled page: after another page's slug changed, a
  // build from the cache would keep the old address (and stop on a broken link). The cache's version
  // follows the slugs: a slug change makes the next build a fresh one.
  const slugsVersion = createHash('sha256').update(slugsOf(context.siteDir)).digest('hex').slice(0, 12);
  return {
    name: 'redirects',
    // Its island: an old section's address leads to its new place (client/section-redirects.ts).
    getClientModules() {
      return [path.join(__dirname, 'client', 'section-redirects.ts')];
    },
    configureWebpack(config) {
      const cache = (config as {experiments?: {cache?: {version?: string}}}).experiments?.cache;
      if (!cache || typeof cache !== 'object' || cache.version === undefined) return {};
      return {experiments: {cache: {...cache, version: `${cache.version}-adresses-${slugsVersion}`}}} as never;
    },
    async postBuild({outDir}) {
      if (context.i18n.currentLocale !== context.i18n.defaultLocale) return;
      const baseUrls = editionBaseUrls(context);
      await writeFile(path.join(outDir, '_redirects'), gitlabPagesRedirects(redirects, baseUrls));
      await writeFile(path.join(outDir, '_nginx-redirects.conf'), nginxRedirects(redirects, baseUrls));
    },
  };
}
