/**
 * Syntax of GitBook tags: a line made of one `{% … %}` tag becomes a `gitbookTag` node.
 *
 * Why a tokenizer and not a search in text nodes: GitBook exports close blocks without a blank line,
 * so `{% endhint %}` often follows a list item and CommonMark would read it as a lazy continuation of
 * that item's paragraph. As a flow construct, a tag line interrupts the paragraph and closes the
 * containers that do not indent it, exactly like a fenced code block would.
 */
import {markdownLineEnding, markdownSpace} from 'micromark-util-character';
import {codes} from 'micromark-util-symbol';
import type {Code, Construct, Effects, Extension, State, Token, TokenizeContext} from 'micromark-util-types';
import type {CompileContext, Extension as FromMarkdownExtension} from 'mdast-util-from-markdown';
import type {Literal, Parent, Root, RootContent} from 'mdast';
import type {Processor} from 'unified';

/**
 * A GitBook tag alone on its line, e.g. `{% hint style="info" %}`; `value` is its inside. A line of
 * several tags (`{% openapi … %}{% endopenapi %}`) gives one node per tag (splitGitbookTags).
 */
export interface GitbookTag extends Literal {
  type: 'gitbookTag';
}

declare module 'mdast' {
  interface RootContentMap {
    gitbookTag: GitbookTag;
  }
  interface BlockContentMap {
    gitbookTag: GitbookTag;
  }
}

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    gitbookTag: 'gitbookTag';
  }
}

const gitbookTagConstruct: Construct = {
  name: 'gitbookTag',
  tokenize: tokenizeGitbookTag,
};

/** micromark extension: tried before MDX expressions, which also start with `{`. */
export function gitbookTagSyntax(): Extension {
  return {flow: {[codes.leftCurlyBrace]: {...gitbookTagConstruct, add: 'before'}}};
}

function tokenizeGitbookTag(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  // True once `%}` is read: only spaces or tabs may follow it on the line.
  let closed = false;

  return start;

  function start(code: Code): State | undefined {
    if (code !== codes.leftCurlyBrace) {
      return nok(code);
    }
    effects.enter('gitbookTag');
    effects.consume(code);
    return afterBrace;
  }

  function afterBrace(code: Code): State | undefined {
    if (code !== codes.percentSign) {
      return nok(code);
    }
    effects.consume(code);
    return inside;
  }

  function inside(code: Code): State | undefined {
    if (code === codes.eof || markdownLineEnding(code)) {
      if (!closed) {
        // Not a tag line (a tag without `%}`): the paragraph keeps it, and the plugin reports it.
        return nok(code);
      }
      effects.exit('gitbookTag');
      return ok(code);
    }
    if (closed) {
      // Another tag on the same line (`{% openapi … %}{% endopenapi %}`, as exports write some):
      // the line is a run of tags. Text after a tag: not a tag line.
      if (code === codes.leftCurlyBrace) return consumeThen(code, nextTag);
      return markdownSpace(code) ? consumeThen(code, inside) : nok(code);
    }
    if (code === codes.percentSign) {
      return consumeThen(code, percent);
    }
    return consumeThen(code, inside);
  }

  function nextTag(code: Code): State | undefined {
    if (code !== codes.percentSign) return nok(code);
    closed = false;
    return consumeThen(code, inside);
  }

  function percent(code: Code): State | undefined {
    if (code === codes.rightCurlyBrace) {
      closed = true;
      return consumeThen(code, inside);
    }
    return inside(code);
  }

  function consumeThen(code: Code, next: State): State {
    effects.consume(code);
    return next;
  }
}

/** The tags of one line, each with the line's position: `a %}{% b` → `a`, `b`. */
export function splitGitbookTags(node: GitbookTag): GitbookTag[] {
  const parts = node.value.split(/\s*%\}\s*\{%\s*/);
  return parts.length === 1 ? [node] : parts.map((value) => ({...node, value: value.trim()}));
}

/** mdast-util-from-markdown extension: turns the token into a `gitbookTag` node. */
export function gitbookTagFromMarkdown(): FromMarkdownExtension {
  return {
    enter: {
      gitbookTag(this: CompileContext, token: Token) {
        const raw = this.sliceSerialize(token).trim();
        // `{%` … `%}` removed: the node keeps what a reader would call the tag.
        const value = raw.slice(2, -2).trim();
        this.enter({type: 'gitbookTag', value}, token);
      },
    },
    exit: {
      gitbookTag(this: CompileContext, token: Token) {
        this.exit(token);
      },
    },
  };
}

/** A line of a GitBook tag, or several. */
const tagLine = /^[ \t]*\{%.*%\}[ \t]*$/;
/** HTML blocks that end at their closing tag, not at a blank line: what they hold is theirs (`<pre>`…). */
export const rawHtml = /^[ \t]*<(pre|script|style|textarea)[\s>]|^[ \t]*<!--|^[ \t]*<[?!]/i;

/**
 * Splits the HTML blocks that hold tag lines. CommonMark ends an HTML block such as `<figure>…` at
 * a blank line only, and GitBook writes `{% endstep %}` right after one: without this, the tag
 * would be read as HTML and its block left open.
 */
function splitHtmlAtTags(tree: Root): void {
  const walk = (parent: Parent) => {
    parent.children = (parent.children as RootContent[]).flatMap((child): RootContent[] => {
      if ('children' in child) walk(child as Parent);
      if (child.type !== 'html' || rawHtml.test(child.value) || !child.value.split('\n').some((line) => tagLine.test(line))) return [child];
      const start = child.position?.start;
      // Offsets hold only where the lines are not indented by a container (a list item, a quote).
      const exact = start?.column === 1 && start.offset !== undefined;
      const pieces: RootContent[] = [];
      let lines: string[] = [];
      let first = 0;
      let offset = start?.offset ?? 0;
      const point = (line: number, at: number) =>
        start ? {line: start.line + line, column: line === 0 ? start.column : 1, ...(exact ? {offset: at} : {})} : undefined;
      const located = <T extends RootContent>(node: T, fromLine: number, fromOffset: number, toLine: number, toOffset: number): T => {
        const from = point(fromLine, fromOffset);
        const to = point(toLine, toOffset);
        return from && to ? {...node, position: {start: from, end: to}} : node;
      };
      let firstOffset = offset;
      const flush = (endLine: number, endOffset: number) => {
        if (lines.some((line) => line.trim() !== '')) pieces.push(located({type: 'html', value: lines.join('\n')}, first, firstOffset, endLine, endOffset));
        lines = [];
      };
      child.value.split('\n').forEach((line, index) => {
        if (tagLine.test(line)) {
          flush(index - 1, offset - 1);
          const value = line.trim().slice(2, -2).trim();
          const tagNode = located({type: 'gitbookTag', value} as GitbookTag, index, offset, index, offset + line.length);
          pieces.push(...splitGitbookTags(tagNode));
          first = index + 1;
          firstOffset = offset + line.length + 1;
        } else {
          if (lines.length === 0) {
            first = index;
            firstOffset = offset;
          }
          lines.push(line);
        }
        offset += line.length + 1;
      });
      flush(child.value.split('\n').length - 1, offset - 1);
      return pieces;
    }) as Parent['children'];
  };
  walk(tree);
}

/**
 * Unified plugin: parses GitBook tag lines as `gitbookTag` nodes. The build's plugin
 * (remark-gitbook-blocks) registers it, and so do the tools that must read pages as the build does
 * (the content checker, the GitBook importer).
 */
export function remarkGitbookTagSyntax(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gitbookTagSyntax());
  (data.fromMarkdownExtensions ??= []).push(gitbookTagFromMarkdown(), {transforms: [splitHtmlAtTags]});
}
