/**
 * A content file as the checks read it: its text, its front matter parsed as Docusaurus does, and
 * its Markdown tree parsed as the build parses it (CommonMark for `.md`, MDX for `.mdx`, with front
 * matter, directives, GFM and GitBook tag lines), before any plugin changes it.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import type {Root} from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {location} from 'vfile-location';
import {ContentError, type ContentProblem} from '../content-problems';
import {parseFrontMatter} from '../front-matter';
import {remarkGitbookTagSyntax} from './gitbook-tag-syntax';
import {isGuidePage} from '../front-matter/guide-page';
import {pageLanguageOf} from '../i18n/page-language';

export interface ContentFile {
  /** Absolute path. */
  path: string;
  /** Path shown in findings: relative to the site folder (the current folder of the command). */
  display: string;
  source: string;
  /** The source as the parser reads it (see {@link parsableText}): same length, same lines. */
  markdown: string;
  mdx: boolean;
  /** A page of the guide (docs folders, not a `_partial`): its front matter follows the schema. */
  guidePage: boolean;
  /** The page's language: its `lang` field, else `fr`, or the locale of its folder under i18n/ (a translation). */
  locale: string;
  /** Undefined when the YAML cannot be read (reported in {@link frontMatterErrors}). */
  frontMatter: Record<string, unknown> | undefined;
  frontMatterErrors: ContentProblem[];
  /** The Markdown tree; empty when the page cannot be parsed (reported in {@link syntaxErrors}). */
  tree: Root;
  syntaxErrors: ContentProblem[];
  /** 1-based line and column of a source offset. */
  pointAt(offset: number): {line: number; column: number};
}

/**
 * Folders of guide pages under a site folder, as in docusaurus.config.ts: `docs/` and the translated
 * docs of each locale.
 */
export function docsDirsOf(siteDir: string, locales: readonly string[]): string[] {
  return [path.join(siteDir, 'docs'), ...locales.map((locale) => path.join(siteDir, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current'))];
}

/** The syntax extensions Docusaurus uses for a page's format, without the site's plugins. */
export function baseParser(mdx: boolean) {
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective).use(remarkGfm);
  return mdx ? processor.use(remarkMdx) : processor;
}

/** The parser of a page as the build reads it: with its GitBook tag lines. */
export function markdownParser(mdx: boolean) {
  return baseParser(mdx).use(remarkGitbookTagSyntax);
}

/**
 * The text given to the parser. Docusaurus reads `<!-- comments -->` in MDX pages too (it adds a
 * comment syntax to MDX); remark-mdx does not, so they are blanked, offsets and lines unchanged.
 */
export function parsableText(source: string, mdx: boolean): string {
  return mdx ? source.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' ')) : source;
}

/** Line and column of a parser error (a VFileMessage), or the file's start. */
export function errorPlace(error: unknown): {line: number; column: number} {
  const {line, column} = error as {line?: number; column?: number};
  return {line: typeof line === 'number' ? line : 1, column: typeof column === 'number' ? column : 1};
}

/** The language of a page: that of its i18n/<locale>/ folder, French elsewhere. */
export function localeOf(filePath: string, siteDir: string): string {
  const [first, locale] = path.relative(siteDir, filePath).split(path.sep);
  return first === 'i18n' && locale ? locale : 'fr';
}

/** Path shown in findings: relative to the site folder when the file is inside it. */
function shownPath(filePath: string, siteDir: string): string {
  const relative = path.relative(siteDir, filePath);
  return relative.startsWith('..') || path.isAbsolute(relative) ? filePath : relative.split(path.sep).join('/');
}

export async function loadContentFile(filePath: string, docsDirs: readonly string[], siteDir: string): Promise<ContentFile> {
  const source = await readFile(filePath, 'utf8');
  const mdx = path.extname(filePath).toLowerCase() === '.mdx';
  const place = location(source);

  let frontMatter: Record<string, unknown> | undefined;
  const frontMatterErrors: ContentProblem[] = [];
  try {
    // The site's hook, as the build calls it: an unreadable YAML gives the line of the mistake.
    ({frontMatter} = await parseFrontMatter({filePath, fileContent: source, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER}));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    frontMatterErrors.push(...error.problems);
  }

  const markdown = parsableText(source, mdx);
  let tree: Root = {type: 'root', children: []};
  const syntaxErrors: ContentProblem[] = [];
  try {
    tree = markdownParser(mdx).parse(markdown);
  } catch (error) {
    const reason = (error as {reason?: string; message?: string}).reason ?? (error as Error).message;
    syntaxErrors.push({
      ...errorPlace(error),
      message: `Page illisible (MDX) : ${reason}. Vérifiez les balises < > et les accolades { } de cette ligne ; dans une page .mdx, écrivez \\< et \\{ pour les afficher tels quels.`,
    });
  }

  return {
    path: filePath,
    display: shownPath(filePath, siteDir),
    source,
    markdown,
    mdx,
    guidePage: isGuidePage(filePath, [...docsDirs]),
    // A page says when it is written in another language than its folder's (`lang: en`).
    locale: pageLanguageOf(frontMatter) ?? localeOf(filePath, siteDir),
    frontMatter,
    frontMatterErrors,
    tree,
    syntaxErrors,
    pointAt(offset) {
      const point = place.toPoint(offset);
      return {line: point?.line ?? 1, column: point?.column ?? 1};
    },
  };
}
