/**
 * What the build would stop on: the site's own remark plugins (src/content-pipeline.ts, the list
 * docusaurus.config.ts gives Docusaurus) run on each page as Docusaurus runs them, and the content
 * problems they record (GitBook tags unknown, unclosed or misplaced, `****` artefacts, tables of
 * correspondence…) are collected instead of stopping.
 *
 * The front matter plugin is left out: its rules are front-matter.ts's, which reports them once.
 */
import type {Root} from 'mdast';
import type {Pluggable} from 'unified';
import {VFile} from 'vfile';
import remarkPageFrontMatter from '../remark/page-front-matter';
import {contentProblemsOf} from '../../../shared/content-problems';
import {beforeDefaultRemarkPlugins} from '../../../content-pipeline';
import type {Finding} from './findings';
import {baseParser, errorPlace, localeOf, type ContentFile} from '../../../shared/markdown/content-source';

const pluginOf = (pluggable: Pluggable) => (Array.isArray(pluggable) ? pluggable[0] : pluggable);

export async function checkBuildPlugins(files: readonly ContentFile[], docsDirs: string[], siteDir: string): Promise<Finding[]> {
  // Each file in its edition, as the build compiles it: a translation's links lead to its edition's pages.
  const pluginsOf = new Map<string, Pluggable[]>();
  const plugins = (edition: string) => {
    if (!pluginsOf.has(edition)) {
      pluginsOf.set(
        edition,
        beforeDefaultRemarkPlugins({siteDir, docsDirs, locale: edition}).filter((pluggable) => pluginOf(pluggable) !== remarkPageFrontMatter),
      );
    }
    return pluginsOf.get(edition)!;
  };
  const findings: Finding[] = [];
  for (const file of files) {
    const at = (line: number, column: number, message: string): Finding => ({file: file.display, line, column, message, check: 'gitbook'});
    if (file.syntaxErrors.length > 0) {
      // The page cannot be parsed: said once, by the parse itself.
      findings.push(...file.syntaxErrors.map(({line, column, message}) => at(line, column, message)));
      continue;
    }
    // As Docusaurus does: the front matter is parsed first and handed to the plugins in the file's data.
    const vfile = new VFile({path: file.path, value: file.markdown, data: {frontMatter: file.frontMatter ?? {}}});
    const processor = baseParser(file.mdx).use(plugins(localeOf(file.path, siteDir)));
    try {
      await processor.run(processor.parse(vfile) as Root, vfile);
    } catch (error) {
      const {line, column} = errorPlace(error);
      findings.push(at(line, column, `Page impossible à transformer : ${(error as Error).message}`));
    }
    for (const problem of contentProblemsOf(vfile)) {
      findings.push(at(problem.line, problem.column, problem.message));
    }
  }
  return findings;
}
