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
import {analyzePage, convertBody, descriptionFromBody, type Counts, type PageAnalysis} from './page';
import {planImport, type PlannedPage} from './plan';
import {asciiSlug, UniqueNames} from './slugs';
import {readSummary, type Summary} from './summary';
import {applyFrenchTypography} from '../../src/remark/french-typography';
import {pluginRoutes, sitePageRoutes} from '../urls/collect';

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

export type WriteOutcome = 'créé' | 'mis à jour' | 'inchangé' | 'conservé (modifié depuis l’import)' | 'conservé (ne vient pas de cet import)';

export interface ImportedFile {
  source: string;
  /** Destination-relative path. */
  file: string;
  outcome: WriteOutcome;
  slug?: string;
}

export interface ImportProblem {
  /** Export-relative path of the file the problem is in. */
  source: string;
  line?: number;
  message: string;
}

export interface ImportReport {
  exportDir: string;
  /** The space's root in the export (`.gitbook.yaml` may move it): problem paths are relative to it. */
  root: string;
  dest: string;
  dryRun: boolean;
  pages: ImportedFile[];
  files: ImportedFile[];
  counts: Counts;
  problems: ImportProblem[];
  /** Files of an earlier import that this export no longer produces: left in place. */
  stale: string[];
}

export class ImportError extends Error {}

const toPosix = (value: string) => value.split(path.sep).join('/');

/** `.gitbook.yaml` may move the space's root and rename README.md and SUMMARY.md. */
async function spaceLayout(exportDir: string): Promise<{root: string; summary: string; readme: string}> {
  const configFile = path.join(exportDir, '.gitbook.yaml');
  let config: {root?: string; structure?: {summary?: string; readme?: string}} = {};
  if (existsSync(configFile)) {
    // gray-matter's YAML reader, as for front matter: a well-kept parser already in the project.
    config = matter(`---\n${await readFile(configFile, 'utf8')}\n---\n`).data as typeof config;
  }
  const root = path.resolve(exportDir, config.root ?? '.');
  return {root, summary: config.structure?.summary ?? 'SUMMARY.md', readme: config.structure?.readme ?? 'README.md'};
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
    .map((file, index) => ({label: path.posix.basename(file, '.md') === 'README' ? 'Introduction' : path.posix.basename(file, '.md'), source: file, line: index + 1, children: []}));
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
  lastPosition: number;
}

async function existingSite(options: ImportOptions, manifest: Manifest): Promise<ExistingSite> {
  const owned = (absolute: string) => toPosix(path.relative(options.dest, absolute)) in manifest.files;
  const slugs = new Set<string>();
  for (const file of await listFiles(options.docsRoot)) {
    const absolute = path.join(options.docsRoot, file);
    if (!/\.mdx?$/.test(file) || owned(absolute)) continue;
    const slug = matter(await readFile(absolute, 'utf8')).data.slug;
    if (typeof slug === 'string') slugs.add(slug);
  }
  // The site's own addresses, which an imported page must not take: its pages (src/pages), the
  // routes and files its plugins add (scripts/urls/collect.ts), and what the build writes besides.
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
  return {slugs, names, lastPosition};
}

function urlPrefixOf(options: ImportOptions): string {
  const relative = toPosix(path.relative(options.docsRoot, options.dest));
  if (relative === '') return '';
  if (relative.startsWith('..')) {
    throw new ImportError(`La destination ${options.dest} n'est pas dans le dossier des pages ${options.docsRoot}.`);
  }
  const segments = relative.split('/');
  if (segments.some((segment) => segment !== asciiSlug(segment))) {
    throw new ImportError(`Le dossier de destination « ${relative} » doit être en minuscules ASCII, mots séparés par des tirets (par exemple docs/${asciiSlug(relative) || 'mon-espace'}).`);
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
  const report: ImportReport = {exportDir: options.exportDir, root: layout.root, dest: options.dest, dryRun: Boolean(options.dryRun), pages: [], files: [], counts: {}, problems: [], stale: []};

  let summary: Summary;
  if (exportFileSet.has(layout.summary)) {
    summary = readSummary(await readFile(path.join(layout.root, layout.summary), 'utf8'));
  } else {
    summary = summaryFromFiles(markdownFiles, layout.readme);
    report.problems.push({source: layout.summary, message: 'absent de l’export : les pages sont importées dans l’ordre alphabétique ; réordonnez-les avec sidebar_position.'});
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
      message: `l'adresse ${page.wantedSlug} est déjà celle d'une page du site : « ${page.label} » est publiée à ${page.slug} ; changez son slug si une autre adresse convient mieux.`,
    });
  }

  // First pass: titles, descriptions and heading ids of every page, which links to it need.
  const analyses = new Map<string, PageAnalysis>();
  const pages: PlannedPage[] = [];
  for (const page of plan.pages) {
    if (!exportFileSet.has(page.source)) {
      report.problems.push({source: layout.summary, line: page.summaryLine, message: `la page « ${page.source} » est au sommaire mais absente de l'export : non importée.`});
      continue;
    }
    // One kind of line ending in what is written: exports made on Windows use CRLF.
    const text = (await readFile(path.join(layout.root, page.source), 'utf8')).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    let parsed: matter.GrayMatterFile<string>;
    try {
      parsed = matter(text);
    } catch (error) {
      report.problems.push({source: page.source, line: 1, message: `en-tête YAML illisible (${(error as Error).message.split('\n')[0]}) : page non importée.`});
      continue;
    }
    const bodyLineOffset = text.slice(0, text.length - parsed.content.length).split('\n').length - 1;
    analyses.set(page.source, analyzePage(parsed.content, bodyLineOffset, parsed.data, page.label));
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
  const previousAssets = new Map(Object.entries(manifest.files).filter(([file]) => file.startsWith('assets/')).map(([file, entry]) => [entry.source, file]));
  const assetsDir = path.join(options.dest, 'assets');
  const foreignAssets = (await listFiles(assetsDir)).map((file) => `assets/${file}`).filter((file) => !(file in manifest.files));
  const assetNames = new UniqueNames([...foreignAssets, ...previousAssets.values()].map((file) => file.slice('assets/'.length)));
  const assets = new Map<string, string>();
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

  // Second pass: every page, with its links pointing to the new places.
  const outputs: {file: string; source: string; content: string | Buffer; slug?: string; kind: 'page' | 'file'}[] = [];
  for (const page of pages) {
    const analysis = analyses.get(page.source)!;
    const converted = convertBody({
      source: page.source,
      file: page.file,
      analysis,
      links: {
        page: (exportPath) => {
          const target = pageBySource.get(exportPath);
          return target && {file: target.file, title: analyses.get(exportPath)!.title, anchors: analyses.get(exportPath)!.anchors};
        },
        asset: assetFor,
        unlisted: (exportPath) => markdownFileSet.has(exportPath) && !pageBySource.has(exportPath),
      },
    });
    for (const [key, value] of Object.entries(converted.counts)) report.counts[key] = (report.counts[key] ?? 0) + value;
    for (const problem of converted.problems) report.problems.push({source: page.source, ...problem});
    let description = analysis.description;
    if (!description) {
      description = descriptionFromBody(converted.body);
      report.problems.push({
        source: page.source,
        line: 1,
        message: description
          ? `pas de « description » : elle est tirée du premier paragraphe (${description.length} caractères) ; relisez-la${description.length < 50 ? ' et complétez-la jusqu’à 50 caractères au moins' : ''}, elle apparaît dans les moteurs de recherche.`
          : 'pas de « description » et pas de paragraphe pour en tirer une : écrivez-la dans l’en-tête de la page importée (la construction l’exige).',
      });
    } else if (description.length < 50 || description.length > 160) {
      report.problems.push({source: page.source, line: 1, message: `description de ${description.length} caractères : réécrivez-la entre 50 et 160 caractères.`});
    }
    if (analysis.droppedFields.length > 0) {
      count(report.counts, 'champs d’en-tête GitBook retirés', analysis.droppedFields.length);
    }
    const label = page.label.trim();
    const typesetLabel = applyFrenchTypography(label);
    const content =
      frontMatterText({
        title: analysis.title,
        sidebar_label: typesetLabel !== analysis.title ? typesetLabel : undefined,
        sidebar_position: page.position,
        description,
        slug: page.slug,
      }) +
      '\n' +
      converted.body;
    outputs.push({file: page.file, source: page.source, content, slug: page.slug, kind: 'page'});
  }
  for (const category of plan.categories) {
    const content = `${JSON.stringify({label: applyFrenchTypography(category.label), position: category.position}, null, 2)}\n`;
    outputs.push({file: `${category.dir}/_category_.json`, source: `${layout.summary} « ${category.label} »`, content, kind: 'file'});
  }
  for (const [source, file] of assets) {
    outputs.push({file, source, content: await readFile(path.join(layout.root, source)), kind: 'file'});
  }

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
  return report;
}

function count(counts: Counts, key: string, by: number) {
  counts[key] = (counts[key] ?? 0) + by;
}
