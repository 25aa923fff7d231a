/**
 * Imports a GitBook export into the site, in phases that hand their data on:
 * 1. read (read.ts): the space's layout, files and table of contents → `Space`;
 * 2. plan (plan.ts): each page's file and address, the files' names in assets/, what the site
 *    already has → `PlannedSpace`;
 * 3. analyse (analyse.ts): each page read and analysed (title, heading ids), the space's language,
 *    its reusable blocks and variables, its images of other sites downloaded → `AnalysedSpace`;
 * 4. convert (convert.ts): each page converted with its links to the new places, the categories,
 *    the files → `ConvertedSpace` (outputs, nothing written yet);
 * 5. write (write.ts): what the manifest allows (manifest.ts) → `WrittenSpace`; then the old
 *    addresses into the site's redirects (redirects.ts);
 * 6. report (report.ts): what was done, and the to-do list of what was not.
 */
import path from 'node:path';
import {analyseSpace} from './analyse';
import {convertSpace} from './convert';
import type {ImportOptions} from './options';
import {planSpace} from './plan';
import {readSpace} from './read';
import {redirectOldAddresses} from './redirects';
import {writeTodo} from './report';
import type {ImportReport} from './report-types';
import {writeOutputs} from './write';

export {ImportError, type ImportOptions} from './options';
export {todoFileName} from './report';
export type {ImportedFile, ImportProblem, ImportReport, WriteOutcome} from './report-types';

export async function importGitbook(options: ImportOptions): Promise<ImportReport> {
  const space = await readSpace(options.exportDir);
  const plan = await planSpace(space, options);
  const analysed = await analyseSpace(space, plan, options);
  const converted = await convertSpace(space, plan, analysed, options);
  const written = await writeOutputs(converted.outputs, plan, options);
  const redirected = await redirectOldAddresses(space, plan, analysed, options);
  const report: ImportReport = {
    exportDir: options.exportDir,
    root: space.root,
    dest: options.dest,
    dryRun: Boolean(options.dryRun),
    ...written,
    counts: {...analysed.counts, ...converted.counts},
    problems: [...space.problems, ...plan.problems, ...analysed.problems, ...converted.problems, ...redirected.problems],
    redirects: redirected.redirects,
  };
  report.todoFile = await writeTodo(report, path.dirname(options.docsRoot));
  return report;
}
