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
import type {
  Code,
  Construct,
  Effects,
  Extension,
  State,
  Token,
  TokenizeContext,
} from 'micromark-util-types';
import type {CompileContext, Extension as FromMarkdownExtension} from 'mdast-util-from-markdown';
import type {Literal} from 'mdast';
import type {Processor} from 'unified';

/** A GitBook tag alone on its line, e.g. `{% hint style="info" %}`; `value` is its inside. */
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
      // Text after the tag, or a second tag on the line: not a tag line either.
      return markdownSpace(code) ? consumeThen(code, inside) : nok(code);
    }
    if (code === codes.percentSign) {
      return consumeThen(code, percent);
    }
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

/**
 * Unified plugin: parses GitBook tag lines as `gitbookTag` nodes. The build's plugin
 * (remark-gitbook-blocks) registers it, and so do the tools that must read pages as the build does
 * (the content checker, the GitBook importer).
 */
export function remarkGitbookTagSyntax(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gitbookTagSyntax());
  (data.fromMarkdownExtensions ??= []).push(gitbookTagFromMarkdown());
}
