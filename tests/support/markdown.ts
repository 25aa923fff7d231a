/**
 * Runs remark plugins the way Docusaurus does for a `.md` page (CommonMark, front matter, directives,
 * GFM), and prints the resulting tree as MDX so that fixture outputs are readable and reviewable.
 */
import {readFile} from 'node:fs/promises';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import type {Root} from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import {unified, type PluggableList} from 'unified';
import {VFile} from 'vfile';
import {expect} from 'vitest';
import {ContentError} from '../../src/shared/content-problems';
import remarkContentProblems from '../../src/features/content-checks/remark/content-problems';

export interface ProcessedMarkdown {
  tree: Root;
  /** The transformed page, printed as MDX. */
  mdx: string;
  /** The page's file, with the messages the plugins recorded (warnings among them). */
  file: VFile;
}

/** `isMdx`: the page is MDX (`.mdx`), parsed with its imports and components, as Docusaurus does. */
export async function processMarkdownFile(filePath: string, plugins: PluggableList, {isMdx = false}: {isMdx?: boolean} = {}): Promise<ProcessedMarkdown> {
  const value = await readFile(filePath, 'utf8');
  // As Docusaurus does: the front matter is parsed first and handed to the plugins in the file's data.
  const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath, fileContent: value});
  const file = new VFile({path: filePath, value, data: {frontMatter}});
  const processor = unified()
    .use(remarkParse)
    .use(isMdx ? [remarkMdx] : [])
    .use(remarkFrontmatter)
    .use(remarkDirective)
    .use(remarkGfm)
    .use(plugins)
    // As in docusaurus.config.ts: the recorded content problems stop the processing at the end.
    .use(remarkContentProblems, {warn: () => {}});
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  const mdx = unified()
    .use(remarkMdx)
    .use(remarkFrontmatter)
    .use(remarkDirective)
    .use(remarkGfm)
    .use(remarkStringify, {bullet: '-', emphasis: '_'})
    .stringify(tree);
  return {tree, mdx, file};
}

/** The content error that `work` must end with; the test fails if it succeeds or fails otherwise. */
export async function contentErrorOf(work: Promise<unknown>): Promise<ContentError> {
  const error = await work.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, 'une erreur de contenu devait arrêter la construction').toBeInstanceOf(ContentError);
  return error as ContentError;
}
