/**
 * Content errors: the mistakes found in one Markdown file, each as `file:line:column message`.
 *
 * The remark plugins record them as the file's messages (vfile, the unified ecosystem's own way)
 * instead of throwing, and the last plugin (src/features/content-checks/remark/content-problems) stops the build with all of
 * them: a contributor fixes a page in one pass, even when its front matter and its GitBook blocks are
 * both wrong. A problem is a fatal message; a warning (what an import kept but a person may want to
 * know) is not, and never stops anything.
 */
import path from 'node:path';
import type {Node, Point} from 'unist';
import type {VFile} from 'vfile';

export interface ContentProblem {
  line: number;
  column: number;
  message: string;
}

/** The `source` of the messages the site's content plugins record. */
export const contentMessageSource = 'communs-numeriques';

function recorded(file: VFile, fatal: boolean): ContentProblem[] {
  return file.messages
    .filter((message) => message.source === contentMessageSource && Boolean(message.fatal) === fatal)
    .map((message) => ({line: message.line ?? 1, column: message.column ?? 1, message: message.reason}));
}

/** The problems recorded for a file: what stops the build. */
export function contentProblemsOf(file: VFile): ContentProblem[] {
  return recorded(file, true);
}

/** The warnings recorded for a file: said, never blocking. */
export function contentWarningsOf(file: VFile): ContentProblem[] {
  return recorded(file, false);
}

/** Path shown to contributors: relative to the site when the file is inside it. */
export function displayPath(filePath: string | undefined): string {
  if (!filePath) {
    return '<fichier inconnu>';
  }
  const relative = path.relative(process.cwd(), filePath);
  return relative.startsWith('..') || path.isAbsolute(relative) ? filePath : relative.split(path.sep).join('/');
}

export function formatProblem(filePath: string | undefined, problem: ContentProblem): string {
  return `${displayPath(filePath)}:${problem.line}:${problem.column} ${problem.message}`;
}

/** What Docusaurus prints after a content error's message, where a stack trace would be. */
export const contributorHint = 'Corrigez chaque ligne ci-dessus dans sa page (fichier:ligne:colonne), puis enregistrez : le site se reconstruit seul.';

/** The error that stops the build; its message lists every problem, one per line. */
export class ContentError extends Error {
  declare readonly problems: readonly ContentProblem[];
  declare readonly filePath: string | undefined;

  constructor(filePath: string | undefined, problems: readonly ContentProblem[]) {
    const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
    super(sorted.map((problem) => formatProblem(filePath, problem)).join('\n'));
    // Not enumerable: Docusaurus prints an error's own fields as JSON after its message, and the
    // message already says everything a contributor needs.
    // The stack says where in the site's code the problem was found, which is nothing a contributor
    // can use: Docusaurus prints it under « Details: » after the message; what to do instead.
    Object.defineProperties(this, {
      problems: {value: sorted, enumerable: false},
      filePath: {value: filePath, enumerable: false},
      stack: {value: contributorHint, enumerable: false, writable: true, configurable: true},
    });
  }
}

ContentError.prototype.name = 'ContentError';

/** Records problems and warnings as the file's messages, where the reporting plugin finds them. */
export class ContentProblems {
  constructor(private readonly file: VFile) {}

  private record(place: Node | Pick<Point, 'line' | 'column'> | undefined, reason: string, fatal: boolean): void {
    const start = place && 'line' in place ? place : place?.position?.start;
    const message = this.file.message(reason, {place: {line: start?.line ?? 1, column: start?.column ?? 1}, source: contentMessageSource});
    message.fatal = fatal;
  }

  /** Records a problem at a point, or at the start of a node (line 1 when it has no position). */
  add(place: Node | Pick<Point, 'line' | 'column'> | undefined, message: string): void {
    this.record(place, message, true);
  }

  /** Records a warning: something kept as it was, that a person may want to look at. */
  warn(place: Node | Pick<Point, 'line' | 'column'> | undefined, message: string): void {
    this.record(place, message, false);
  }
}

/** Throws a {@link ContentError} with every problem recorded for the file, if any. */
export function throwRecordedProblems(file: VFile): void {
  const problems = contentProblemsOf(file);
  if (problems.length > 0) {
    const error = new ContentError(file.path, problems);
    announceStop(error.message.split('\n'));
    throw error;
  }
}

const stops = new Set<string>();
let recapOn = false;

/** Called by the site's configuration: the build (not a command that reads pages) ends with the recap. */
export function recapStopsAtExit(): void {
  recapOn = true;
}

/**
 * A content problem that stops the build, `file:line:column message`: Docusaurus reports it among
 * its own words (« MDX compilation failed… Cause: »), once per bundle; when the build ends in
 * failure, the problems are listed once more, alone, once each, at the end of its log.
 */
export function announceStop(lines: readonly string[]): void {
  if (!recapOn) return;
  if (stops.size === 0) {
    process.once('exit', (code) => {
      if (code === 0 || stops.size === 0) return;
      process.stderr.write(
        `\n[communs-numeriques] Construction arrêtée : ${stops.size} problème${stops.size > 1 ? 's' : ''} de contenu, chacun avec son fichier, sa ligne et la correction :\n${[...stops].join('\n')}\n`,
      );
    });
  }
  for (const line of lines) stops.add(line);
}

/**
 * A problem found by one of Docusaurus's hooks (a link or an image that leads nowhere), already
 * written `file:line:column message`: it stops the build (announced for the recap at its end), or in
 * a draft, is printed and the build goes on.
 */
export function stopOrWarn(message: string, {draft}: {draft: boolean}): undefined {
  if (draft) {
    console.warn(`[brouillon, à corriger avant publication] ${message}`);
    return undefined;
  }
  const error = new Error(message);
  // The message alone: where in Docusaurus it was found means nothing to a contributor.
  error.stack = contributorHint;
  announceStop([message]);
  throw error;
}
