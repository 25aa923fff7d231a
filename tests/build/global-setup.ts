/**
 * Builds the site once for the `site` test project, as production does, into tests/.output/site,
 * then makes the guide's PDFs from it (npm run pdf), which also links every page to its PDF.
 * The tests read the folder's HTML, serve it to Chromium, and never build it again.
 */
import {rm} from 'node:fs/promises';
import path from 'node:path';
import type {TestProject} from 'vitest/node';
import {makeGuidePdfs} from '../../src/features/pdf/guide-pdfs';
import {buildSite, projectRoot} from '../support/build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    siteBuildDir: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const outDir = path.join(projectRoot, 'tests', '.output', 'site');
  await rm(outDir, {recursive: true, force: true});
  const result = await buildSite({outDir});
  if (result.code !== 0) {
    throw new Error(`La construction du site a échoué (code ${result.code}) :\n${result.output}`);
  }
  console.log(`Site construit en ${result.seconds.toFixed(1)} s dans ${path.relative(projectRoot, outDir)}`);
  await makeGuidePdfs(outDir, (line) => console.log(`PDF du guide, ${line}`));
  project.provide('siteBuildDir', outDir);
}
