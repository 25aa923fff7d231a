/**
 * The site's remark plugins, in one place, assembled from the features that give them (one import
 * each, like the lines of docusaurus.config.ts): docusaurus.config.ts gives them to Docusaurus, and
 * the content checker (src/features/content-checks/lint) runs the same ones, so that it reports
 * exactly what the build would stop on. Not shared code: the assembly of features, next to the
 * configuration; removing a feature removes its lines here too.
 */
import type {PluggableList} from 'unified';
import remarkContentProblems from './features/content-checks/remark/content-problems';
import remarkCorrespondenceTable from './features/correspondence-table/remark';
import remarkFrenchTypography from './features/french-typography/remark';
import remarkGitbookArtefacts from './features/gitbook/remark/artefacts';
import remarkGitbookBlocks from './features/gitbook/remark/blocks';
import remarkGitbookHtml from './features/gitbook/remark/html';
import remarkImageAlt, {remarkDecorativeImages} from './features/content-checks/remark/image-alt';
import remarkLinks from './features/content-checks/remark/links';
import remarkPageFrontMatter from './features/content-checks/remark/page-front-matter';
import remarkStaticPage from './features/islands/remark/static-page';
import remarkNoScript from './features/content-security/remark/no-script';
import remarkOutsideLoads from './features/content-security/remark/outside-loads';
import {isDraft, readSiteSettings} from './shared/settings/site';
import {docusaurusStaticComponents} from './features/islands/static-components';
import {correspondenceTableStaticComponents} from './features/correspondence-table/static-components';
import {gitbookStaticComponents} from './features/gitbook/static-components';
import {publicPagesStaticComponents} from './features/public-pages/static-components';
import {publishedUrlsStaticComponents} from './features/published-urls/static-components';
import type {StaticComponents} from './shared/static-components';

/** What works without React in the browser, as each feature declares it: what a page may use without `hydrate: true`. */
export const staticComponents: StaticComponents = [
  docusaurusStaticComponents,
  gitbookStaticComponents,
  correspondenceTableStaticComponents,
  publicPagesStaticComponents,
  publishedUrlsStaticComponents,
].reduce<StaticComponents>((all, feature) => ({components: [...all.components, ...feature.components], modules: [...all.modules, ...feature.modules]}), {
  components: [],
  modules: [],
});

export interface ContentPipelineOptions {
  /** The site's folder. */
  siteDir: string;
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
export function beforeDefaultRemarkPlugins({siteDir, docsDirs, locale}: ContentPipelineOptions): PluggableList {
  return [
    // First, on what the author wrote: no script from content, and what would freeze without React,
    // stop the build.
    remarkNoScript,
    [remarkOutsideLoads, {siteOrigin: new URL(readSiteSettings().url).origin, draft: isDraft()}],
    [remarkStaticPage, staticComponents],
    [remarkPageFrontMatter, {docsDirs}],
    [remarkGitbookBlocks, {locale}],
    remarkGitbookHtml,
    remarkGitbookArtefacts,
    remarkImageAlt,
    [remarkLinks, {siteDir, locale}],
    [remarkFrenchTypography, {locale, siteDir}],
    remarkCorrespondenceTable,
  ];
}

/** After Docusaurus's own plugins: decorative images keep their empty `alt`; then the build stops with every recorded content problem. */
export const remarkPlugins: PluggableList = [remarkDecorativeImages, remarkContentProblems];
