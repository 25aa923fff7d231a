/** What a GitBook block definition receives and returns. */
import type {RootContent} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import type {ContentProblems} from '../../../../../shared/content-problems';
import type {GitbookTag} from '../../../../../shared/markdown/gitbook-tag-syntax';
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

/** True for the MDX element `name` that a block of this plugin wrote (`<Tab>`, `<Step>`…). */
export function isComponent(node: RootContent, name: string): node is MdxJsxFlowElement {
  return node.type === 'mdxJsxFlowElement' && node.name === name;
}

/**
 * A block that holds only blocks of one kind (`{% tabs %}` of `{% tab %}`, `{% stepper %}` of
 * `{% step %}`…) → the component `name` around their components `item`. Anything else between its
 * tags is a problem (`stray`, where it stands), and so is an empty block (`empty`).
 */
export function groupBlock({
  end,
  attributes,
  name,
  item,
  stray,
  empty,
}: {
  end: string;
  attributes: readonly string[];
  name: string;
  item: string;
  stray: string;
  empty: string;
}): BlockDefinition {
  return {
    end,
    attributes,
    build(context) {
      const {children, problems, open} = context;
      const strays = children.filter((child) => !isComponent(child, item));
      for (const child of strays) problems.add(child, stray);
      if (children.length === 0) problems.add(open, empty);
      return strays.length === 0 && children.length > 0 ? component(name, [], children, context) : undefined;
    },
  };
}
