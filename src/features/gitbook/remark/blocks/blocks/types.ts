/** What a GitBook block definition receives and returns. */
import type {RootContent} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import type {ContentProblems} from '../../../../../shared/content-problems';
import type {GitbookTag} from '../syntax';
import type {ParsedTag} from '../tag';

export interface BlockContext {
  tag: ParsedTag;
  open: GitbookTag;
  /** The closing tag; undefined for a block written without one (`{% embed … %}` alone). */
  close: GitbookTag | undefined;
  children: RootContent[];
  problems: ContentProblems;
  file: VFile;
  /** The locale being built, for the labels a block writes (a file's size). */
  locale: string;
}

export interface BlockDefinition {
  /** Name of the tag that closes the block, e.g. `endhint`. */
  end: string;
  /** The closing tag may be left out: the block is then the opening tag alone. */
  endIsOptional?: boolean;
  /** Attributes the tag accepts; any other is reported. */
  attributes: readonly string[];
  /** What follows the tag's name is free text (a condition), not attributes. */
  freeText?: boolean;
  /** Builds the nodes that replace the block (one, or several side by side), or records why it cannot. */
  build(context: BlockContext): RootContent | RootContent[] | undefined;
}

export function attribute(name: string, value: string): MdxJsxAttribute {
  return {type: 'mdxJsxAttribute', name, value};
}

/** An MDX component element spanning from the opening tag to the closing one. */
export function component(
  name: string,
  attributes: MdxJsxAttribute[],
  children: RootContent[],
  {open, close}: Pick<BlockContext, 'open' | 'close'>,
): MdxJsxFlowElement {
  const end = (close ?? open).position?.end;
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes,
    children: children as MdxJsxFlowElement['children'],
    position: open.position && end && {start: open.position.start, end},
  };
}
