/**
 * nginx kit: after each edition's build (a step of src/features/built-pages), writes `_nginx-site.conf` at the root of the
 * build, which the kit's server block (deploy/nginx/site.conf) includes: one `location` per edition
 * (its pages by clean URL, its own 404 page with status 404), hashed assets cached for a year, and
 * the security headers of headers.ts on every answer. Written from the HTML actually built, with the
 * site's base URL, so that it never drifts from the pages. Each edition's build rewrites it from
 * every page built so far: after `npm run build`, it covers both editions.
 */
import {readFile, readdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import type {PageStep} from '../../shared/built-html/page-steps';
import {normalizeUrl} from '@docusaurus/utils';
import {editionBaseUrls} from '../../shared/i18n/edition-base-urls';
import {inlineScriptHashes, securityHeaderLines} from './headers';

export const nginxSiteFile = '_nginx-site.conf';

/** The folder of the whole site: an edition other than the default one is built into `<root>/<locale>`. */
export function siteRootOf(context: Pick<LoadContext, 'outDir' | 'i18n'>): string {
  const {currentLocale, defaultLocale, localeConfigs} = context.i18n;
  if (currentLocale === defaultLocale) return context.outDir;
  const localePath = localeConfigs[currentLocale]?.path ?? currentLocale;
  return path.resolve(context.outDir, ...localePath.split('/').map(() => '..'));
}

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, {withFileTypes: true, recursive: true});
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}

/** The server block's part that depends on the build: locations, caching, headers. */
export function nginxSiteConfig(editionBaseUrls: readonly string[], scriptHashes: readonly string[]): string {
  const headers = securityHeaderLines(scriptHashes).map((line) => `    ${line}`);
  const withHeaders = (...lines: string[]) => [...lines.map((line) => `    ${line}`), ...headers].join('\n');
  const siteBaseUrl = editionBaseUrls[0]!;
  // Longest base URL first: nginx picks the longest matching prefix anyway; the order reads better.
  const editions = [...editionBaseUrls].sort((a, b) => b.length - a.length);
  return [
    '# Généré à chaque construction par src/features/nginx-kit : ne pas modifier à la main.',
    '# Inclus dans le bloc server de deploy/nginx/site.conf.',
    '',
    '# Sur toute réponse, redirections comprises (une location qui ajoute ses en-têtes les répète).',
    ...securityHeaderLines(scriptHashes),
    '',
    `# Scripts et feuilles de style nommés par leur contenu : gardés un an.`,
    `location ^~ ${normalizeUrl([siteBaseUrl, 'assets/'])} {`,
    withHeaders('add_header Cache-Control "public, max-age=31536000, immutable" always;', 'try_files $uri =404;'),
    '}',
    ...editions
      .filter((baseUrl) => baseUrl !== siteBaseUrl)
      .flatMap((baseUrl) => [
        `location ^~ ${normalizeUrl([baseUrl, 'assets/'])} {`,
        withHeaders('add_header Cache-Control "public, max-age=31536000, immutable" always;', 'try_files $uri =404;'),
        '}',
      ]),
    '',
    '# Pages : adresses sans .html, revalidées à chaque visite ; la 404 de chaque édition.',
    ...editions.flatMap((baseUrl) => [
      `location ${baseUrl} {`,
      withHeaders(
        'add_header Cache-Control "no-cache" always;',
        `error_page 404 ${normalizeUrl([baseUrl, '404.html'])};`,
        'try_files $uri $uri.html $uri/index.html =404;',
      ),
      '}',
    ]),
    '',
  ].join('\n');
}

/**
 * The kit's step of the pass over the built pages (src/features/built-pages), after the steps that
 * change them: the configuration, with the hashes of the inline scripts of every page built so far
 * (this edition's as they end up, and the other editions' already built).
 */
export function nginxConfigPageStep(context: LoadContext): PageStep {
  const hashes = new Set<string>();
  const seen = new Set<string>();
  return {
    name: 'nginx-kit',
    start() {
      hashes.clear();
      seen.clear();
    },
    page({file, html}) {
      seen.add(file);
      for (const hash of inlineScriptHashes(html)) hashes.add(hash);
    },
    async finish({outDir}) {
      const root = siteRootOf({outDir, i18n: context.i18n});
      // The other editions' pages, built before this one (and this edition's files that are no route).
      for (const file of await htmlFiles(root)) {
        if (seen.has(file)) continue;
        for (const hash of inlineScriptHashes(await readFile(file, 'utf8'))) hashes.add(hash);
      }
      await writeFile(path.join(root, nginxSiteFile), nginxSiteConfig(editionBaseUrls(context), [...hashes]));
    },
  };
}
