/**
 * Update feed plugin: after the build, writes `mises-a-jour.atom`, an Atom feed of the guide's new
 * pages and substantive edits, from git history, for intranet portals that subscribe to it.
 *
 * Pages, titles, descriptions and permalinks come from the docs plugin (partials and templates,
 * `_nom`, are not pages there); their history from one `git log` over the docs folders.
 * What history is unknown gives no entry, never a wrong date (as « Dernière mise à jour »,
 * src/shared/settings/git-history.ts):
 * - complete history: every page's addition and its later non-minor commits;
 * - shallow clone: only the commits whose parent is known (history.ts, `pageUpdates`); with
 *   `--depth 1`, none;
 * - no git (a copy of the site, an export): no entry.
 * The feed is valid in every case: without entries, its `updated` is the last commit's date, or
 * without git the build's time (when the document was made, so not a wrong date).
 */
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent} from '@docusaurus/plugin-content-docs';
import {aliasedSitePathToRelativePath, normalizeUrl, posixPath} from '@docusaurus/utils';
import {gitHistory} from '../../shared/settings/git-history';
import {readSiteSettings} from '../../shared/settings/site';
import {siteTexts} from '../../shared/i18n/site-texts';
import {atomFeed, feedEntries, feedId, type FeedPage, type FeedSettings} from './atom';
import {headCommitDate, pageUpdates, parseGitLog, readGitLog} from './history';
import {updateFeedFile} from '../../shared/update-feed-file';

/** The feed's file, at the root of the build (src/shared/update-feed-file.ts). */
export {updateFeedFile};

/** The newest entries the feed keeps. */
const entryLimit = 50;

export default function updateFeedPlugin(context: LoadContext): Plugin {
  const {siteDir, siteConfig, baseUrl, i18n} = context;
  // Each edition has its feed, in its folder: the English pages' updates at /en/mises-a-jour.atom.
  const texts = siteTexts(i18n.currentLocale).feed;
  let pages = new Map<string, FeedPage & {permalink: string}>();
  let pathspecs: string[] = [];

  return {
    name: 'update-feed',

    allContentLoaded({allContent}) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as LoadedContent | undefined;
      const versions = docs?.loadedVersions ?? [];
      pages = new Map(
        versions.flatMap((version) =>
          version.docs
            .filter((doc) => !doc.unlisted)
            .map((doc): [string, FeedPage & {permalink: string}] => [
              aliasedSitePathToRelativePath(doc.source),
              {title: doc.title, description: doc.description, permalink: doc.permalink, url: normalizeUrl([siteConfig.url, doc.permalink])},
            ]),
        ),
      );
      pathspecs = [...new Set(versions.flatMap((version) => [version.contentPath, version.contentPathLocalized].filter((dir): dir is string => !!dir)))].map(
        (dir) => posixPath(path.relative(siteDir, dir)) || '.',
      );
    },

    async postBuild({outDir, routesPaths}) {
      const started = Date.now();
      // Only pages the build wrote: an entry always leads to a page.
      const routes = new Set(routesPaths);
      const built = new Map([...pages].filter(([, page]) => routes.has(page.permalink)));
      const history = gitHistory(siteDir);
      const log = history === 'none' ? undefined : readGitLog(siteDir, pathspecs);
      const updates = log === undefined ? [] : pageUpdates(parseGitLog(log), built.keys(), {shallow: history === 'shallow'});
      const publisher = readSiteSettings().publisher;
      const homeUrl = normalizeUrl([siteConfig.url, baseUrl]);
      const settings: FeedSettings = {
        language: i18n.currentLocale,
        id: feedId(i18n.currentLocale),
        labels: texts,
        title: texts.title,
        subtitle: texts.subtitle,
        homeUrl,
        feedUrl: normalizeUrl([siteConfig.url, baseUrl, updateFeedFile]),
        author: {name: `${publisher.team}, ${publisher.name}`, uri: homeUrl},
        rights: siteTexts(i18n.currentLocale).licenceName,
        updatedWithoutEntries: new Date(headCommitDate(siteDir) ?? Date.now()),
        limit: entryLimit,
      };
      const entries = feedEntries(updates, built, settings);
      await writeFile(path.join(outDir, updateFeedFile), atomFeed(entries, settings), 'utf8');
      const known = {complete: 'historique git complet', shallow: 'clone superficiel, commits connus seulement', none: 'sans git'}[history];
      console.log(`[update-feed] ${entries.length} entrées (${known}) écrites dans ${updateFeedFile} en ${Date.now() - started} ms`);
    },
  };
}
