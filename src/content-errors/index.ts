/**
 * Content errors: collects the mistakes found in one Markdown file and stops the build with all of
 * them at once, each as `file:line:column message`, so that a contributor fixes a page in one pass.
 */
import path from 'node:path';
import type {Node, Point} from 'unist';
import type {VFile} from 'vfile';

export interface ContentProblem {
  line: number;
  column: number;
  message: string;
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

/** The error thrown to stop the build; its message lists every problem, one per line. */
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

/** Gathers the problems of one file while a plugin walks its tree. */
export class ContentProblems {
  private readonly problems: ContentProblem[] = [];

  constructor(private readonly file: VFile) {}

  /** Records a problem at a point, or at the start of a node (line 1 when it has no position). */
  add(place: Node | Pick<Point, 'line' | 'column'> | undefined, message: string): void {
    const start = place && 'line' in place ? place : place?.position?.start;
    this.problems.push({line: start?.line ?? 1, column: start?.column ?? 1, message});
  }

  /** Throws a {@link ContentError} when anything was recorded. */
  throwIfAny(): void {
    if (this.problems.length > 0) {
      throw new ContentError(this.file.path, this.problems);
    }
  }
}
