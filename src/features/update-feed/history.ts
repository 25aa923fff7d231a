/**
 * The guide pages' git history, as the update feed reads it: one `git log` over the docs folders for
 * all pages, parsed, then grouped by page, following renames (as `git log --follow` would, page by
 * page: measured on 1,000 pages and 500 commits, 0.25 s against about a minute for 1,000 calls).
 * Everything but `readGitLog` and `headCommitDate` is pure, and tested on fixtures.
 */
import {execFileSync} from 'node:child_process';

/** One file changed by a commit, as `git log --name-status -M` reports it. */
export interface FileChange {
  /** A (added), M (modified), D (deleted), R (renamed), C (copied), T (type changed)… */
  status: string;
  /** The file after the commit, relative to the site's folder. */
  path: string;
  /** The file before a rename or a copy. */
  from?: string;
}

export interface Commit {
  hash: string;
  /** Committer date, ISO 8601 with offset (`%cI`), as Docusaurus's « Dernière mise à jour ». */
  date: string;
  /** Parent hashes: none for a root commit, and for the oldest commits of a shallow clone. */
  parents: string[];
  subject: string;
  /** The whole message, subject and body. */
  message: string;
  changes: FileChange[];
}

/** What makes a change a « new page » or a « page update » in the feed. */
export type UpdateKind = 'new' | 'edit';

export interface PageUpdate {
  kind: UpdateKind;
  /** The page's file today, relative to the site's folder: how the feed finds its title and URL. */
  file: string;
  /** The page's file in that commit (before later renames): with the hash, the entry's stable id. */
  fileAtCommit: string;
  hash: string;
  date: string;
  /** What changed, written for readers: the commit's `Pour-les-lecteurs:` trailer, if it has one. */
  note?: string;
}

/**
 * The trailer of a commit message that says, for readers, what changed (CONTRIBUTING.md, « Le flux
 * des mises à jour »): `Pour-les-lecteurs: La définition précise qui gouverne un commun.` A commit's
 * subject is written for the people who maintain the site, never shown to readers.
 */
export const readerNoteTrailer = 'Pour-les-lecteurs';

const trailerStart = new RegExp(`^${readerNoteTrailer}\\s*:`, 'i');

/** The reader's note of a commit message: its trailer's value, continuation lines joined. */
export function readerNote(message: string): string | undefined {
  const lines = message.split(/\r?\n/);
  const start = lines.findIndex((line) => trailerStart.test(line));
  if (start === -1) return undefined;
  const parts = [lines[start]!.slice(lines[start]!.indexOf(':') + 1)];
  // A trailer's value goes on over the lines that start with a space (git interpret-trailers).
  for (let index = start + 1; index < lines.length && /^\s+\S/.test(lines[index]!); index += 1) parts.push(lines[index]!);
  const note = parts.map((part) => part.trim()).join(' ');
  return note === '' ? undefined : note;
}

const recordSeparator = '\x1e';
const fieldSeparator = '\x1f';

/** Fields of each commit, each followed by a unit separator; commits start with a record separator. */
const logFormat = ['%x1e%H', '%cI', '%P', '%s', '%B', ''].join('%x1f');

/**
 * Arguments of the one `git log` call: every commit touching the pathspecs, children before
 * parents (`--topo-order`, which the rename walk needs), files NUL-separated and never quoted (`-z`),
 * renames detected (`-M`), paths relative to the current folder, the site's (`--relative`).
 */
export function gitLogArgs(pathspecs: string[]): string[] {
  return ['log', '-z', '--topo-order', '--name-status', '-M', '--relative', `--format=${logFormat}`, '--', ...pathspecs];
}

/** Parses the output of `git log` run with `gitLogArgs`, newest commit first. */
export function parseGitLog(output: string): Commit[] {
  return output
    .split(recordSeparator)
    .filter((record) => record.trim() !== '')
    .map((record) => {
      // The last unit separator closes the message; the file list follows it.
      const end = record.lastIndexOf(fieldSeparator);
      const [hash = '', date = '', parents = '', subject = '', ...message] = record.slice(0, end).split(fieldSeparator);
      const tokens = record
        .slice(end + 1)
        .replace(/^[\0\n]+/, '')
        .split('\0');
      const changes: FileChange[] = [];
      for (let index = 0; index < tokens.length;) {
        const status = tokens[index]!.trim();
        if (status === '') {
          index += 1;
        } else if (/^[RC]/.test(status)) {
          changes.push({status: status[0]!, from: tokens[index + 1]!, path: tokens[index + 2]!});
          index += 3;
        } else {
          changes.push({status: status[0]!, path: tokens[index + 1]!});
          index += 2;
        }
      }
      return {
        hash,
        date,
        parents: parents.split(' ').filter(Boolean),
        subject: subject.trim(),
        message: message.join(fieldSeparator).trim(),
        changes,
      };
    });
}

/**
 * The convention written in CONTRIBUTING.md (« Le flux des mises à jour »): a commit whose message
 * holds `[mineur]` (any case, subject or body) is a minor change, left out of the feed; every other
 * commit touching a page is a substantive update. A new page is always news.
 */
export const minorMarker = '[mineur]';

export function isMinor(message: string): boolean {
  return message.toLowerCase().includes(minorMarker);
}

/**
 * The updates of the given pages (current files, relative to the site's folder), newest first: for
 * each page, the commit that added it (following renames back, as `git log --follow
 * --diff-filter=A`) and every later commit that changed or renamed it and is not minor.
 *
 * `shallow`: in a shallow clone, the oldest commits known are cut from their parents, so git shows
 * them adding every file, at their own date: a false « new page ». Their changes are unknown, so
 * they give no entry at all; the commits after them have their parents and give true entries.
 * (A real root commit of a shallow clone is left out too: a missing entry, never a wrong one.)
 */
export function pageUpdates(commits: Commit[], files: Iterable<string>, {shallow = false} = {}): PageUpdate[] {
  // The page each path stands for, going back in time: a rename moves the page to its older path.
  const pageAt = new Map<string, string>([...files].map((file) => [file, file]));
  const updates: PageUpdate[] = [];
  for (const commit of commits) {
    const cut = shallow && commit.parents.length === 0;
    for (const change of commit.changes) {
      const file = pageAt.get(change.path);
      if (file === undefined) continue;
      const update = {file, fileAtCommit: change.path, hash: commit.hash, date: commit.date, note: readerNote(commit.message)};
      if (change.status === 'A' || change.status === 'C') {
        // Before it was added (or copied from another page), the path was another file, or nothing.
        pageAt.delete(change.path);
        if (!cut) updates.push({kind: 'new', ...update});
      } else if (change.status === 'R') {
        pageAt.delete(change.path);
        pageAt.set(change.from!, file);
        if (!cut && !isMinor(commit.message)) updates.push({kind: 'edit', ...update});
      } else if (change.status === 'D') {
        // Deleted here and added again by a newer commit, already seen: an older, other file.
        pageAt.delete(change.path);
      } else if (!cut && !isMinor(commit.message)) {
        updates.push({kind: 'edit', ...update});
      }
    }
  }
  return updates;
}

/** Runs the one `git log` call in the site's folder; undefined when git cannot answer. */
export function readGitLog(siteDir: string, pathspecs: string[]): string | undefined {
  try {
    return execFileSync('git', ['-c', 'core.quotePath=false', ...gitLogArgs(pathspecs)], {
      cwd: siteDir,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
}

/** Date of the last commit (HEAD), known even in a shallow clone; undefined without git. */
export function headCommitDate(siteDir: string): string | undefined {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cI'], {
      cwd: siteDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return date || undefined;
  } catch {
    return undefined;
  }
}
