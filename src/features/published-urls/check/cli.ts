/**
 * `npm run urls:check`: fails when an address that was published (a page or a section that
 * intranets may link to) is neither on the site nor redirected, in any edition, and says the exact
 * redirect to add or the id to keep. New addresses pass: they are listed, and the publication
 * records them (check.ts). `npm run urls:update`: writes the site's addresses into the manifest.
 *
 * The last publication is the site's sources at a git commit (publishedRef): the merge request's
 * base in GitLab CI, the previous commit of the default branch on it, elsewhere where the current
 * branch left the default one, else the last commit. PUBLISHED_REF names another.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {checkPublishedUrls, recordUrls, type PublishedUrls, type SitePages} from './check';
import {siteLocales} from '../../../shared/i18n/site-texts';
import {addressesOf, collectSitePages} from './collect';
import {readRedirects} from './redirects';

export const manifestFile = path.join('src', 'features', 'published-urls', 'published-urls.json');

/** The folders whose files make the site's addresses. */
const addressSources = ['docs', path.join('src', 'pages'), 'i18n'];

/** Every locale's pages: French at the site's root, each translation under its own prefix (/en/). */
export async function currentPages(siteDir: string): Promise<SitePages> {
  const pages: SitePages = {};
  for (const locale of siteLocales) pages[locale] = await collectSitePages(siteDir, locale);
  return pages;
}

export async function currentUrls(siteDir: string): Promise<PublishedUrls> {
  return Object.fromEntries(Object.entries(await currentPages(siteDir)).map(([locale, pages]) => [locale, addressesOf(pages)]));
}

export function readPublishedUrls(siteDir: string): PublishedUrls {
  return JSON.parse(readFileSync(path.join(siteDir, manifestFile), 'utf8')) as PublishedUrls;
}

const git = (siteDir: string, ...args: string[]) => execFileSync('git', args, {cwd: siteDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();

/** The commit of the site as it was last published; undefined when the site is not a git repository of its own. */
export function publishedRef(siteDir: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  try {
    if (realpathSync(git(siteDir, 'rev-parse', '--show-toplevel')) !== realpathSync(siteDir)) return undefined;
  } catch {
    return undefined;
  }
  const candidates = [
    env.PUBLISHED_REF,
    env.CI_MERGE_REQUEST_DIFF_BASE_SHA,
    env.CI_COMMIT_BEFORE_SHA && !/^0+$/.test(env.CI_COMMIT_BEFORE_SHA) ? env.CI_COMMIT_BEFORE_SHA : undefined,
  ].filter((ref): ref is string => Boolean(ref));
  for (const ref of candidates) {
    try {
      return git(siteDir, 'rev-parse', '--verify', `${ref}^{commit}`);
    } catch {
      // Not in this clone (a shallow one): the next way.
    }
  }
  for (const branch of ['origin/HEAD', `origin/${env.CI_DEFAULT_BRANCH ?? 'main'}`, env.CI_DEFAULT_BRANCH ?? 'main']) {
    try {
      return git(siteDir, 'merge-base', 'HEAD', branch);
    } catch {
      // No such branch here.
    }
  }
  try {
    return git(siteDir, 'rev-parse', '--verify', 'HEAD^{commit}');
  } catch {
    return undefined;
  }
}

/** The site's pages at a commit: its address sources taken out of git into a folder, and read. */
export async function pagesAt(siteDir: string, ref: string): Promise<SitePages> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'adresses-publiees-'));
  try {
    const present = addressSources.filter((source) => {
      try {
        git(siteDir, 'cat-file', '-e', `${ref}:${source.split(path.sep).join('/')}`);
        return true;
      } catch {
        return false;
      }
    });
    if (present.length > 0) {
      const archive = execFileSync('git', ['archive', '--format=tar', ref, '--', ...present.map((source) => source.split(path.sep).join('/'))], {
        cwd: siteDir,
        maxBuffer: 1024 * 1024 * 1024,
      });
      execFileSync('tar', ['-x', '-C', dir], {input: archive});
    }
    return await currentPages(dir);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/**
 * The section ids each page has published, edition by edition (the manifest's, then the last
 * publication's in their page's order): what `npm run lint:content` proposes to keep on a heading.
 */
export async function publishedSections(siteDir: string): Promise<(locale: string, route: string) => string[]> {
  const manifest = existsSync(path.join(siteDir, manifestFile)) ? readPublishedUrls(siteDir) : {};
  const ref = publishedRef(siteDir);
  const previous = ref ? await pagesAt(siteDir, ref).catch(() => undefined) : undefined;
  return (locale, route) => {
    const before = previous?.[locale]?.find((page) => page.route === route)?.headings.map((heading) => heading.id) ?? [];
    return [...new Set([...before, ...(manifest[locale]?.[route] ?? [])])];
  };
}

async function main(command: string | undefined, siteDir: string): Promise<number> {
  if (command !== 'check' && command !== 'update') {
    console.error('Usage : npm run urls:check | npm run urls:update');
    return 2;
  }
  if (command === 'check') {
    const {code, output} = await checkSite(siteDir);
    (code === 0 ? console.log : console.error)(output);
    return code;
  }
  // update: the manifest records every address the sources publish now.
  const current = await currentPages(siteDir);
  const manifest = readPublishedUrls(siteDir);
  const now = Object.fromEntries(Object.entries(current).map(([locale, pages]) => [locale, addressesOf(pages)]));
  writeFileSync(path.join(siteDir, manifestFile), `${JSON.stringify(recordUrls(manifest, now), null, 2)}\n`);
  const {added} = checkPublishedUrls({manifest, current, redirects: readRedirects(siteDir)});
  console.log(`${manifestFile} : ${added.length} adresse(s) ajoutée(s)${added.length > 0 ? ` (${added.join(', ')})` : ''}.`);
  return 0;
}

/** `npm run urls:check` in `siteDir`: its exit code and what it says, problems first. */
export async function checkSite(siteDir: string, env: NodeJS.ProcessEnv = process.env): Promise<{code: number; output: string}> {
  const current = await currentPages(siteDir);
  const ref = publishedRef(siteDir, env);
  const previous = ref ? await pagesAt(siteDir, ref).catch(() => undefined) : undefined;
  const {problems, added} = checkPublishedUrls({manifest: readPublishedUrls(siteDir), previous, current, redirects: readRedirects(siteDir)});
  const lines = [...problems];
  const since = previous ? `la dernière publication (commit ${ref!.slice(0, 8)})` : 'le manifeste (historique git indisponible)';
  if (added.length > 0) {
    lines.push(
      `Nouvelles adresses depuis ${since} : ${added.join(', ')}. Rien à faire : la publication les enregistre, et elles ne devront plus casser (npm run urls:update les écrit dans ${manifestFile}).`,
    );
  }
  if (problems.length > 0) return {code: 1, output: lines.join('\n')};
  const count = Object.values(current).reduce((sum, pages) => sum + pages.length + pages.reduce((total, page) => total + page.headings.length, 0), 0);
  lines.push(`Adresses publiées vérifiées, édition par édition, contre ${since} et le manifeste : ${count} pages et sections, toutes présentes ou redirigées.`);
  return {code: 0, output: lines.join('\n')};
}

// Run as a command, not when the tests import it.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  main(process.argv[2], process.cwd()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
