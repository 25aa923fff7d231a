/**
 * What the site already has, that an import must leave alone: the addresses of its pages (and of
 * what its plugins and build publish), the names in the destination folder, the labels of its
 * categories, the last sidebar position there. What an earlier import of this space wrote (its
 * manifest's files) is the import's own, and is not counted.
 */
import {existsSync} from 'node:fs';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import {pluginRoutes, sitePageRoutes} from '../../published-urls/public';
import type {Manifest} from './manifest';
import {toPosix, type ImportOptions} from './options';
import {listFiles} from './read';

export interface ExistingSite {
  slugs: Set<string>;
  /** Top-level names in the destination not owned by this import. */
  names: Set<string>;
  /** Labels of the site's categories not owned by this import. */
  categoryLabels: string[];
  lastPosition: number;
}

type Owned = (absolute: string) => boolean;

/** The slugs and category labels of the site's docs, and the addresses its pages, plugins and build take. */
async function docsSlugs(options: ImportOptions, owned: Owned): Promise<{slugs: Set<string>; categoryLabels: string[]}> {
  const slugs = new Set<string>();
  const categoryLabels: string[] = [];
  for (const file of await listFiles(options.docsRoot)) {
    const absolute = path.join(options.docsRoot, file);
    if (path.posix.basename(file) === '_category_.json' && !owned(absolute)) {
      try {
        const label = (JSON.parse(await readFile(absolute, 'utf8')) as {label?: unknown}).label;
        if (typeof label === 'string') categoryLabels.push(label);
      } catch {
        // Not this import's file: the build says what is wrong with it.
      }
      continue;
    }
    if (!/\.mdx?$/.test(file) || owned(absolute)) continue;
    const slug = matter(await readFile(absolute, 'utf8')).data.slug;
    if (typeof slug === 'string') slugs.add(slug);
  }
  // The site's own addresses, which an imported page must not take: its pages (src/pages), the
  // routes and files its plugins add (src/features/published-urls/check/collect.ts), and what the build writes besides.
  for (const route of Object.keys(pluginRoutes)) slugs.add(route);
  for (const {route} of await sitePageRoutes(path.dirname(options.docsRoot))) slugs.add(route);
  for (const route of ['/index', '/404', '/search', '/assets', '/img', '/pagefind', '/sitemap']) slugs.add(route);
  return {slugs, categoryLabels};
}

/** The names the destination's other pages and folders take, and the last sidebar position among them. */
async function destinationNames(options: ImportOptions, owned: Owned): Promise<{names: Set<string>; lastPosition: number}> {
  const names = new Set<string>(['assets']);
  let lastPosition = 0;
  for (const entry of await readdir(options.dest, {withFileTypes: true}).catch(() => [])) {
    const absolute = path.join(options.dest, entry.name);
    if (entry.isFile() && /\.mdx?$/.test(entry.name) && !owned(absolute)) {
      names.add(entry.name.replace(/\.mdx?$/, ''));
      const position = matter(await readFile(absolute, 'utf8')).data.sidebar_position;
      if (typeof position === 'number') lastPosition = Math.max(lastPosition, position);
    } else if (entry.isDirectory() && entry.name !== 'assets') {
      const category = path.join(absolute, '_category_.json');
      if (owned(category)) continue;
      names.add(entry.name);
      if (existsSync(category)) {
        const position = (JSON.parse(await readFile(category, 'utf8')) as {position?: unknown}).position;
        if (typeof position === 'number') lastPosition = Math.max(lastPosition, position);
      }
    }
  }
  return {names, lastPosition};
}

export async function existingSite(options: ImportOptions, manifest: Manifest): Promise<ExistingSite> {
  const owned: Owned = (absolute) => toPosix(path.relative(options.dest, absolute)) in manifest.files;
  return {...(await docsSlugs(options, owned)), ...(await destinationNames(options, owned))};
}
