/**
 * Git history: the « Dernière mise à jour » dates come from each page's last commit. A shallow
 * clone (CI's default) holds one commit only, so every page would show that commit's date: then
 * the dates are not shown at all, and the build says how to get the full history.
 */
import {execFileSync} from 'node:child_process';

export type GitHistory = 'complete' | 'shallow' | 'none';

export function gitHistory(siteDir: string): GitHistory {
  try {
    const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], {
      cwd: siteDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return shallow === 'false' ? 'complete' : 'shallow';
  } catch {
    return 'none';
  }
}

/** Whether pages may show their last update date, with a warning when they may not. */
export function canShowLastUpdate(siteDir: string, warn: (message: string) => void = console.warn): boolean {
  const history = gitHistory(siteDir);
  if (history === 'shallow') {
    warn(
      '[communs-numeriques] Clone git superficiel : les dates « Dernière mise à jour » sont masquées, car elles seraient fausses. ' +
        'Récupérez tout l’historique (git fetch --unshallow ; dans GitLab CI, GIT_DEPTH: 0).',
    );
  }
  return history === 'complete';
}
