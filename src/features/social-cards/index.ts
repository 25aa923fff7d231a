/**
 * Social cards plugin: a PNG preview card per page, written after the build. Each page of the build
 * (guide, public pages, site map, search, 404) gets `img/cartes/<route>.png` (card-path.ts), with the
 * page's title (page-title.ts), the site's name and the publisher, in the colours of
 * src/css/tokens.css (render.ts); the pages point to it with `og:image` (theme/SiteMetadata).
 *
 * Cards are cached in `node_modules/.cache/social-cards/` (or the folder SOCIAL_CARDS_CACHE names,
 * relative to the site: a CI cache kept apart from node_modules), under a hash of what they show
 * (title, site's name, publisher, colours) and of the drawing's version (render.ts, satori, resvg,
 * the font): a rebuild only draws the cards whose title changed.
 *
 * A cached card costs next to nothing: the guide's titles come from the docs' metadata, not from
 * the built pages (only the few other routes are read), and the cached cards are copied in one
 * synchronous pass as soon as the hook starts. Docusaurus runs every plugin's `postBuild` at once,
 * and the pass over the built pages (src/features/built-pages) keeps the event loop busy for tens of
 * milliseconds per page: each `await` of a card waited behind it (measured at 1,000 pages: 61 ms
 * per cached card when each was read, hashed and copied with `await`s, 0.8 ms in one pass).
 */
import {createHash, randomUUID} from 'node:crypto';
import {constants, copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync} from 'node:fs';
import {rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {AllContent, LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {builtHtmlFile} from '../../shared/html-file';
import type {PublicSiteSettings} from '../../shared/settings/site';
import {cardPath, cardsDir} from './card-path';
import {cardTitle, docCardTitle, type TitleSite} from './page-title';
import {CardRenderer, templateVersion, tokenColors, type CardSite} from './render';

/** Cards drawn at the same time: satori lays out one while resvg and zlib finish others. */
const concurrency = 4;

/** A cached card not used for this long is deleted. */
const cacheLifetimeMs = 30 * 24 * 60 * 60 * 1000;

/** A page of the build and where its card goes, relative to the build folder. */
export interface Page {
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

/** The title of every doc of every docs plugin, by permalink (the route of its page). */
export function docTitlesOf(allContent: AllContent): Map<string, string> {
  const titles = new Map<string, string>();
  for (const content of Object.values(allContent['docusaurus-plugin-content-docs'] ?? {})) {
    for (const version of (content as DocsContent | undefined)?.loadedVersions ?? []) {
      for (const doc of version.docs) titles.set(doc.permalink, doc.title);
    }
  }
  return titles;
}

/** The card's name in the cache: a hash of everything the drawing depends on. */
export function cacheKey(site: CardSite, title: string): string {
  return createHash('sha256')
    .update(JSON.stringify([templateVersion, site, title]))
    .digest('hex')
    .slice(0, 32);
}

/** Deletes the cached cards that no build has used for a while (several sites may share the cache). */
function pruneCache(cacheDir: string): void {
  const now = Date.now();
  for (const name of readdirSync(cacheDir)) {
    const file = path.join(cacheDir, name);
    let mtimeMs = now;
    try {
      ({mtimeMs} = statSync(file));
    } catch {
      // Deleted meanwhile by another build sharing the cache.
    }
    if (now - mtimeMs > cacheLifetimeMs) rmSync(file, {force: true});
  }
}

/** A card to write: its page, its title, and its file in the cache. */
export interface Card extends Page {
  title: string;
  cached: string;
}

/**
 * Copies the cached cards into the build, synchronously; returns the cards the cache lacks. Two
 * system calls a card (the copy, then the cache file's date, which keeps it from being pruned):
 * well under a millisecond each.
 */
function copyCachedCards(cards: Card[], outDir: string): Card[] {
  const folders = new Set<string>();
  const missing: Card[] = [];
  const now = new Date();
  for (const card of cards) {
    const target = path.join(outDir, card.card);
    const folder = path.dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, {recursive: true});
      folders.add(folder);
    }
    try {
      // A copy-on-write clone where the file system has them, a copy elsewhere.
      copyFileSync(card.cached, target, constants.COPYFILE_FICLONE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      missing.push(card);
      continue;
    }
    try {
      utimesSync(card.cached, now, now);
    } catch {
      // A read-only cache, or one another build just pruned: the card is in the build all the same.
    }
  }
  return missing;
}

export default function socialCardsPlugin(context: LoadContext): Plugin {
  let docTitles = new Map<string, string>();
  return {
    name: 'social-cards',
    // Every page points to its card (og:image): theme/SiteMetadata.
    getThemePath() {
      return path.join(__dirname, 'theme');
    },
    allContentLoaded({allContent}) {
      docTitles = docTitlesOf(allContent);
    },
    async postBuild({outDir, routesPaths, siteConfig}) {
      const started = performance.now();
      const publisher = (siteConfig.customFields?.site as PublicSiteSettings | undefined)?.publisher.team;
      if (!publisher) {
        throw new Error('Cartes de partage : customFields.site.publisher.team (l’éditeur, src/shared/settings/site.ts) manque dans docusaurus.config.ts.');
      }
      // Everything up to the cached cards is synchronous: see the top of this file.
      const colors = tokenColors(readFileSync(path.join(context.siteDir, 'src', 'css', 'tokens.css'), 'utf8'));
      const site: CardSite = {siteName: siteConfig.title, publisher, colors};
      const titleSite: TitleSite = {title: siteConfig.title, tagline: siteConfig.tagline, titleDelimiter: siteConfig.titleDelimiter};
      const cacheDir = path.resolve(context.siteDir, process.env.SOCIAL_CARDS_CACHE || path.join('node_modules', '.cache', 'social-cards'));
      mkdirSync(cacheDir, {recursive: true});
      let pagesRead = 0;
      const cards = pagesOf(outDir, routesPaths, context.baseUrl).map((page): Card => {
        const docTitle = docTitles.get(page.route);
        let title: string;
        if (docTitle === undefined) {
          title = cardTitle(readFileSync(page.file, 'utf8'), titleSite);
          pagesRead += 1;
        } else {
          title = docCardTitle(docTitle, titleSite);
        }
        return {...page, title, cached: path.join(cacheDir, `${cacheKey(site, title)}.png`)};
      });
      const missing = copyCachedCards(cards, outDir);
      const renderer = new CardRenderer(site);
      await eachLimited(missing, concurrency, async (card) => {
        const png = await renderer.render(card.title);
        await writeFile(path.join(outDir, card.card), png);
        // Written under another name, then renamed: a build reading the cache never sees half a card.
        const partial = `${card.cached}.${randomUUID()}.tmp`;
        await writeFile(partial, png);
        await rename(partial, card.cached);
      });
      pruneCache(cacheDir);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `[social-cards] ${cards.length} cartes de partage dans ${path.relative(context.siteDir, path.join(outDir, cardsDir))} (${missing.length} dessinées, ${cards.length - missing.length} reprises du cache ; titres : ${cards.length - pagesRead} des docs, ${pagesRead} lus dans les pages) en ${seconds} s`,
      );
    },
  };
}
