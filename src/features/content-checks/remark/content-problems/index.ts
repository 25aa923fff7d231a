/**
 * Content problems: the last remark plugin of every page. Stops the build with all the problems
 * that the content plugins before it recorded (front matter, GitBook blocks, tables…), each with its
 * file, line and fix. In a draft (PUBLICATION_DRAFT=1, src/shared/settings/site.ts), prints them instead, as
 * warnings, so that a space just imported can be read whole while a person works through them. The
 * warnings (content kept as it was) are printed in both cases.
 */
import type {Root} from 'mdast';
import type {Plugin} from 'unified';
import {contentProblemsOf, contentWarningsOf, formatProblem, throwRecordedProblems} from '../../../../shared/content-problems';
import {isDraft} from '../../../../shared/settings/site';

export interface ContentProblemsOptions {
  /** A draft build: problems are printed, not thrown. Defaults to PUBLICATION_DRAFT=1. */
  draft?: boolean;
  /** Where the lines go; the console's warnings by default. */
  warn?: (line: string) => void;
}

const remarkContentProblems: Plugin<[ContentProblemsOptions?], Root> = function remarkContentProblems(options = {}) {
  const draft = options.draft ?? isDraft();
  const warn = options.warn ?? ((line: string) => console.warn(line));
  return (_tree, file) => {
    for (const warning of contentWarningsOf(file)) warn(`[avertissement] ${formatProblem(file.path, warning)}`);
    if (!draft) {
      throwRecordedProblems(file);
      return;
    }
    for (const problem of contentProblemsOf(file)) warn(`[brouillon, à corriger avant publication] ${formatProblem(file.path, problem)}`);
  };
};

export default remarkContentProblems;
