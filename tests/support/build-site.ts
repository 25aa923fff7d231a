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
      env: {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', NO_COLOR: '1', FORCE_COLOR: '0', ...env},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({code, output, seconds: (Date.now() - started) / 1000}));
  });
}
