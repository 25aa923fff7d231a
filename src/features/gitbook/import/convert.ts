/**
 * Fourth phase of an import: every page converted (page.ts), with its links leading to the new
 * places of the pages and files, and its front matter; the categories of the sidebar; the files the
 * pages use. Nothing is written yet: the outputs go to the write phase (write.ts).
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import {bodyLineOffset, type AnalysedPage, type AnalysedSpace} from './analyse';
import {toPosix, type ImportOptions} from './options';
import {addCounts, count, type Counts, type PageLinks, type PageProblem} from './page-types';
import {analyzePage, convertBody, descriptionFromBody} from './page';
import type {PlannedSpace} from './plan';
import type {Space} from './read';
import {redirectTarget} from './redirects';
import type {ImportProblem} from './report-types';

/** A file the import would write: a page, a category, a copied or downloaded file. */
export interface Output {
  /** Destination-relative path. */
  file: string;
  /** Where it comes from: a path of the export, an address, the summary's entry. */
  source: string;
  content: string | Buffer;
  slug?: string;
  kind: 'page' | 'file';
}

export interface ConvertedSpace {
  outputs: Output[];
  counts: Counts;
  problems: ImportProblem[];
}

/** Where the pages and files of the export now are, for the links of every page. */
function pageLinks(space: Space, plan: PlannedSpace, analysed: AnalysedSpace): PageLinks {
  const bySource = new Map(analysed.pages.map((analysedPage) => [analysedPage.page.source, analysedPage]));
  const markdownFiles = new Set(space.markdownFiles);
  const links: PageLinks = {
    page: (exportPath) => {
      const target = bySource.get(exportPath);
      return target && {file: target.page.file, title: target.analysis.title, anchors: target.analysis.anchors};
    },
    asset: (exportPath) => plan.assets.fileFor(exportPath),
    unlisted: (exportPath) => markdownFiles.has(exportPath) && !bySource.has(exportPath) && !exportPath.startsWith('.gitbook/'),
    redirect: (oldPath) => redirectTarget(space, oldPath),
    remoteImage: (url) => analysed.remoteImages.get(url),
    variable: (expression) => analysed.variables.get(expression),
    include: (exportPath, into) => {
      const text = analysed.includes.get(exportPath);
      if (text === undefined) return undefined;
      let parsed: matter.GrayMatterFile<string>;
      try {
        parsed = matter(text);
      } catch {
        return undefined;
      }
      // A reusable block has no title of its own: nothing of it goes to the page's front matter.
      const analysis = analyzePage(parsed.content, bodyLineOffset(text, parsed.content), {}, '', analysed.typeset);
      return convertBody({source: exportPath, file: into.file, analysis: {...analysis, title: ''}, links, including: [...(into.including ?? []), into.source]});
    },
  };
  return links;
}

function frontMatterText(fields: Record<string, string | number | undefined>): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${typeof value === 'string' && key !== 'slug' ? JSON.stringify(value) : String(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** The page's description: its own, or one drawn from its first paragraph; what a person must check said. */
function describe({page, analysis}: AnalysedPage, body: string, problems: ImportProblem[]): string | undefined {
  const description = analysis.description;
  if (description && (description.length < 50 || description.length > 160)) {
    problems.push({source: page.source, line: 1, message: `description de ${description.length} caractères : réécrivez-la entre 50 et 160 caractères.`});
  }
  if (description) return description;
  const drawn = descriptionFromBody(body, 160, analysis.typeset);
  problems.push({
    source: page.source,
    line: 1,
    message: drawn
      ? `pas de « description » : elle est tirée du premier paragraphe (${drawn.length} caractères) ; relisez-la${drawn.length < 50 ? ' et complétez-la jusqu’à 50 caractères au moins' : ''}, elle apparaît dans les moteurs de recherche.`
      : 'pas de « description » et pas de paragraphe pour en tirer une : écrivez-la dans l’en-tête de la page importée (la construction l’exige).',
  });
  return drawn;
}

/** Adaptive content: each condition said once for the whole space. */
function saidOnce(problem: PageProblem, conditions: Set<string>): boolean {
  const condition = /^contenu adaptatif \{% if (.*) %\}/.exec(problem.message)?.[1];
  if (condition === undefined) return true;
  if (conditions.has(condition)) return false;
  conditions.add(condition);
  return true;
}

/** One page: its body converted, its front matter, and what a person must finish. */
function convertPage(analysedPage: AnalysedPage, links: PageLinks, analysed: AnalysedSpace, converted: ConvertedSpace, conditions: Set<string>): void {
  const {page, analysis} = analysedPage;
  const result = convertBody({source: page.source, file: page.file, analysis, links});
  addCounts(converted.counts, result.counts);
  for (const problem of result.problems) {
    if (saidOnce(problem, conditions)) converted.problems.push({...problem, source: problem.source ?? page.source});
  }
  const description = describe(analysedPage, result.body, converted.problems);
  if (analysis.droppedFields.length > 0) count(converted.counts, 'champs d’en-tête GitBook retirés', analysis.droppedFields.length);
  const typesetLabel = analysed.typeset(page.label.trim());
  const fields = {
    title: analysis.title,
    sidebar_label: typesetLabel !== analysis.title ? typesetLabel : undefined,
    sidebar_position: page.position,
    description,
    slug: page.slug,
    lang: analysed.foreign,
  };
  converted.outputs.push({file: page.file, source: page.source, content: `${frontMatterText(fields)}\n${result.body}`, slug: page.slug, kind: 'page'});
}

/**
 * The categories of the sidebar. Docusaurus refuses two categories of one label without a `key`
 * (their translation keys would clash): GitBook spaces often repeat one (« FAQ » in each part).
 * Such categories get their folder as key.
 */
function categoryOutputs(space: Space, plan: PlannedSpace, analysed: AnalysedSpace, options: ImportOptions): Output[] {
  const labels = [...plan.site.categoryLabels, ...plan.categories.map((category) => analysed.typeset(category.label))];
  const repeated = new Set(labels.filter((label, index) => labels.indexOf(label) !== index));
  return plan.categories.map((category) => {
    const label = analysed.typeset(category.label);
    const key = repeated.has(label) ? toPosix(path.relative(options.docsRoot, path.join(options.dest, category.dir))) : undefined;
    const content = `${JSON.stringify({label, position: category.position, ...(key ? {key} : {})}, null, 2)}\n`;
    return {file: `${category.dir}/_category_.json`, source: `${space.summaryFile} « ${category.label} »`, content, kind: 'file'};
  });
}

export async function convertSpace(space: Space, plan: PlannedSpace, analysed: AnalysedSpace, options: ImportOptions): Promise<ConvertedSpace> {
  const converted: ConvertedSpace = {outputs: [], counts: {}, problems: []};
  const links = pageLinks(space, plan, analysed);
  const conditions = new Set<string>();
  for (const analysedPage of analysed.pages) convertPage(analysedPage, links, analysed, converted, conditions);
  converted.outputs.push(...categoryOutputs(space, plan, analysed, options));
  // The files the pages link to, copied; then the images downloaded from other sites.
  for (const [source, file] of plan.assets.copied) converted.outputs.push({file, source, content: await readFile(path.join(space.root, source)), kind: 'file'});
  for (const downloaded of plan.assets.downloaded) converted.outputs.push({...downloaded, kind: 'file'});
  return converted;
}
