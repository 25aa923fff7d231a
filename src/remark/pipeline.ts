/**
 * The site's remark plugins, in one place: docusaurus.config.ts gives them to Docusaurus, and the
 * content checker (scripts/lint-content) runs the same ones, so that it reports exactly what the
 * build would stop on.
 */
import type {PluggableList} from 'unified';
import remarkContentProblems from './content-problems';
import remarkCorrespondenceTable from './correspondence-table';
import remarkFrenchTypography from './french-typography';
import remarkGitbookArtefacts from './gitbook-artefacts';
import remarkGitbookBlocks from './gitbook-blocks';
import remarkGitbookHtml from './gitbook-html';
import remarkImageAlt, {remarkDecorativeImages} from './image-alt';
import remarkPageFrontMatter from './page-front-matter';

export interface ContentPipelineOptions {
  /** Folders whose Markdown files are guide pages (absolute paths). */
  docsDirs: string[];
  /** The locale being built. */
  locale: string;
}

/**
 * Remark plugins of every page, before Docusaurus's own (so that the table of contents sees the
 * typography, and that links made from GitBook blocks are resolved like any other): checks, GitBook
 * blocks and HTML, typography, the site's components. They record content problems in the file's data.
 */
export function beforeDefaultRemarkPlugins({docsDirs, locale}: ContentPipelineOptions): PluggableList {
  return [
    [remarkPageFrontMatter, {docsDirs}],
    [remarkGitbookBlocks, {locale}],
    remarkGitbookHtml,
    remarkGitbookArtefacts,
    remarkImageAlt,
    [remarkFrenchTypography, {locale}],
    remarkCorrespondenceTable,
  ];
}

/** After Docusaurus's own plugins: decorative images keep their empty `alt`; then the build stops with every recorded content problem. */
export const remarkPlugins: PluggableList = [remarkDecorativeImages, remarkContentProblems];
