/**
 * Content errors: the mistakes found in one Markdown file, each as `file:line:column message`.
 *
 * The remark plugins record problems in the file's data instead of throwing, and the last plugin
 * (src/remark/content-problems) stops the build with all of them: a contributor fixes a page in one
 * pass, even when its front matter and its GitBook blocks are both wrong.
 */
import path from 'node:path';
import type {Node, Point} from 'unist';
import type {VFile} from 'vfile';

export interface ContentProblem {
  line: number;
  column: number;
  message: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Problems recorded by the content plugins, reported together at the end. */
    contentProblems: ContentProblem[];
  }
}

/** Path shown to contributors: relative to the site when the file is inside it. */
export function displayPath(filePath: string | undefined): string {
  if (!filePath) {
    return '<fichier inconnu>';
  }
  const relative = path.relative(process.cwd(), filePath);
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? filePath
    : relative.split(path.sep).join('/');
}

export function formatProblem(filePath: string | undefined, problem: ContentProblem): string {
  return `${displayPath(filePath)}:${problem.line}:${problem.column} ${problem.message}`;
}

/** The error that stops the build; its message lists every problem, one per line. */
export class ContentError extends Error {
  declare readonly problems: readonly ContentProblem[];
  declare readonly filePath: string | undefined;

  constructor(filePath: string | undefined, problems: readonly ContentProblem[]) {
    const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
    super(sorted.map((problem) => formatProblem(filePath, problem)).join('\n'));
    // Not enumerable: Docusaurus prints an error's own fields as JSON after its message, and the
    // message already says everything a contributor needs.
    Object.defineProperties(this, {
      problems: {value: sorted, enumerable: false},
      filePath: {value: filePath, enumerable: false},
    });
  }
}

ContentError.prototype.name = 'ContentError';

/** Records problems in a file's data, where the reporting plugin finds them. */
export class ContentProblems {
  private readonly problems: ContentProblem[];

  constructor(file: VFile) {
    this.problems = file.data.contentProblems ??= [];
  }

  /** Records a problem at a point, or at the start of a node (line 1 when it has no position). */
  add(place: Node | Pick<Point, 'line' | 'column'> | undefined, message: string): void {
    const start = place && 'line' in place ? place : place?.position?.start;
    this.problems.push({line: start?.line ?? 1, column: start?.column ?? 1, message});
  }
}

/** Throws a {@link ContentError} with every problem recorded for the file, if any. */
export function throwRecordedProblems(file: VFile): void {
  const problems = file.data.contentProblems ?? [];
  if (problems.length > 0) {
    throw new ContentError(file.path, problems);
  }
}
