/**
 * Whether each French page has an up-to-date translation, for `npm run i18n:check` and for the
 * notice that an outdated English page shows (src/features/translations).
 *
 * A translation records, in its front matter, the fingerprint of the French source it translates:
 * `translation_source_hash`, the start of the SHA-256 of the French file. Any later change to the
 * French file, committed or not, changes its fingerprint: the translation is then outdated until
 * its translator updates it and records the new fingerprint (`npm run i18n:mark-translated`).
 * A fingerprint rather than git dates: it also works on uncommitted edits, shallow clones and
 * copies of the site without git, and a commit that only touches the translation (a typo) does not
 * hide a French change it did not translate.
 */
import {createHash} from 'node:crypto';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

/** The front matter field of a translated page that records its French source's fingerprint. */
export const sourceHashField = 'translation_source_hash';

const hashLength = 12;
const pageExtensions = new Set(['.md', '.mdx']);

/** Where the French pages are, and where Docusaurus reads their translations in a locale. */
export const contentFolders = [
  {source: 'docs', translated: (locale: string) => path.join('i18n', locale, 'docusaurus-plugin-content-docs', 'current')},
  {source: path.join('src', 'pages'), translated: (locale: string) => path.join('i18n', locale, 'docusaurus-plugin-content-pages')},
] as const;

export type TranslationState = 'up-to-date' | 'outdated' | 'missing';

export interface PageTranslation {
  /** The French page, relative to the site folder (POSIX separators). */
  source: string;
  /** Its translation's file, relative to the site folder, whether it exists or not. */
  translation: string;
  state: TranslationState;
  /** The French file's current fingerprint, the one a translation records. */
  sourceHash: string;
  /** The fingerprint the translation records; undefined when it records none. */
  recordedHash?: string;
}

export interface TranslationReport {
  pages: PageTranslation[];
  /** Translations of a French page that no longer exists, relative to the site folder. */
  orphans: string[];
}

const posix = (file: string) => file.split(path.sep).join('/');

/** The fingerprint of a French page: line endings do not count, as git may change them. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex').slice(0, hashLength);
}

/**
 * Published Markdown pages under a folder, relative to it: `.md` and `.mdx`, without what Docusaurus
 * leaves out (`_partials`, files or folders starting with `_`, hidden folders).
 */
export function markdownPagesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const pages: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('_') || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (pageExtensions.has(path.extname(entry.name).toLowerCase())) pages.push(posix(child));
    }
  };
  walk('');
  return pages;
}

/** The fingerprint a translation records, read as Docusaurus reads front matter; undefined if none. */
export function recordedSourceHash(text: string): string | undefined {
  try {
    const value: unknown = matter(text).data[sourceHashField];
    return value === undefined || value === null ? undefined : String(value);
  } catch {
    // An unreadable front matter: the build and lint:content say where; here, no fingerprint.
    return undefined;
  }
}

/**
 * Writes (or replaces) the fingerprint field in a translation's front matter, line by line rather
 * than through a YAML writer, which would reformat the rest of the translator's front matter.
 */
export function withSourceHash(text: string, hash: string): string {
  const block = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))/.exec(text);
  if (!block) {
    throw new Error(`En-tête (front matter) absent : la traduction doit commencer par un bloc --- … --- avec son titre.`);
  }
  // Quoted: a fingerprint of digits only would otherwise be read back as a number.
  const field = `${sourceHashField}: "${hash}"`;
  const existing = new RegExp(`^${sourceHashField}[ \\t]*:.*$`, 'm');
  const body = existing.test(block[2]!) ? block[2]!.replace(existing, field) : `${block[2]}\n${field}`;
  return `${block[1]}${body}${block[3]}${text.slice(block[0].length)}`;
}

/** The state of every French page's translation in a locale, and the translations left alone. */
export function translationReport(siteDir: string, locale: string): TranslationReport {
  const pages: PageTranslation[] = [];
  const orphans: string[] = [];
  for (const folder of contentFolders) {
    const sources = markdownPagesUnder(path.join(siteDir, folder.source));
    const translatedDir = folder.translated(locale);
    for (const page of sources) {
      const source = posix(path.join(folder.source, page));
      const translation = posix(path.join(translatedDir, page));
      const hash = sourceHash(readFileSync(path.join(siteDir, source), 'utf8'));
      const translationFile = path.join(siteDir, translation);
      if (!existsSync(translationFile)) {
        pages.push({source, translation, state: 'missing', sourceHash: hash});
        continue;
      }
      const recordedHash = recordedSourceHash(readFileSync(translationFile, 'utf8'));
      pages.push({source, translation, state: recordedHash === hash ? 'up-to-date' : 'outdated', sourceHash: hash, recordedHash});
    }
    const known = new Set(sources);
    for (const page of markdownPagesUnder(path.join(siteDir, translatedDir))) {
      if (!known.has(page)) orphans.push(posix(path.join(translatedDir, page)));
    }
  }
  return {pages, orphans};
}

/** The French page a translation (or a French page itself) belongs to, relative to the site folder. */
export function frenchSourceOf(siteDir: string, file: string, locale: string): string | undefined {
  const relative = posix(path.relative(siteDir, path.resolve(siteDir, file)));
  for (const folder of contentFolders) {
    const translatedDir = posix(folder.translated(locale));
    if (relative.startsWith(`${translatedDir}/`)) return posix(path.join(folder.source, relative.slice(translatedDir.length + 1)));
    if (relative.startsWith(`${posix(folder.source)}/`)) return relative;
  }
  return undefined;
}
