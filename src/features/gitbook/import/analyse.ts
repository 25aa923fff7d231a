/**
 * Third phase of an import: what every page is before any is converted, since links to a page need
 * its title and the ids of its headings. Each planned page is read (front matter, body), the
 * space's language told (an English space keeps its typography and says its language), and each
 * page analysed (page.ts). The reusable blocks and GitBook's variables are read, and the images
 * of other sites that the pages show are downloaded, to be published with them.
 */
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import {defaultLocale} from '../../../shared/i18n/site-texts';
import {applyFrenchTypography} from '../../french-typography/public';
import {detectLanguage} from './language';
import type {ImportOptions} from './options';
import type {Root} from 'mdast';
import {analyzePage, asWritten, parsePage, type Counts, type PageAnalysis, type ParsedPage, type Typeset} from './page';
import type {PlannedPage, PlannedSpace} from './plan';
import {readSpaceText, type Space} from './read';
import {downloadImages, remoteImageUrls} from './remote-images';
import type {ImportProblem} from './report-types';

export interface AnalysedPage {
  page: PlannedPage;
  analysis: PageAnalysis;
}

export interface AnalysedSpace {
  /** The pages of the plan that the export has and that could be read, in the summary's order. */
  pages: AnalysedPage[];
  /** The space's language when it is not the site's: its pages say it (`lang:`). */
  foreign?: 'fr' | 'en';
  typeset: Typeset;
  /** The texts of the reusable blocks, and of the other Markdown files a page may include. */
  includes: Map<string, string>;
  /** GitBook's variables, `space.vars.NAME` → value. */
  variables: Map<string, string>;
  /** Address of an image of another site → its place in assets/, or undefined when it could not be downloaded. */
  remoteImages: Map<string, string | undefined>;
  counts: Counts;
  problems: ImportProblem[];
}

interface ReadPage {
  page: PlannedPage;
  text: string;
  parsed: matter.GrayMatterFile<string>;
  /** Its body with integration blocks converted, parsed once for the language, the analysis and its images. */
  body: ParsedPage;
}

/** The lines before a body: its front matter's. */
export const bodyLineOffset = (text: string, body: string) => text.slice(0, text.length - body.length).split('\n').length - 1;

async function readPages(space: Space, plan: PlannedSpace, problems: ImportProblem[]): Promise<ReadPage[]> {
  const read: ReadPage[] = [];
  for (const page of plan.pages) {
    if (!space.files.has(page.source)) {
      problems.push({
        source: space.summaryFile,
        line: page.summaryLine,
        message: `la page « ${page.source} » est au sommaire mais absente de l'export : non importée.`,
      });
      continue;
    }
    const text = await readSpaceText(space, page.source);
    try {
      const parsed = matter(text);
      read.push({page, text, parsed, body: parsePage(parsed.content)});
    } catch (error) {
      problems.push({source: page.source, line: 1, message: `en-tête YAML illisible (${(error as Error).message.split('\n')[0]}) : page non importée.`});
    }
  }
  return read;
}

/** GitBook's variables (`space.vars.NAME` in a page), from .gitbook/vars.yaml, read by the same YAML reader as front matter. */
async function readVariables(space: Space, problems: ImportProblem[]): Promise<Map<string, string>> {
  const variables = new Map<string, string>();
  const varsFile = path.join(space.root, '.gitbook', 'vars.yaml');
  if (!existsSync(varsFile)) return variables;
  try {
    const data = (matter(`---\n${await readFile(varsFile, 'utf8')}\n---\n`).data ?? {}) as Record<string, unknown>;
    for (const [name, value] of Object.entries(data)) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') variables.set(`space.vars.${name}`, String(value));
    }
  } catch (error) {
    problems.push({
      source: '.gitbook/vars.yaml',
      line: 1,
      message: `fichier des variables illisible (${(error as Error).message.split('\n')[0]}) : les expressions des pages restent à remplacer à la main.`,
    });
  }
  return variables;
}

/** Images of other sites: fetched once, before the pages are written, into assets/ with the others. */
async function fetchRemoteImages(texts: Array<string | Root>, plan: PlannedSpace, options: ImportOptions): Promise<Map<string, string | undefined>> {
  const remoteImages = new Map<string, string | undefined>();
  const downloads = await downloadImages([...new Set(texts.flatMap(remoteImageUrls))], {dryRun: Boolean(options.dryRun)});
  for (const [url, download] of downloads) remoteImages.set(url, download && plan.assets.addDownloaded(url, download));
  return remoteImages;
}

export async function analyseSpace(space: Space, plan: PlannedSpace, options: ImportOptions): Promise<AnalysedSpace> {
  const problems: ImportProblem[] = [];
  const counts: Counts = {};
  const read = await readPages(space, plan, problems);
  // A space in English (GitBook's own documentation) keeps its typography and says its language.
  const language = detectLanguage(read.map(({body}) => body.tree));
  // The pages of docs/ are in the site's default locale.
  const foreign = language !== undefined && language !== defaultLocale ? language : undefined;
  const typeset: Typeset = foreign ? asWritten : applyFrenchTypography;
  if (foreign) counts[`pages en ${foreign === 'en' ? 'anglais' : foreign}, marquées lang: ${foreign}`] = read.length;
  const pages = read.map(({page, text, parsed, body}) => ({
    page,
    analysis: analyzePage(body, bodyLineOffset(text, parsed.content), parsed.data, page.label, typeset),
  }));
  const imported = new Set(pages.map(({page}) => page.source));
  // A page of the summary that could not be read is said above, not as one the summary leaves out.
  const listed = new Set(plan.pages.map(({source}) => source));
  for (const file of space.markdownFiles) {
    if (!listed.has(file) && !file.startsWith('.gitbook/')) {
      problems.push({source: file, message: 'page absente de SUMMARY.md : non importée (ajoutez-la au sommaire de l’export pour l’importer).'});
    }
  }
  // Reusable blocks: GitBook keeps them in .gitbook/includes/; a page may include another Markdown file too.
  const includes = new Map<string, string>();
  for (const file of space.markdownFiles.filter((name) => name.startsWith('.gitbook/') || !imported.has(name)))
    includes.set(file, await readSpaceText(space, file));
  const remoteImages = await fetchRemoteImages([...read.map(({body}) => body.tree), ...includes.values()], plan, options);
  const variables = await readVariables(space, problems);
  return {pages, foreign, typeset, includes, variables, remoteImages, counts, problems};
}
