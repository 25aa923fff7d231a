/**
 * The update feed as Atom 1.0 (RFC 4287), written by the `feed` package: entries from the pages'
 * updates, the feed's own elements around them. Pure: given pages, updates and settings.
 */
import {createHash} from 'node:crypto';
import {Feed} from 'feed';
import type {PageUpdate} from './history';
// Atom's `title` and `summary` are written as `type="html"`: HTML made safe, then XML made safe.
import {escapeHtml} from '../../shared/built-html/escape';

/** What an entry says of a page: from the docs plugin, so titles and permalinks are the site's. */
export interface FeedPage {
  title: string;
  description: string;
  /** Absolute URL of the page. */
  url: string;
}

/** The words an entry is written with, in the feed's language. */
export interface FeedLabels {
  newPage: string;
  updatedPage: string;
  /** Before the reader's note of a change, which is always in French (CONTRIBUTING.md). */
  change: string;
}

export const frenchFeedLabels: FeedLabels = {newPage: 'Nouvelle page', updatedPage: 'Page mise à jour', change: 'Modification'};

export interface FeedSettings {
  /** The feed's language (`xml:lang`), a BCP 47 tag. */
  language: string;
  /** Its id (see {@link feedId}). */
  id: string;
  labels: FeedLabels;
  title: string;
  subtitle: string;
  /** Absolute URL of the home page: the feed's id and its `alternate` link. */
  homeUrl: string;
  /** Absolute URL of the feed itself: its `self` link. */
  feedUrl: string;
  author: {name: string; uri?: string};
  rights: string;
  /** The feed's `updated` when it has no entry (see index.ts); otherwise its newest entry's date. */
  updatedWithoutEntries: Date;
  /** At most this many entries, the newest. */
  limit: number;
}

export interface FeedEntry {
  id: string;
  title: string;
  /** Absolute URL of the page. */
  link: string;
  /** HTML, as Atom's `summary type="html"`. */
  summary: string;
  updated: Date;
}

/**
 * The feed's entries, newest first: « Nouvelle page : titre » or « Page mise à jour : titre », the
 * page's description, and for an update what changed when the commit says it for readers (its
 * `Pour-les-lecteurs:` trailer, a French sentence, see CONTRIBUTING.md); never the commit's subject.
 * The id joins the home URL, the commit and the file as it was then: it never changes, even when the
 * page is renamed or its title changes later.
 */
export function feedEntries(
  updates: PageUpdate[],
  pages: ReadonlyMap<string, FeedPage>,
  {limit, labels = frenchFeedLabels, language = 'fr'}: Pick<FeedSettings, 'limit'> & Partial<FeedSettings>,
): FeedEntry[] {
  const french = language.startsWith('fr');
  const separator = french ? '\u00a0: ' : ': ';
  const entries: FeedEntry[] = [];
  for (const update of updates) {
    const page = pages.get(update.file);
    if (!page) continue;
    const label = update.kind === 'new' ? labels.newPage : labels.updatedPage;
    const paragraphs = [escapeHtml(page.description.trim())];
    if (update.kind === 'edit' && update.note) {
      // The note is French: marked so in another language's feed, for screen readers.
      const note = escapeHtml(update.note);
      paragraphs.push(`${escapeHtml(labels.change)}${separator}${french ? note : `<span lang="fr">${note}</span>`}`);
    }
    entries.push({
      id: entryId(update.hash, update.fileAtCommit),
      title: `${label}${separator}${page.title}`,
      link: page.url,
      summary: paragraphs
        .filter((html) => html !== '')
        .map((html) => `<p>${html}</p>`)
        .join(''),
      updated: new Date(update.date),
    });
  }
  // Stable sort: within one commit, git's order of the files.
  return entries.sort((a, b) => b.updated.getTime() - a.updated.getTime()).slice(0, limit);
}

/**
 * A name-based UUID (RFC 9562, version 5 layout) as an Atom id: derived from what the entry is (a
 * commit and a file), never from the site's address, so that moving the site to another domain or
 * base URL does not make feed readers show every entry again (RFC 4287, 4.2.6).
 */
export function stableId(name: string): string {
  const bytes = createHash('sha1').update(`communs-numeriques:${name}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of the entry for a page's change: its commit and the page's file in that commit. */
export function entryId(hash: string, fileAtCommit: string): string {
  return stableId(`${hash}/${fileAtCommit}`);
}

/** The feed's own id: the French feed's, or another language's feed's. */
export function feedId(locale = 'fr'): string {
  return stableId(locale === 'fr' ? 'mises-a-jour' : `mises-a-jour/${locale}`);
}

const atomRoot = '<feed xmlns="http://www.w3.org/2005/Atom">';

/** The Atom document. */
export function atomFeed(entries: FeedEntry[], settings: FeedSettings): string {
  // The `feed` package calls Atom's author `uri` its `link`.
  const author = {name: settings.author.name, link: settings.author.uri};
  const feed = new Feed({
    id: settings.id,
    title: settings.title,
    description: settings.subtitle,
    link: settings.homeUrl,
    feedLinks: {atom: settings.feedUrl},
    updated: entries[0]?.updated ?? settings.updatedWithoutEntries,
    author,
    copyright: settings.rights,
    generator: 'Docusaurus',
  });
  for (const entry of entries) {
    feed.addItem({
      id: entry.id,
      title: escapeHtml(entry.title),
      link: entry.link,
      description: entry.summary,
      date: entry.updated,
      author: [author],
    });
  }
  const xml = feed.atom1();
  // The `feed` package writes no language in Atom (its `language` option is for RSS): xml:lang.
  if (!xml.includes(atomRoot)) {
    throw new Error(`Flux des mises à jour : le paquet feed n’écrit plus « ${atomRoot} », xml:lang n’a pas pu être ajouté.`);
  }
  return xml.replace(atomRoot, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${settings.language}">`);
}
