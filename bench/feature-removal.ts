/**
 * `npm run bench:removal [-- <feature>…]`: can each feature be removed by deleting its folder and
 * what docusaurus.config.ts and src/content-pipeline.ts say of it? For every folder of src/features,
 * a copy of the site without it (its lines of both gone, and its names where they were used) goes
 * through the type check; the first errors say who still needs it. Then the features given (by default
 * search, update-feed and social-cards) are each removed for real and the French edition is
 * built. Prints a Markdown table; nothing is kept.
 */
import {execFile} from 'node:child_process';
import {readFile, readdir, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {promisify} from 'node:util';
import {commandEnv, projectRoot} from '../tests/support/build-site';
import {copySite} from '../tests/support/scratch-site';

const run = promisify(execFile);
const outputDir = path.join(projectRoot, 'bench', '.output', 'feature-removal');

/** The configuration without the feature: its lines, and the names its imports gave. */
export function configWithout(config: string, feature: string): string {
  const mentions = new RegExp(`features/${feature}(/|'|")`);
  const removed: string[] = [];
  const kept = config.split('\n').filter((line) => {
    if (!mentions.test(line)) return true;
    const names = /^import\s+(?:type\s+)?\{([^}]*)\}/.exec(line)?.[1] ?? /^import\s+(\w+)/.exec(line)?.[1] ?? '';
    removed.push(
      ...names
        .split(',')
        .map((name) =>
          name
            .replace(/^type\s+/, '')
            .split(/\s+as\s+/)
            .pop()!
            .trim(),
        )
        .filter(Boolean),
    );
    return false;
  });
  let text = kept.join('\n');
  // A name used in a list (the built pages' steps): taken out of it.
  for (const name of removed) text = text.replace(new RegExp(`\\b${name}\\b,?\\s*`, 'g'), '');
  return text;
}

async function typeCheck(siteDir: string): Promise<string[]> {
  try {
    await run(process.execPath, [path.join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], {cwd: siteDir, env: commandEnv()});
    return [];
  } catch (error) {
    const output = String((error as {stdout?: string}).stdout ?? error);
    return [
      ...new Set(
        output
          .split('\n')
          .filter((line) => /error TS/.test(line))
          .map((line) => line.split('(')[0]!),
      ),
    ];
  }
}

/** The pages (MDX, which the type check does not read) that import one of the feature's modules. */
async function pagesImporting(feature: string): Promise<string[]> {
  const found: string[] = [];
  for (const dir of ['src/pages', 'docs', 'i18n']) {
    const files = await readdir(path.join(projectRoot, dir), {recursive: true}).catch(() => [] as string[]);
    for (const file of files.map(String).filter((name) => name.endsWith('.mdx'))) {
      if ((await readFile(path.join(projectRoot, dir, file), 'utf8')).includes(`/src/features/${feature}/`)) found.push(`${dir}/${file}`);
    }
  }
  return found;
}

async function main(): Promise<void> {
  const features = (await readdir(path.join(projectRoot, 'src', 'features'), {withFileTypes: true}))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const toBuild = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['search', 'update-feed', 'social-cards'];
  const rows: string[] = [];
  for (const feature of features) {
    const siteDir = await copySite(path.join(outputDir, feature), async (dir) => {
      await rm(path.join(dir, 'src', 'features', feature), {recursive: true, force: true});
      // The configuration, and the Markdown pipeline assembled next to it.
      for (const file of ['docusaurus.config.ts', path.join('src', 'content-pipeline.ts')]) {
        const assembly = path.join(dir, file);
        await writeFile(assembly, configWithout(await readFile(assembly, 'utf8'), feature));
      }
    });
    const needers = [...(await typeCheck(siteDir)), ...(await pagesImporting(feature))];
    let build = '';
    if (toBuild.includes(feature) && needers.length === 0) {
      const started = Date.now();
      try {
        await run(process.execPath, [path.join(projectRoot, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'), 'build', '--locale', 'fr'], {
          cwd: siteDir,
          env: commandEnv({PUBLICATION_DRAFT: '1'}),
          maxBuffer: 64 * 1024 * 1024,
        });
        const pages = (await readdir(path.join(siteDir, 'build'), {recursive: true})).filter((file) => String(file).endsWith('.html')).length;
        build = `construit sans elle en ${Math.round((Date.now() - started) / 1000)} s (${pages} pages HTML)`;
      } catch (error) {
        build = `construction en échec : ${
          String((error as {stderr?: string}).stderr ?? error)
            .split('\n')
            .find((line) => /error|Error/.test(line)) ?? ''
        }`;
      }
    }
    rows.push(`| \`${feature}\` | ${needers.length === 0 ? 'oui' : 'non'} | ${needers.length === 0 ? '' : needers.join(', ')} | ${build} |`);
    console.error(rows.at(-1));
    await rm(siteDir, {recursive: true, force: true});
  }
  console.log(
    [
      '| fonctionnalité | retirable (dossier et lignes de la configuration) | qui en a encore besoin (vérification des types) | construction |',
      '| --- | --- | --- | --- |',
      ...rows,
    ].join('\n'),
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
