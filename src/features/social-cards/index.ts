/**
 * Social cards plugin: a PNG preview card per page, written after the build. Each page of the build
 * (guide, public pages, site map, search, 404) gets `img/cartes/<route>.png` (card-path.ts), with the
 * title read from its HTML, the site's name and the publisher, in the colours of src/css/tokens.css
 * (render.ts); the pages point to it with `og:image` (theme/SiteMetadata).
 *
 * Cards are cached in `node_modules/.cache/social-cards/` (or the folder SOCIAL_CARDS_CACHE names,
 * relative to the site: a CI cache kept apart from node_modules), by a hash of what they show and of
 * the drawing's version: a rebuild only draws the cards whose title changed.
 */
import {createHash, randomUUID} from 'node:crypto';
import {copyFile, mkdir, readFile, readdir, rename, rm, stat, utimes, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {builtHtmlFile} from '../../shared/html-file';
import type {PublicSiteSettings} from '../../shared/settings/site';
import {cardPath, cardsDir} from './card-path';
import {cardTitle} from './page-title';
import {CardRenderer, templateVersion, tokenColors} from './render';

/** Cards drawn at the same time: satori lays out one while resvg and zlib finish others. */
const concurrency = 4;

/** A cached card not used for this long is deleted. */
const cacheLifetimeMs = 30 * 24 * 60 * 60 * 1000;

interface Page {
  route: string;
  file: string;
  card: string;
}

/** The site's pages, each with its HTML file and its card; routes without HTML are left out. */
export function pagesOf(outDir: string, routesPaths: string[], baseUrl: string): Page[] {
  const pages = new Map<string, Page>();
  const cards = new Map<string, string>();
  for (const route of routesPaths) {
    const relative = decodeURIComponent(route.startsWith(baseUrl) ? route.slice(baseUrl.length) : route.replace(/^\//, ''));
    const file = builtHtmlFile(outDir, relative);
    if (!file || pages.has(file)) continue;
    const card = cardPath(relative);
    const other = cards.get(card);
    if (other !== undefined) {
      throw new Error(`Cartes de partage : les pages ${other} et ${route} auraient la même image (${card}). Changez l’adresse (slug) de l’une d’elles.`);
    }
    cards.set(card, route);
    pages.set(file, {route, file, card});
  }
  return [...pages.values()];
}

/** Runs `task` on every item, `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const item = items[next]!;
      next += 1;
      await task(item);
    }
  };
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, run));
}

/** Deletes the cached cards that no build has used for a while (several sites may share the cache). */
async function pruneCache(cacheDir: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(cacheDir)) {
    const file = path.join(cacheDir, name);
    const {mtimeMs} = await stat(file).catch(() => ({mtimeMs: now}));
    if (now - mtimeMs > cacheLifetimeMs) {
      await rm(file, {force: true});
    }
  }
}

export default function socialCardsPlugin(context: LoadContext): Plugin {
  return {
    name: 'social-cards',
    // Every page points to its card (og:image): theme/SiteMetadata.
    getThemePath() {
      return path.join(__dirname, 'theme');
    },
    async postBuild({outDir, routesPaths, siteConfig}) {
      const started = performance.now();
      const publisher = (siteConfig.customFields?.site as PublicSiteSettings | undefined)?.publisher.team;
      if (!publisher) {
        throw new Error('Cartes de partage : customFields.site.publisher.team (l’éditeur, src/shared/settings/site.ts) manque dans docusaurus.config.ts.');
      }
      const colors = tokenColors(await readFile(path.join(context.siteDir, 'src', 'css', 'tokens.css'), 'utf8'));
      const site = {siteName: siteConfig.title, publisher, colors};
      const renderer = new CardRenderer(site);
      const cacheDir = path.resolve(context.siteDir, process.env.SOCIAL_CARDS_CACHE || path.join('node_modules', '.cache', 'social-cards'));
      await mkdir(cacheDir, {recursive: true});
      const pages = pagesOf(outDir, routesPaths, context.baseUrl);
      const folders = new Map<string, Promise<unknown>>();
      let drawn = 0;
      await eachLimited(pages, concurrency, async (page) => {
        const title = cardTitle(await readFile(page.file, 'utf8'), siteConfig);
        const target = path.join(outDir, page.card);
        const folder = path.dirname(target);
        if (!folders.has(folder)) folders.set(folder, mkdir(folder, {recursive: true}));
        await folders.get(folder);
        const key = createHash('sha256')
          .update(JSON.stringify([templateVersion, site, title]))
          .digest('hex')
          .slice(0, 32);
        const cached = path.join(cacheDir, `${key}.png`);
        try {
          await copyFile(cached, target);
          const now = new Date();
          await utimes(cached, now, now).catch(() => undefined);
          return;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
        const png = await renderer.render(title);
        drawn += 1;
        await writeFile(target, png);
        // Written under another name, then renamed: a build reading the cache never sees half a card.
        const partial = `${cached}.${randomUUID()}.tmp`;
        await writeFile(partial, png);
        await rename(partial, cached);
      });
      await pruneCache(cacheDir);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `[social-cards] ${pages.length} cartes de partage dans ${path.relative(context.siteDir, path.join(outDir, cardsDir))} (${drawn} dessinées, ${pages.length - drawn} reprises du cache) en ${seconds} s`,
      );
    },
  };
}
