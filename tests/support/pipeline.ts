/**
 * The GitLab pipeline (.gitlab-ci.yml), run here for real: its jobs by gitlab-ci-local, with the
 * shell executor, in a git repository that holds the working copy as it is now (its files tracked or
 * not, but not the ignored ones), its node_modules linked. What a job writes (public/) stays there.
 */
import {execFileSync, spawn} from 'node:child_process';
import {cp, mkdir, rm, symlink} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {commandEnv, projectRoot} from './build-site';

const gitlabCiLocal = path.join(projectRoot, 'node_modules', 'gitlab-ci-local', 'dist', 'index.js');

/** A repository in `dir` with the working copy's files, committed, and the project's node_modules. */
export async function pipelineCopy(dir: string): Promise<string> {
  await rm(dir, {recursive: true, force: true});
  await mkdir(dir, {recursive: true});
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {cwd: projectRoot, encoding: 'utf8'})
    .split('\0')
    .filter((file) => file !== '' && existsSync(path.join(projectRoot, file)));
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, file)), {recursive: true});
    await cp(path.join(projectRoot, file), path.join(dir, file));
  }
  await symlink(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, stdio: 'ignore'});
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=Essai', '-c', 'user.email=essai@exemple.fr', 'commit', '-q', '-m', 'Copie de travail');
  return dir;
}

export interface JobRun {
  code: number | null;
  /** What gitlab-ci-local printed: each line of the job behind its name. */
  output: string;
  seconds: number;
}

/** Runs one job of .gitlab-ci.yml with gitlab-ci-local (shell executor) in `dir`, with these variables. */
export function runPipelineJob(dir: string, job: string, variables: Record<string, string> = {}): Promise<JobRun> {
  const args = [
    gitlabCiLocal,
    '--force-shell-executor',
    '--no-color',
    '--max-job-name-padding',
    '0',
    // The variables GitLab sets for a merge request pipeline, given on purpose.
    '--ignore-predefined-vars',
    'CI_PIPELINE_SOURCE,CI_PROJECT_DIR,CI_MERGE_REQUEST_IID,CI_PAGES_URL',
    // The project's folder as a runner gives it, rather than gitlab-ci-local's placeholder.
    '--variable',
    `CI_PROJECT_DIR=${dir}`,
    ...Object.entries(variables).flatMap(([name, value]) => ['--variable', `${name}=${value}`]),
    job,
  ];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {cwd: dir, env: commandEnv({}, {withoutCi: true}), stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({code, output, seconds: (Date.now() - started) / 1000}));
  });
}
