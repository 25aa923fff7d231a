/**
 * `npm run import:gitbook -- <dossier-export> [--dest docs/dossier] [--force] [--dry-run]`
 *
 * Imports a GitBook export (the folder with SUMMARY.md) into the guide, then prints what it
 * converted and what a person must finish by hand. See import.ts for the steps, CONTRIBUTING.md
 * for how contributors use it.
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {importGitbook, ImportError} from './import';
import {formatReport} from './report';

const usage = `Usage : npm run import:gitbook -- <dossier-export> [--dest docs/dossier] [--force] [--dry-run]

  <dossier-export>  le dossier de l'export GitBook (celui qui contient SUMMARY.md)
  --dest            où écrire les pages (par défaut docs, à la racine du guide)
  --force           remplacer aussi les pages modifiées depuis le dernier import
  --dry-run         afficher le rapport sans rien écrire`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        dest: {type: 'string', default: 'docs'},
        force: {type: 'boolean', default: false},
        'dry-run': {type: 'boolean', default: false},
        help: {type: 'boolean', short: 'h', default: false},
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (parsed.values.help || parsed.positionals.length !== 1) {
    (parsed.values.help ? console.log : console.error)(usage);
    return parsed.values.help ? 0 : 2;
  }
  try {
    const report = await importGitbook({
      exportDir: path.resolve(parsed.positionals[0]!),
      dest: path.resolve(parsed.values.dest),
      docsRoot: path.resolve('docs'),
      force: parsed.values.force,
      dryRun: parsed.values['dry-run'],
    });
    console.log(formatReport(report));
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
