/**
 * Page front matter: records a problem (the build then stops) when a guide page lacks its `title`,
 * `description` or ASCII `slug`, with the file, the line and the fix (rules in src/shared/front-matter).
 * A remark plugin, so that these problems are reported with the page's other content problems.
 */
import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import {ContentProblems} from '../../../../shared/content-problems';
import {docFrontMatterProblems} from '../../../../shared/front-matter';
import {isGuidePage} from '../../../../shared/front-matter/guide-page';

export interface PageFrontMatterOptions {
  /** Folders whose Markdown files are guide pages (absolute paths). */
  docsDirs: string[];
}

const remarkPageFrontMatter: Plugin<[PageFrontMatterOptions], Root> = function remarkPageFrontMatter(options) {
  return (_tree, file) => {
    if (!file.path || !isGuidePage(file.path, options.docsDirs)) {
      return;
    }
    // Docusaurus parses the front matter before MDX and hands it over in the file's data.
    const frontMatter = (file.data as {frontMatter?: Record<string, unknown>}).frontMatter ?? {};
    const problems = new ContentProblems(file);
    for (const {line, column, message} of docFrontMatterProblems(String(file.value), frontMatter)) {
      problems.add({line, column}, message);
    }
  };
};

export default remarkPageFrontMatter;
