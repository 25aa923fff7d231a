/**
 * Runs a real production build (`docusaurus build`) of a site folder and returns its exit code and
 * output. The persistent bundler cache is off: every test build is a true, complete build.
 */
import {spawn} from 'node:child_process';
import path from 'node:path';

export interface BuildResult {
  code: number | null;
  /** stdout and stderr, interleaved as printed. */
  output: string;
  seconds: number;
}

export const projectRoot = path.resolve(__dirname, '..', '..');

/**
 * The environment a command of the project gets from the tests: the tests' own, without what Vitest
 * adds to it (Vite's BASE_URL, MODE…, which the site reads as its settings) nor, for a job run by
 * gitlab-ci-local, the variables of the CI job the tests may run in.
 */
export function commandEnv(extra: NodeJS.ProcessEnv = {}, {withoutCi = false} = {}): NodeJS.ProcessEnv {
  const viteVariables = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV']);
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) =>
        !viteVariables.has(name) && !name.startsWith('VITEST') && !(withoutCi && (name.startsWith('CI_') || name.startsWith('GITLAB_') || name === 'CI')),
    ),
  );
  return {...env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra};
}

export function buildSite({
  siteDir = projectRoot,
  outDir,
  env = {},
  locale,
}: {
  siteDir?: string;
  outDir: string;
  env?: NodeJS.ProcessEnv;
  /** One edition only (`fr`, `en`); every edition when undefined, as `npm run build`. */
  locale?: string;
}): Promise<BuildResult> {
  const docusaurus = path.join(projectRoot, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [docusaurus, 'build', '--out-dir', outDir, ...(locale ? ['--locale', locale] : [])], {
      cwd: siteDir,
      env: commandEnv({DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', ...env}),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({code, output, seconds: (Date.now() - started) / 1000}));
  });
}
