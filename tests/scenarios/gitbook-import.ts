/**
 * A whole GitBook space imported with `npm run import:gitbook`, as a contributor runs it: the export
 * of tests/fixtures/gitbook-export (nested sections, accented names, colliding assets…) twice (the
 * second run must write nothing), then a space written as GitBook's export writes today (every
 * construct of bench/gitbook-spaces/generate.ts, to-do items included, its images « of other
 * sites » served on the loopback, one address in two failing). The build is a draft: today's space
 * keeps what a person must still fix.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {generateSpace, spaceProfiles, type SpacePlan} from '../../bench/gitbook-spaces/generate';
import {projectRoot} from '../support/build-site';
import {serveImages} from '../support/image-server';
import {runProjectScript, type ScriptRun} from '../support/project-script';
import {scenarioDocsDir, type Scenario} from './scenario';

export const gitbookExportDir = path.join(projectRoot, 'tests', 'fixtures', 'gitbook-export');

export interface GitbookImportRecord {
  /** Where the fixture's export was imported, relative to the site. */
  dest: string;
  firstRun: ScriptRun;
  secondRun: ScriptRun;
  /** Today's space: where, its import, and what the generator knows a person fixes. */
  todayDest: string;
  todayRun: ScriptRun;
  todayPlan: SpacePlan;
}

const importer = 'src/features/gitbook/import/index.ts';

export const gitbookImport: Scenario<GitbookImportRecord> = {
  name: 'gitbook-import',
  env: {PUBLICATION_DRAFT: '1'},
  async prepare(siteDir) {
    const dest = `${scenarioDocsDir}/import-gitbook`;
    const todayDest = `${scenarioDocsDir}/espace-du-jour`;
    const firstRun = runProjectScript(importer, [gitbookExportDir, '--dest', dest], siteDir);
    const secondRun = runProjectScript(importer, [gitbookExportDir, '--dest', dest], siteDir);
    const images = await serveImages((url) => url.startsWith('/images/'), await readFile(path.join(gitbookExportDir, '.gitbook', 'assets', 'image-1.png')));
    try {
      const todayExport = path.join(siteDir, '..', 'export-gitbook-du-jour');
      const todayPlan = await generateSpace(spaceProfiles.essai!, todayExport, {imageOrigin: images.origin});
      const todayRun = runProjectScript(importer, [todayExport, '--dest', todayDest], siteDir);
      return {dest, firstRun, secondRun, todayDest, todayRun, todayPlan};
    } finally {
      await images.close();
    }
  },
};
