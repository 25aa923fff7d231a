/**
 * Imports a GitBook export into the site: reads SUMMARY.md, plans where each page goes
 * (plan.ts), converts every page (page.ts), copies the files the pages use, then writes what the
 * manifest allows (manifest.ts) and returns a report of what was done and what was not.
 */
import {existsSync} from 'node:fs';
import {mkdir, readdir, readFile, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import {manifestName, readManifest, sha256, writeManifestText, type Manifest} from './manifest';
import {detectLanguage} from './language';
import {analyzePage, asWritten, convertBody, descriptionFromBody, type Counts, type PageAnalysis, type PageLinks, type Typeset} from './page';
import {downloadImages, remoteImageUrls} from './remote-images';
import {addRedirects, type Redirect} from './redirects';
import {formatTodo} from './report';
import type {ImportReport, WriteOutcome} from './report-types';
import {planImport, type PlannedPage} from './plan';
import {asciiSlug, UniqueNames} from './slugs';
import {readSummary, type Summary} from './summary';
import {defaultLocale} from '../../../shared/i18n/site-texts';
import {applyFrenchTypography} from '../../french-typography/public';
import {pluginRoutes, sitePageRoutes} from '../../published-urls/public';

export interface ImportOptions {
  exportDir: string;
  /** Folder that receives the pages: `docs` or a folder inside it. */
  dest: string;
  /** The site's docs folder, whose other pages' slugs must stay unique. */
  docsRoot: string;
  /** Replace files edited since the last import, or not written by it. */
  force?: boolean;
  /** Report what would be done, without writing anything. */
  dryRun?: boolean;
}

export type {ImportedFile, ImportProblem, ImportReport, WriteOutcome} from './report-types';

export class ImportError extends Error {}

const toPosix = (value: string) => value.split(path.sep).join('/');

interface SpaceLayout {
  root: string;
  summary: string;
  readme: string;
  /** `.gitbook.yaml`'s redirects: an old path of the space (no `.md`, no leading `/`) → its target as written. */
  redirects: Map<string, string>;
}

/** `.gitbook.yaml` may move the space's root, rename README.md and SUMMARY.md, and redirect old paths. */
async function spaceLayout(exportDir: string): Promise<SpaceLayout> {
  const configFile = path.join(exportDir, '.gitbook.yaml');
  let config: {root?: string; structure?: {summary?: string; readme?: string}; redirects?: Record<string, unknown>} = {};
  if (existsSync(configFile)) {
    // gray-matter's YAML reader, as for front matter: a well-kept parser already in the project.
    // The file nests one level only (structure, redirects); some spaces indent it with a mix of
    // tabs and spaces, which YAML refuses: every indented line is read as one level deep.
    const text = (await readFile(configFile, 'utf8'))
      .split(/\r?\n/)
      .map((line) => (/^[ \t]+\S/.test(line) && !/^[ \t]+#/.test(line) ? `  ${line.trimStart()}` : line))
      .join('\n');
    try {
      config = (matter(`---\n${text}\n---\n`).data ?? {}) as typeof config;
    } catch (error) {
      const mark = (error as {mark?: {line?: number}}).mark;
      throw new ImportError(
        `${configFile}${mark?.line ? `:${mark.line}` : ''} illisible (${(error as Error).message.split('\n')[0]}) : corrigez ce fichier YAML (une clé par ligne, « ancien/chemin: nouveau/chemin.md » sous redirects:), puis relancez l’import.`,
      );
    }
  }
  const root = path.resolve(exportDir, config.root ?? '.');
  const redirects = new Map<string, string>();
  for (const [from, to] of Object.entries(config.redirects ?? {})) {
    if (typeof to === 'string' && to.trim())
      redirects.set(
        from
          .trim()
          .replace(/^\/+|\/+$/g, '')
          .replace(/\.md$/, ''),
        to.trim(),
      );
  }
  return {root, summary: config.structure?.summary ?? 'SUMMARY.md', readme: config.structure?.readme ?? 'README.md', redirects};
}

async function listFiles(dir: string, base = dir): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true}).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name === '.git') continue;
      files.push(...(await listFiles(full, base)));
    } else if (entry.isFile()) {
      files.push(toPosix(path.relative(base, full)));
    }
  }
  return files.sort();
}

/** Without SUMMARY.md, the pages in alphabetical order, README first, as GitBook would list them. */
function summaryFromFiles(markdownFiles: string[], readme: string): Summary {
  const pages = markdownFiles
    .filter((file) => !file.startsWith('.gitbook/'))
    .sort((a, b) => (a === readme ? -1 : b === readme ? 1 : a.localeCompare(b)))
    .map((file, index) => ({
      label: path.posix.basename(file, '.md') === 'README' ? 'Introduction' : path.posix.basename(file, '.md'),
      source: file,
      line: index + 1,
      children: [],
    }));
  return {parts: [{label: '', line: 1, pages}], problems: []};
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

function frontMatterText(fields: Record<string, string | number | undefined>): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${typeof value === 'string' && key !== 'slug' ? yamlString(value) : String(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

interface ExistingSite {
  slugs: Set<string>;
  /** Top-level names in the destination not owned by this import. */
  names: Set<string>;
  /** Labels of the site's categories not owned by this import. */
  categoryLabels: string[];
  lastPosition: number;
}

async function existingSite(options: ImportOptions, manifest: Manifest): Promise<ExistingSite> {
  const owned = (absolute: string) => toPosix(path.relative(options.dest, absolute)) in manifest.files;
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
  return {slugs, names, categoryLabels, lastPosition};
}

function urlPrefixOf(options: ImportOptions): string {
  const relative = toPosix(path.relative(options.docsRoot, options.dest));
  if (relative === '') return '';
  if (relative.startsWith('..')) {
    throw new ImportError(`La destination ${options.dest} n'est pas dans le dossier des pages ${options.docsRoot}.`);
  }
  const segments = relative.split('/');
  if (segments.some((segment) => segment !== asciiSlug(segment))) {
    throw new ImportError(
      `Le dossier de destination « ${relative} » doit être en minuscules ASCII, mots séparés par des tirets (par exemple docs/${asciiSlug(relative) || 'mon-espace'}).`,
    );
  }
  return `/${relative}`;
}

export async function importGitbook(options: ImportOptions): Promise<ImportReport> {
  if (!existsSync(options.exportDir) || !(await stat(options.exportDir)).isDirectory()) {
    throw new ImportError(`Dossier d'export introuvable : ${options.exportDir}. Donnez le dossier qui contient SUMMARY.md.`);
  }
  const layout = await spaceLayout(options.exportDir);
  const exportFiles = await listFiles(layout.root);
  const exportFileSet = new Set(exportFiles);
  const markdownFiles = exportFiles.filter((file) => /\.md$/i.test(file) && file !== layout.summary);
  const report: ImportReport = {
    exportDir: options.exportDir,
    root: layout.root,
    dest: options.dest,
    dryRun: Boolean(options.dryRun),
    pages: [],
    files: [],
    counts: {},
    problems: [],
    stale: [],
    redirects: [],
  };

  let summary: Summary;
  if (exportFileSet.has(layout.summary)) {
    summary = readSummary(await readFile(path.join(layout.root, layout.summary), 'utf8'));
  } else {
    summary = summaryFromFiles(markdownFiles, layout.readme);
    report.problems.push({
      source: layout.summary,
      message: 'absent de l’export : les pages sont importées dans l’ordre alphabétique ; réordonnez-les avec sidebar_position.',
    });
  }
  // An entry may link a folder (`chapitre/`) or a page without its extension: GitBook opens its README.
  const resolveEntry = (source: string) => {
    const bare = source.replace(/\/$/, '');
    return [source, `${bare}/README.md`, `${bare}.md`].find((candidate) => exportFileSet.has(candidate)) ?? source;
  };
  const resolveEntries = (pages: Summary['parts'][number]['pages']) => {
    for (const page of pages) {
      page.source = resolveEntry(page.source);
      resolveEntries(page.children);
    }
  };
  for (const part of summary.parts) resolveEntries(part.pages);
  const manifestFile = path.join(options.dest, manifestName);
  const manifest = await readManifest(manifestFile);
  const site = await existingSite(options, manifest);
  const plan = planImport(summary, {urlPrefix: urlPrefixOf(options), takenSlugs: site.slugs, takenNames: site.names, firstPosition: site.lastPosition + 1});
  for (const problem of [...summary.problems, ...plan.problems]) {
    report.problems.push({source: layout.summary, line: problem.line, message: problem.message});
  }
  for (const page of plan.pages.filter((planned) => planned.wantedSlug)) {
    report.problems.push({
      source: layout.summary,
      line: page.summaryLine,
      message: `l'adresse ${page.wantedSlug} est déjà celle ${page.clash === 'site' ? "d'une page du site" : "d'une autre page de l'espace (au même titre)"} : « ${page.label} » est publiée à ${page.slug} ; changez son slug si une autre adresse convient mieux.`,
    });
  }

  // First pass: titles, descriptions and heading ids of every page, which links to it need.
  const analyses = new Map<string, PageAnalysis>();
  const pages: PlannedPage[] = [];
  const readPages: Array<{page: PlannedPage; text: string; parsed: matter.GrayMatterFile<string>}> = [];
  for (const page of plan.pages) {
    if (!exportFileSet.has(page.source)) {
      report.problems.push({
        source: layout.summary,
        line: page.summaryLine,
        message: `la page « ${page.source} » est au sommaire mais absente de l'export : non importée.`,
      });
      continue;
    }
    // One kind of line ending in what is written: exports made on Windows use CRLF.
    const text = (await readFile(path.join(layout.root, page.source), 'utf8')).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    try {
      readPages.push({page, text, parsed: matter(text)});
    } catch (error) {
      report.problems.push({source: page.source, line: 1, message: `en-tête YAML illisible (${(error as Error).message.split('\n')[0]}) : page non importée.`});
    }
  }
  // A space in English (GitBook's own documentation) keeps its typography and says its language.
  const language = detectLanguage(readPages.map(({parsed}) => parsed.content));
  // The pages of docs/ are in the site's default locale.
  const foreign = language !== undefined && language !== defaultLocale ? language : undefined;
  const typeset: Typeset = foreign ? asWritten : applyFrenchTypography;
  if (foreign) count(report.counts, `pages en ${foreign === 'en' ? 'anglais' : foreign}, marquées lang: ${foreign}`, readPages.length);
  for (const {page, text, parsed} of readPages) {
    const bodyLineOffset = text.slice(0, text.length - parsed.content.length).split('\n').length - 1;
    analyses.set(page.source, analyzePage(parsed.content, bodyLineOffset, parsed.data, page.label, typeset));
    pages.push(page);
  }
  const pageBySource = new Map(pages.map((page) => [page.source, page]));
  const markdownFileSet = new Set(markdownFiles);
  for (const file of markdownFiles) {
    if (!pageBySource.has(file) && !file.startsWith('.gitbook/')) {
      report.problems.push({source: file, message: 'page absente de SUMMARY.md : non importée (ajoutez-la au sommaire de l’export pour l’importer).'});
    }
  }

  // Files the pages link to go to assets/, under ASCII names that never collide.
  const previousAssets = new Map(
    Object.entries(manifest.files)
      .filter(([file]) => file.startsWith('assets/'))
      .map(([file, entry]) => [entry.source, file]),
  );
  const assetsDir = path.join(options.dest, 'assets');
  const foreignAssets = (await listFiles(assetsDir)).map((file) => `assets/${file}`).filter((file) => !(file in manifest.files));
  const assetNames = new UniqueNames([...foreignAssets, ...previousAssets.values()].map((file) => file.slice('assets/'.length)));
  const assets = new Map<string, string>();
  const remoteFiles: {file: string; source: string; content: Buffer}[] = [];
  const assetFor = (exportPath: string): string | undefined => {
    if (!exportFileSet.has(exportPath) || /\.md$/i.test(exportPath)) return undefined;
    let file = assets.get(exportPath) ?? previousAssets.get(exportPath);
    if (!file) {
      const extension = path.posix.extname(exportPath).toLowerCase();
      const base = asciiSlug(path.posix.basename(exportPath, path.posix.extname(exportPath))) || 'fichier';
      file = `assets/${assetNames.take(base, 'fichier', extension)}`;
    }
    assets.set(exportPath, file);
    return file;
  };

  // `.gitbook.yaml`'s redirects: an old path → the export path (or address) it leads to now.
  const redirectTarget = (oldPath: string): string | undefined => {
    const target = layout.redirects.get(oldPath);
    if (!target || /^[a-z][a-z0-9+.-]*:/i.test(target)) return target;
    const clean = target.replace(/^\.\//, '').replace(/^\/+/, '');
    return [clean, `${clean}.md`, `${clean.replace(/\/$/, '')}/README.md`].find((candidate) => exportFileSet.has(candidate)) ?? clean;
  };

  // Images of other sites: fetched once, before the pages are written, into assets/ with the others.
  const remoteImages = new Map<string, string | undefined>();
  // Reusable blocks: GitBook keeps them in .gitbook/includes/; a page may include another Markdown file too.
  const includeFiles = markdownFiles.filter((file) => file.startsWith('.gitbook/') || !pageBySource.has(file));
  const includeTexts = new Map<string, string>();
  for (const file of includeFiles)
    includeTexts.set(file, (await readFile(path.join(layout.root, file), 'utf8')).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const remoteUrls = new Set([...[...analyses.values()].map((analysis) => analysis.body), ...includeTexts.values()].flatMap(remoteImageUrls));
  const downloads = await downloadImages([...remoteUrls], {dryRun: Boolean(options.dryRun)});
  for (const [url, download] of downloads) {
    if (!download) {
      remoteImages.set(url, undefined);
      continue;
    }
    const file = `assets/${assetNames.take(download.name, 'image', download.extension)}`;
    remoteImages.set(url, file);
    remoteFiles.push({file, source: url, content: download.content});
  }

  // GitBook's variables (`space.vars.NAME` in a page), from .gitbook/vars.yaml, read by the same YAML reader.
  const variables = new Map<string, string>();
  const varsFile = path.join(layout.root, '.gitbook', 'vars.yaml');
  if (existsSync(varsFile)) {
    try {
      const data = (matter(`---\n${await readFile(varsFile, 'utf8')}\n---\n`).data ?? {}) as Record<string, unknown>;
      for (const [name, value] of Object.entries(data)) {
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') variables.set(`space.vars.${name}`, String(value));
      }
    } catch (error) {
      report.problems.push({
        source: '.gitbook/vars.yaml',
        line: 1,
        message: `fichier des variables illisible (${(error as Error).message.split('\n')[0]}) : les expressions des pages restent à remplacer à la main.`,
      });
    }
  }

  // Second pass: every page, with its links pointing to the new places.
  const outputs: {file: string; source: string; content: string | Buffer; slug?: string; kind: 'page' | 'file'}[] = [];
  const links: PageLinks = {
    page: (exportPath) => {
      const target = pageBySource.get(exportPath);
      return target && {file: target.file, title: analyses.get(exportPath)!.title, anchors: analyses.get(exportPath)!.anchors};
    },
    asset: assetFor,
    unlisted: (exportPath) => markdownFileSet.has(exportPath) && !pageBySource.has(exportPath) && !exportPath.startsWith('.gitbook/'),
    redirect: redirectTarget,
    remoteImage: (url) => remoteImages.get(url),
    variable: (expression) => variables.get(expression),
    include: (exportPath, into) => {
      const text = includeTexts.get(exportPath);
      if (text === undefined) return undefined;
      let parsed: matter.GrayMatterFile<string>;
      try {
        parsed = matter(text);
      } catch {
        return undefined;
      }
      const bodyLineOffset = text.slice(0, text.length - parsed.content.length).split('\n').length - 1;
      // A reusable block has no title of its own: nothing of it goes to the page's front matter.
      const analysis = analyzePage(parsed.content, bodyLineOffset, {}, '', typeset);
      return convertBody({source: exportPath, file: into.file, analysis: {...analysis, title: ''}, links, including: [...(into.including ?? []), into.source]});
    },
  };
  const conditions = new Set<string>();
  for (const page of pages) {
    const analysis = analyses.get(page.source)!;
    const converted = convertBody({source: page.source, file: page.file, analysis, links});
    for (const [key, value] of Object.entries(converted.counts)) report.counts[key] = (report.counts[key] ?? 0) + value;
    for (const problem of converted.problems) {
      // Adaptive content: each condition said once for the whole space.
      const condition = /^contenu adaptatif \{% if (.*) %\}/.exec(problem.message)?.[1];
      if (condition !== undefined) {
        if (conditions.has(condition)) continue;
        conditions.add(condition);
      }
      report.problems.push({source: problem.source ?? page.source, line: problem.line, message: problem.message});
    }
    let description = analysis.description;
    if (!description) {
      description = descriptionFromBody(converted.body, 160, typeset);
      report.problems.push({
        source: page.source,
        line: 1,
        message: description
          ? `pas de « description » : elle est tirée du premier paragraphe (${description.length} caractères) ; relisez-la${description.length < 50 ? ' et complétez-la jusqu’à 50 caractères au moins' : ''}, elle apparaît dans les moteurs de recherche.`
          : 'pas de « description » et pas de paragraphe pour en tirer une : écrivez-la dans l’en-tête de la page importée (la construction l’exige).',
      });
    } else if (description.length < 50 || description.length > 160) {
      report.problems.push({
        source: page.source,
        line: 1,
        message: `description de ${description.length} caractères : réécrivez-la entre 50 et 160 caractères.`,
      });
    }
    if (analysis.droppedFields.length > 0) {
      count(report.counts, 'champs d’en-tête GitBook retirés', analysis.droppedFields.length);
    }
    const label = page.label.trim();
    const typesetLabel = typeset(label);
    const content =
      frontMatterText({
        title: analysis.title,
        sidebar_label: typesetLabel !== analysis.title ? typesetLabel : undefined,
        sidebar_position: page.position,
        description,
        slug: page.slug,
        lang: foreign,
      }) +
      '\n' +
      converted.body;
    outputs.push({file: page.file, source: page.source, content, slug: page.slug, kind: 'page'});
  }
  // Docusaurus refuses two categories of one label without a `key` (their translation keys would
  // clash): GitBook spaces often repeat one (« FAQ » in each part). Such categories get their folder as key.
  const labels = [...site.categoryLabels, ...plan.categories.map((category) => typeset(category.label))];
  const repeated = new Set(labels.filter((label, index) => labels.indexOf(label) !== index));
  for (const category of plan.categories) {
    const label = typeset(category.label);
    const key = repeated.has(label) ? toPosix(path.relative(options.docsRoot, path.join(options.dest, category.dir))) : undefined;
    const content = `${JSON.stringify({label, position: category.position, ...(key ? {key} : {})}, null, 2)}\n`;
    outputs.push({file: `${category.dir}/_category_.json`, source: `${layout.summary} « ${category.label} »`, content, kind: 'file'});
  }
  for (const [source, file] of assets) {
    outputs.push({file, source, content: await readFile(path.join(layout.root, source)), kind: 'file'});
  }
  for (const remote of remoteFiles) outputs.push({...remote, kind: 'file'});

  // Writing: a file is replaced only while it is exactly what the last import wrote.
  const nextManifest: Manifest = {version: 1, files: {}};
  for (const output of outputs) {
    const target = path.join(options.dest, output.file);
    const hash = sha256(output.content);
    const previous = manifest.files[output.file];
    let outcome: WriteOutcome;
    if (!existsSync(target)) {
      outcome = 'créé';
    } else {
      const current = sha256(await readFile(target));
      if (current === hash) outcome = 'inchangé';
      else if (options.force) outcome = 'mis à jour';
      else if (!previous) outcome = 'conservé (ne vient pas de cet import)';
      else if (previous.sha256 !== current) outcome = 'conservé (modifié depuis l’import)';
      else outcome = 'mis à jour';
    }
    const written = outcome === 'créé' || outcome === 'mis à jour';
    if (written && !options.dryRun) {
      await mkdir(path.dirname(target), {recursive: true});
      await writeFile(target, output.content);
    }
    if (written || outcome === 'inchangé') nextManifest.files[output.file] = {source: output.source, sha256: hash};
    else if (previous) nextManifest.files[output.file] = previous;
    (output.kind === 'page' ? report.pages : report.files).push({source: output.source, file: output.file, outcome, slug: output.slug});
  }
  report.stale = Object.keys(manifest.files).filter((file) => !(file in nextManifest.files) && existsSync(path.join(options.dest, file)));
  for (const file of report.stale) nextManifest.files[file] = manifest.files[file]!;
  if (!options.dryRun) {
    await mkdir(options.dest, {recursive: true});
    await writeFile(manifestFile, writeManifestText(nextManifest));
  }

  // The space's old addresses keep working: `.gitbook.yaml`'s redirects, and each page's address on
  // GitBook (its path in the export) when the site publishes it elsewhere.
  const siteDir = path.dirname(options.docsRoot);
  const slugOfExportPath = (exportPath: string) => pageBySource.get(exportPath)?.slug;
  const oldAddresses: Redirect[] = [];
  for (const [from, target] of layout.redirects) {
    const resolved = redirectTarget(from);
    const to = resolved && (/^[a-z][a-z0-9+.-]*:/i.test(resolved) ? undefined : slugOfExportPath(resolved));
    if (to) oldAddresses.push({from: `/${from}`, to, why: `GitBook (.gitbook.yaml) : ${from} → ${target}`});
    else
      report.problems.push({
        source: '.gitbook.yaml',
        message: `redirection « ${from} » vers « ${target} », qui n’est pas une page importée : ajoutez-la à src/features/published-urls/redirects.json si cette adresse a été publiée.`,
      });
  }
  for (const page of pages) {
    const gitbookPath = page.source
      .replace(/\.md$/i, '')
      .replace(/(^|\/)README$/i, '')
      .replace(/\/$/, '');
    if (gitbookPath !== '' && /^[a-z0-9/_.-]+$/i.test(gitbookPath) && `/${gitbookPath}` !== page.slug) {
      oldAddresses.push({from: `/${gitbookPath}`, to: page.slug, why: `GitBook : page « ${page.label.trim()} »`});
    }
  }
  report.redirects = await addRedirects(siteDir, oldAddresses, new Set([...site.slugs, ...pages.map((page) => page.slug)]), Boolean(options.dryRun));

  // What needs a person, grouped by kind, as a list to work through.
  if (report.problems.length > 0 && !options.dryRun) {
    report.todoFile = path.join(siteDir, todoFileName);
    await writeFile(report.todoFile, formatTodo(report));
  }
  return report;
}

/** The to-do list of an import, at the site's root (never in docs/, which the build publishes). */
export const todoFileName = 'import-gitbook-a-reprendre.md';

function count(counts: Counts, key: string, by: number) {
  counts[key] = (counts[key] ?? 0) + by;
}
