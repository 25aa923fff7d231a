/**
 * This site, a vanilla Docusaurus (bench/vanilla-site.ts) and a vanilla Astro Starlight
 * (bench/starlight-site.ts), with the same pages and editions, built and measured in one run on the
 * same machine, each served by the same nginx (the kit's, src/features/nginx-kit/serve.ts: gzip, and brotli
 * when Debian's module is there):
 * - per type of page: first-load bytes (gzip 9, bench/page-weight.ts), requests, and script bytes;
 * - Lighthouse mobile (bench/lighthouse.ts), median of `runs` passes, on the home page, a guide page
 *   and a page outside the guide.
 *
 * Usage: npx tsx bench/compare-frameworks.ts [runs]   (default: 5), or npm run bench:frameworks
 */
import {mkdir, writeFile} from 'node:fs/promises';
import {cpus, totalmem} from 'node:os';
import path from 'node:path';
import {launchChromium} from '../src/shared/chromium';
import {startNginx} from '../src/features/nginx-kit/serve';
import {buildSite, projectRoot} from '../tests/support/build-site';
import {siteRoutes} from '../tests/support/built-site';
import {lighthouseHeader, lighthouseMedian, lighthouseRow} from './lighthouse';
import {kilobytes, measure, median, pageTypeOf, type Weight} from './page-weight';
import {pageTypeLabels, type PageType} from './budgets';
import {buildStarlightSite, starlightVersions} from './starlight-site';
import {writeVanillaSite} from './vanilla-site';

const outputRoot = path.join(projectRoot, 'bench', '.output', 'compare-frameworks');

/** The guide's pages, by slug; a site adds its own form of address (trailing slash or not). */
const guideSlugs = ['definition', 'caracteristiques', 'questions-des-collectivites', 'mise-en-pratique'];

interface Site {
  name: string;
  buildDir: string;
  /** The pages to weigh, by type. */
  routes: Array<{route: string; type: PageType}>;
  /** The pages Lighthouse runs on: home, a guide page, a page outside the guide. */
  lighthouse: string[];
}

/**
 * What the kit's server block includes from a build: for a build of another framework, its pages
 * by clean URL and its 404, without this site's headers (its inline scripts are not ours to hash).
 */
async function serveAnyBuild(buildDir: string): Promise<void> {
  await writeFile(path.join(buildDir, '_nginx-redirects.conf'), '');
  await writeFile(
    path.join(buildDir, '_nginx-site.conf'),
    [
      'location ^~ /assets/ { try_files $uri =404; }',
      'location / {',
      '    error_page 404 /404.html;',
      '    try_files $uri $uri.html $uri/index.html =404;',
      '}',
      '',
    ].join('\n'),
  );
}

function editionsOf(routes: (slug: string) => string): string[] {
  return [...guideSlugs.map(routes), ...guideSlugs.map((slug) => `/en${routes(slug)}`)];
}

async function sites(log: (line: string) => void): Promise<Site[]> {
  log('Ce site : construction…');
  const ours = path.join(outputRoot, 'ours');
  const built = await buildSite({outDir: ours});
  if (built.code !== 0) throw new Error(`Échec de la construction de ce site :\n${built.output.slice(-4000)}`);
  const ourRoutes = await Promise.all(
    [...siteRoutes(ours), '/404.html', '/en/404.html'].map(async (route) => ({
      route,
      type: route.endsWith('404.html') ? ('other' as const) : await pageTypeOf(ours, route),
    })),
  );

  log('Docusaurus nu : construction…');
  // The site's own pages only: no generated ones.
  const noExtraPages = path.join(outputRoot, 'no-extra-pages');
  await mkdir(noExtraPages, {recursive: true});
  const vanillaDir = await writeVanillaSite(path.join(outputRoot, 'vanilla-site'), noExtraPages);
  const vanilla = path.join(outputRoot, 'vanilla');
  const vanillaBuilt = await buildSite({siteDir: vanillaDir, outDir: vanilla});
  if (vanillaBuilt.code !== 0) throw new Error(`Échec de la construction de Docusaurus nu :\n${vanillaBuilt.output.slice(-4000)}`);
  await serveAnyBuild(vanilla);

  const starlight = await buildStarlightSite(path.join(outputRoot, 'starlight-site'), log);
  await serveAnyBuild(starlight);

  const typed = (type: PageType, routes: string[]) => routes.map((route) => ({route, type}));
  return [
    {name: 'ce site', buildDir: ours, routes: ourRoutes, lighthouse: ['/', '/definition', '/mentions-legales']},
    {
      name: 'Docusaurus 3.10 nu',
      buildDir: vanilla,
      // Vanilla has no home page of its own here: its docs are served at the root, as ours.
      routes: [
        ...typed(
          'guide',
          editionsOf((slug) => `/${slug}`),
        ),
        ...typed('other', ['/404.html', '/en/404.html']),
      ],
      lighthouse: ['/definition', '/404.html'],
    },
    {
      name: `Starlight ${starlightVersions.starlight}`,
      buildDir: starlight,
      routes: [
        ...typed('home', ['/', '/en/']),
        ...typed(
          'guide',
          editionsOf((slug) => `/${slug}/`),
        ),
        ...typed('other', ['/404.html']),
      ],
      lighthouse: ['/', '/definition/', '/404.html'],
    },
  ];
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? '5');
  const log = (line: string) => console.error(line);
  const all = await sites(log);
  const weightRows = [
    '| site | type de page | pages | requêtes | compressé (médiane) | compressé (max.) | scripts (max.) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const lighthouseRows = [...lighthouseHeader];
  const browser = await launchChromium();
  try {
    for (const site of all) {
      const server = await startNginx(site.buildDir);
      try {
        const byType = new Map<PageType, Weight[]>();
        for (const {route, type} of site.routes) {
          const weight = await measure(browser, site.buildDir, server.origin, route);
          byType.set(type, [...(byType.get(type) ?? []), weight]);
          log(`${site.name} ${route} : ${weight.requests} requêtes, ${kilobytes(weight.gzip)}, scripts ${kilobytes(weight.scriptGzip)}`);
        }
        for (const type of ['home', 'guide', 'outline', 'other'] as const) {
          const weights = byType.get(type);
          if (!weights) continue;
          const requests = weights.map((weight) => weight.requests);
          weightRows.push(
            `| ${site.name} | ${pageTypeLabels[type]} | ${weights.length} | ${Math.min(...requests)} à ${Math.max(...requests)} | ${kilobytes(median(weights.map((weight) => weight.gzip)))} | ${kilobytes(Math.max(...weights.map((weight) => weight.gzip)))} | ${kilobytes(Math.max(...weights.map((weight) => weight.scriptGzip)))} |`,
          );
        }
        for (const route of site.lighthouse) {
          lighthouseRows.push(lighthouseRow(site.name, route, await lighthouseMedian(`${server.origin}${route}`, runs)));
          log(lighthouseRows.at(-1)!);
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  console.log(
    [
      `Mesuré le ${new Date().toISOString().slice(0, 10)} : ${cpus().length} cœurs (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} Gio, Node.js ${process.version}, astro ${starlightVersions.astro}.`,
      '',
      ...weightRows,
      '',
      ...lighthouseRows,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
