/**
 * `npm test`: every test, in the order of the GitLab pipeline (.gitlab-ci.yml), on one machine.
 *
 * 1. At once: the contributor's text (`npm run test:content`, the pipeline's first job, its output
 *    shown as it comes), the unit tests, and the builds the site tests read (`npm run test:prepare`):
 *    none waits for another, and the machine's cores share them. A content problem stops the rest.
 * 2. Then the site tests (`vitest run --project site`) on those builds, the pipeline's own jobs
 *    (tests/pipeline) among them.
 *
 * The exit code is 0 when everything passed, 1 otherwise; each failed step is named at the end.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');

interface Step {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Printed as it comes (the contributor's problems), or once the step ends (not interleaved). */
  live?: boolean;
}

interface Result {
  step: Step;
  code: number | null;
  seconds: number;
}

const running = new Set<ChildProcess>();

function run(step: Step): Promise<Result> {
  const started = Date.now();
  return new Promise((resolve) => {
    // Each step in its own process group, so that stopping it stops what it started (a build…).
    const child = spawn(step.command, step.args, {
      cwd: root,
      env: {...process.env, ...step.env},
      stdio: step.live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    running.add(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      running.delete(child);
      if (!step.live) process.stdout.write(`\n── ${step.name} ──\n${output}`);
      resolve({step, code, seconds: (Date.now() - started) / 1000});
    });
  });
}

function stopOthers(): void {
  for (const child of running) {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

async function main(): Promise<number> {
  const content: Step = {
    name: 'contenu, adresses, traductions, types et ESLint (npm run test:content)',
    command: npm,
    args: ['run', '-s', 'test:content'],
    live: true,
  };
  const unit: Step = {name: 'tests unitaires (vitest --project unit)', command: process.execPath, args: [vitest, 'run', '--project', 'unit']};
  const builds: Step = {name: 'constructions des tests (npm run test:prepare)', command: npm, args: ['run', '-s', 'test:prepare']};
  const site: Step = {
    name: 'tests du site (vitest --project site)',
    command: process.execPath,
    args: [vitest, 'run', '--project', 'site'],
    env: {TEST_BUILDS: 'reuse'},
    live: true,
  };

  const results: Result[] = [];
  const first = [run(content), run(unit), run(builds)];
  const contentResult = await first[0]!;
  if (contentResult.code !== 0) {
    // What a contributor must fix first: the rest would only add noise.
    stopOthers();
    await Promise.all(first);
    console.error(`\nÉchec : ${content.name}. Corrigez les problèmes ci-dessus (fichier:ligne:colonne), puis relancez npm test.`);
    return 1;
  }
  results.push(contentResult, ...(await Promise.all(first.slice(1))));
  const buildsResult = results.find((result) => result.step === builds)!;
  if (buildsResult.code === 0) results.push(await run(site));

  const failed = results.filter((result) => result.code !== 0);
  console.log(`\n${results.map((result) => `${result.code === 0 ? '✓' : '✗'} ${result.step.name} : ${result.seconds.toFixed(0)} s`).join('\n')}`);
  if (buildsResult.code !== 0) console.error('Les tests du site n’ont pas pu commencer : leurs constructions ont échoué (voir plus haut).');
  if (failed.length > 0) console.error(`\nÉchec : ${failed.map((result) => result.step.name).join(' ; ')}.`);
  return failed.length > 0 || buildsResult.code !== 0 ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopOthers();
    process.exit(130);
  });
}

main().then((code) => {
  process.exitCode = code;
});
