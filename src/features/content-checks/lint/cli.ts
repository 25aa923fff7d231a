/**
 * `npm run lint:content [fichiers ou dossiers…] [--format json]`: checks the site's pages and prints
 * every problem as `file:line:column message`, in French, with how to fix it, then a summary line.
 * Exit code: 0 when nothing is found, 1 when problems are found, 2 when the check itself could not
 * run (a missing tool, a missing file).
 *
 * Checks, one module each: markdownlint (Markdown style), spelling (cspell, French), grammar
 * (Grammalecte: grammar and typography), front-matter (the guide pages' front matter), gitbook-syntax
 * (the build's own content problems: GitBook tags, artefacts, tables), heading-ids (explicit ids
 * on section titles, for addresses that never break).
 *
 * Without arguments: docs/, the Markdown pages of src/pages/ and the translated docs of i18n/.
 */
import {existsSync} from 'node:fs';
import {readdir, stat} from 'node:fs/promises';
import path from 'node:path';
import {writeFile} from 'node:fs/promises';
import {typesetFrontMatterSource, typesetMarkdownSource} from '../../french-typography/public';
import {formatAdvice, formatFinding, isProblem, sortFindings, summary, type Finding} from './findings';
import {checkFrontMatter, testSiteMarker} from './front-matter';
import {checkBuildPlugins} from './build-plugins';
import {checkGrammar, MissingToolError} from './grammar';
import {checkHeadingIds} from './heading-ids';
import {checkMarkdownlint} from './markdownlint';
import {docsDirsOf, loadContentFile, localeOf, markdownParser, parsableText, type ContentFile} from '../../../shared/markdown/content-source';
import {publishedSections, sitePageRoutes} from '../../published-urls/public';
import {checkSpelling} from './spelling';

/** The repository: where cspell.json, project-words.txt and .markdownlint.jsonc are. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

const pageExtensions = new Set(['.md', '.mdx']);

/** A wrong use of the command (a missing file): exit code 2, with the message. */
export class UsageError extends Error {}

/** Markdown pages under a folder, in a stable order, without dependencies and hidden folders. */
async function pagesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true});
  const pages: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      pages.push(...(await pagesUnder(full)));
    } else if (pageExtensions.has(path.extname(entry.name).toLowerCase())) {
      pages.push(full);
    }
  }
  return pages;
}

/** Locales with translated docs: the folders of i18n/. */
async function localesOf(siteDir: string): Promise<string[]> {
  const i18n = path.join(siteDir, 'i18n');
  if (!existsSync(i18n)) return [];
  const entries = await readdir(i18n, {withFileTypes: true});
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

/** The folders checked without arguments, those that exist. */
export async function defaultTargets(siteDir: string): Promise<string[]> {
  const targets = [
    path.join(siteDir, 'docs'),
    path.join(siteDir, 'src', 'pages'),
    ...(await localesOf(siteDir)).flatMap((locale) => [
      path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-docs'),
      path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-pages'),
    ]),
  ];
  return targets.filter((target) => existsSync(target));
}

/** The pages named by the arguments: files as they are, folders searched for .md and .mdx files. */
export async function collectPages(targets: readonly string[], cwd: string): Promise<string[]> {
  const pages = new Set<string>();
  for (const target of targets) {
    const absolute = path.resolve(cwd, target);
    const stats = await stat(absolute).catch(() => undefined);
    if (!stats) {
      throw new UsageError(`Fichier ou dossier introuvable : ${target}`);
    }
    for (const page of stats.isDirectory() ? await pagesUnder(absolute) : [absolute]) pages.add(page);
  }
  return [...pages];
}

export interface LintResult {
  findings: Finding[];
  /** Number of files checked. */
  files: number;
}

/**
 * Checks pages (all of them when `targets` is empty). Guide pages are those under `siteDir`'s docs
 * folders (docs/, i18n/<locale>/docusaurus-plugin-content-docs/current/).
 */
export async function lintContent(targets: readonly string[], siteDir = process.cwd()): Promise<LintResult> {
  const pages = await collectPages(targets.length > 0 ? targets : await defaultTargets(siteDir), siteDir);
  if (pages.length === 0) {
    throw new UsageError(`Aucune page .md ou .mdx à vérifier dans : ${targets.join(', ') || siteDir}`);
  }
  const docsDirs = docsDirsOf(siteDir, await localesOf(siteDir));
  const files = await Promise.all(pages.map((page) => loadContentFile(page, docsDirs, siteDir)));
  // The sections each page has published: a heading that lost its id gets its published one back.
  const sections = await publishedSections(siteDir);
  const pageRoutes = new Map((await sitePageRoutes(siteDir)).map(({file, route}) => [file, route]));
  const publishedIds = (file: ContentFile) => {
    const slug = file.frontMatter?.slug;
    const route =
      typeof slug === 'string'
        ? slug
        : pageRoutes.get(file.path.replace(/[/\\]i18n[/\\][^/\\]+[/\\]docusaurus-plugin-content-pages[/\\]/, `${path.sep}src${path.sep}pages${path.sep}`));
    return route ? sections(localeOf(file.path, siteDir), route) : [];
  };
  // Grammalecte runs in its own process: started first, it works while the other checks run.
  const [grammar, others] = await Promise.all([
    checkGrammar(files, repoRoot),
    (async () => [
      checkFrontMatter(files, {testSite: existsSync(path.join(siteDir, testSiteMarker))}),
      checkHeadingIds(files, publishedIds),
      await checkBuildPlugins(files, docsDirs, siteDir),
      await checkMarkdownlint(files, repoRoot),
      await checkSpelling(files, repoRoot),
    ])(),
  ]);
  return {findings: sortFindings([...others.flat(), ...grammar]), files: files.length};
}

const usage = `Usage : npm run lint:content -- [fichiers ou dossiers…] [--fix] [--format json]

Vérifie les pages du site (par défaut : docs/, src/pages/ et les traductions de i18n/) :
style Markdown (markdownlint), orthographe (cspell), grammaire et typographie (Grammalecte),
en-têtes des pages du guide, balises GitBook et autres problèmes qui arrêteraient la construction.
Chaque problème s'affiche sous la forme fichier:ligne:colonne message.

--fix  écrit dans les pages françaises la typographie que la publication leur donne
       (espaces insécables, apostrophes, guillemets), sans rien changer d'autre.`;

interface Output {
  write(text: string): unknown;
}

/** The command: returns its exit code. */
export async function main(
  argv: readonly string[],
  {stdout = process.stdout as Output, stderr = process.stderr as Output, cwd = process.cwd()} = {},
): Promise<number> {
  const targets: string[] = [];
  let format = 'text';
  let fix = false;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--help' || arg === '-h') {
      stdout.write(`${usage}\n`);
      return 0;
    }
    if (arg === '--format' || arg.startsWith('--format=')) {
      format = arg.includes('=') ? arg.slice('--format='.length) : (argv[++index] ?? '');
      if (format !== 'text' && format !== 'json') {
        stderr.write(`Format inconnu « ${format} » : utilisez --format text ou --format json.\n`);
        return 2;
      }
      continue;
    }
    if (arg === '--fix') {
      fix = true;
      continue;
    }
    if (arg.startsWith('-')) {
      stderr.write(`Option inconnue « ${arg} ».\n\n${usage}\n`);
      return 2;
    }
    targets.push(arg);
  }

  let result: LintResult;
  try {
    if (fix) await fixTypography(targets, cwd, stdout);
    result = await lintContent(targets, cwd);
  } catch (error) {
    if (error instanceof MissingToolError || error instanceof UsageError) {
      stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const {findings, files} = result;
  const problems = findings.filter(isProblem);
  const advice = findings.filter((finding) => finding.severity === 'advice');
  if (format === 'json') {
    stdout.write(`${JSON.stringify({files, summary: summary(findings, files), findings}, null, 2)}\n`);
  } else {
    stdout.write(problems.map((finding) => `${formatFinding(finding)}\n`).join(''));
    stdout.write(advice.map((finding) => `${formatAdvice(finding)}\n`).join(''));
    stdout.write(`${problems.length + advice.length > 0 ? '\n' : ''}${summary(findings, files)}\n`);
  }
  return problems.length > 0 ? 1 : 0;
}

/**
 * `--fix`: writes into French pages what the build sets in the published pages, French typography
 * (src/features/french-typography/source.ts), in their text and in their title, description and
 * menu label. Everything else in the files stays as it is.
 */
async function fixTypography(targets: readonly string[], siteDir: string, stdout: Output): Promise<void> {
  const pages = await collectPages(targets.length > 0 ? targets : await defaultTargets(siteDir), siteDir);
  const docsDirs = docsDirsOf(siteDir, await localesOf(siteDir));
  for (const page of pages) {
    const file = await loadContentFile(page, docsDirs, siteDir);
    if (!file.locale.startsWith('fr') || file.syntaxErrors.length > 0) continue;
    const frontMatter = typesetFrontMatterSource(file.source);
    const body = typesetMarkdownSource(frontMatter.text, (text) => markdownParser(file.mdx).parse(parsableText(text, file.mdx)));
    if (frontMatter.changed + body.changed === 0) continue;
    await writeFile(page, body.text);
    stdout.write(
      `${file.display} : typographie française écrite (${frontMatter.changed + body.changed} texte${frontMatter.changed + body.changed > 1 ? 's' : ''}).\n`,
    );
  }
}

// Run as a command (tsx src/features/content-checks/lint/cli.ts), not when imported by the tests.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`La vérification du contenu a échoué : ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
