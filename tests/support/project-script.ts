/**
 * Runs one of the project's command-line scripts (src/features/<name>/…/cli.ts and the like) with tsx, as `npm run` does,
 * from any folder: how the tests use the commands a contributor types.
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {commandEnv, projectRoot} from './build-site';

export interface ScriptRun {
  code: number | null;
  /** stdout then stderr. */
  output: string;
}

export function runProjectScript(script: string, args: readonly string[], cwd: string): ScriptRun {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(projectRoot, script), ...args], {
    cwd,
    env: commandEnv(),
    encoding: 'utf8',
  });
  return {code: result.status, output: `${result.stdout}${result.stderr}`};
}
