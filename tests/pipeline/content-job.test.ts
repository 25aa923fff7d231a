/**
 * The pipeline's first job, `content`, run by gitlab-ci-local as GitLab runs it: on the working copy
 * with a page whose GitBook tag is mistyped, it fails within about two minutes, before anything is
 * built, and names the page, its line and the fix, in French. (On the working copy as it is, the same
 * commands pass: `npm run test:content`, the first step of `npm test`.)
 */
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {projectRoot} from '../support/build-site';
import {pipelineCopy, runPipelineJob, type JobRun} from '../support/pipeline';

let run: JobRun;
const page = 'docs/essais-balise-mal-tapee.md';

beforeAll(async () => {
  const dir = await pipelineCopy(path.join(projectRoot, 'tests', '.output', 'pipeline-content'));
  await writeFile(
    path.join(dir, page),
    [
      '---',
      'title: Une page dont la balise est mal tapée',
      'description: Une page d’essai dont l’encadré est ouvert par une balise GitBook mal orthographiée.',
      'slug: /page-a-la-balise-mal-tapee',
      '---',
      '',
      'Un premier paragraphe.',
      '',
      '{% hnit style="info" %}',
      'Un encadré.',
      '{% endhint %}',
      '',
    ].join('\n'),
  );
  run = await runPipelineJob(dir, 'content');
}, 180_000);

describe('le job content, sur une page dont une balise GitBook est mal tapée', () => {
  it('échoue', () => {
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).toMatch(/FAIL\s+content/);
  });

  it('nomme le fichier, la ligne et la correction, en français', () => {
    expect(run.output).toMatch(new RegExp(`${page.replace(/[.]/g, '\\.')}:9:1 Balise GitBook \\{% hnit %\\} .*\\{% hint %\\}`));
  });

  it('répond en deux minutes au plus, sans rien construire', () => {
    expect(run.seconds).toBeLessThan(120);
    expect(run.output).not.toMatch(/docusaurus build|\[SUCCESS\]/);
  });
});
