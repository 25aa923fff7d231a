/**
 * `npm run bench:gitbook [-- collectivite communaute produit]`
 *
 * For each generated GitBook space (generate.ts), as a contributor would: imports it into a copy of
 * the site (`npm run import:gitbook`), builds the whole space with the draft switch
 * (`PUBLICATION_DRAFT=1`), works through the to-do list (fix.ts), then builds it normally and runs
 * `npm run lint:content`. Prints, per space: pages, blocks converted, items left for a person,
 * warnings of the draft build, the share of the export's distinct words that reach the draft's
 * pages and the words lost (fidelity.ts), the elements of the draft that would load from another
 * site (none, with one image download in two failing), and the time and peak memory (the whole
 * process tree's resident memory, sampled) of the import and of each build.
 */
import {spawn} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import matter from 'gray-matter';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {copySite} from '../../tests/support/scratch-site';
import {projectRoot} from '../../tests/support/build-site';
import {fixImportedSpace} from './fix';
import {measureFidelity, outsideRequestsOfBuild, type Fidelity} from './fidelity';
import {generateSpace, spaceProfiles, type SpacePlan} from './generate';
import {serveImages} from '../../tests/support/image-server';

const outputRoot = path.join(projectRoot, 'bench', '.output', 'gitbook-spaces');
const tsx = path.join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const docusaurus = path.join(projectRoot, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');

interface Run {
  code: number | null;
  output: string;
  seconds: number;
  /** Peak resident memory of the process and its children, in MiB. */
  peakMiB: number;
}

/** Resident memory (KiB) of `pid` and all its descendants, from /proc. */
function treeRssKib(pid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      rss.set(Number(entry), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const current = stack.pop()!;
    total += rss.get(current) ?? 0;
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {cwd, env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env}, stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRssKib(child.pid!))), 250);
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({code, output, seconds: (Date.now() - started) / 1000, peakMiB: Math.round(peak / 1024)});
    });
  });
}

/** The images « of other sites »: served on the loopback, one address in two failing. */
const imageServer = () => serveImages((url) => url.startsWith('/images/'));

const build = (siteDir: string, env: NodeJS.ProcessEnv) =>
  run([docusaurus, 'build', '--locale', 'fr', '--out-dir', path.join(siteDir, 'build')], siteDir, {DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', ...env});

/** Lines of the form `fichier:ligne:colonne message` that a draft build printed as warnings. */
const warningLines = (output: string) => output.split('\n').filter((line) => /\.mdx?:\d+(:\d+)?\s/.test(line));

interface SpaceResult {
  name: string;
  pages: number;
  conversions: number;
  todo: number;
  todoKinds: string;
  draft: Run;
  draftWarnings: number;
  importRun: Run;
  fixes: {descriptions: number; anchors: number; links: number};
  fidelity: Fidelity;
  outside: string[];
  normal: Run;
  lint: Run;
  plan: SpacePlan;
}

async function benchSpace(name: string, imageOrigin: string): Promise<SpaceResult> {
  const profile = spaceProfiles[name];
  if (!profile) throw new Error(`Espace inconnu « ${name} » : ${Object.keys(spaceProfiles).join(', ')}`);
  const exportDir = path.join(outputRoot, name, 'export');
  const plan = await generateSpace(profile, exportDir, {imageOrigin});
  const siteDir = await copySite(path.join(outputRoot, name, 'site'), async () => {});
  const importRun = await run([tsx, path.join(projectRoot, 'src', 'features', 'gitbook', 'import', 'index.ts'), exportDir], siteDir);
  if (importRun.code !== 0) throw new Error(`import de ${name} : code ${importRun.code}\n${importRun.output}`);
  const pages = Number(/Pages \((\d+)\)/.exec(importRun.output)?.[1]);
  const conversions = [...(/Conversions : (.*)\./.exec(importRun.output)?.[1] ?? '').matchAll(/(\d+) /g)].reduce((sum, match) => sum + Number(match[1]), 0);
  const todo = Number(/À reprendre à la main \((\d+)/.exec(importRun.output)?.[1] ?? 0);
  const todoKinds = [...importRun.output.matchAll(/^ {2}(\S.*) \((\d+)\) :$/gm)].map((match) => `${match[1]} ${match[2]}`).join(' ; ');

  const draft = await build(siteDir, {PUBLICATION_DRAFT: '1'});
  if (draft.code !== 0) throw new Error(`construction brouillon de ${name} : code ${draft.code}\n${draft.output.slice(-6000)}`);
  const manifest = JSON.parse(await readFile(path.join(siteDir, 'docs', '.gitbook-import.json'), 'utf8')) as {files: Record<string, {source: string}>};
  const imported = Object.keys(manifest.files)
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.join('docs', file));
  // Read on the draft, before any fix: what the import and the build alone give readers.
  const pagesRead = Object.entries(manifest.files)
    .filter(([file]) => file.endsWith('.md'))
    .map(([file, {source}]) => ({source, route: String(matter(readFileSync(path.join(siteDir, 'docs', file), 'utf8')).data.slug)}));
  const fidelity = measureFidelity(exportDir, path.join(siteDir, 'build'), pagesRead);
  const outside = outsideRequestsOfBuild(path.join(siteDir, 'build'));
  const fixes = await fixImportedSpace(path.join(siteDir, 'docs'), plan);
  const normal = await build(siteDir, {});
  const lint = await run([tsx, path.join(projectRoot, 'src', 'features', 'content-checks', 'lint', 'cli.ts'), ...imported], siteDir);
  return {
    name,
    pages,
    conversions,
    todo,
    todoKinds,
    importRun,
    draft,
    draftWarnings: warningLines(draft.output).length,
    fixes,
    fidelity,
    outside,
    normal,
    lint,
    plan,
  };
}

async function main(): Promise<void> {
  // The three real-looking spaces; `essai`, the tests' small one, on demand.
  const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(spaceProfiles).filter((name) => name !== 'essai');
  const images = await imageServer();
  const results: SpaceResult[] = [];
  try {
    for (const name of names) {
      console.log(`… ${name}`);
      results.push(await benchSpace(name, images.origin));
    }
  } finally {
    await images.close();
  }
  const seconds = (value: number) => `${value.toFixed(1)} s`;
  console.log(
    '\n| Espace | Pages | Blocs et éléments convertis | À reprendre | Mots de l’export publiés | Requêtes vers d’autres sites | Import | Construction brouillon (avertissements) | Après reprise : construction, lint:content |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |');
  for (const result of results) {
    console.log(
      `| ${result.name} | ${result.pages} | ${result.conversions} | ${result.todo} | ${(result.fidelity.share * 100).toFixed(2).replace('.', ',')} % de ${result.fidelity.sourceWords} | ${result.outside.length} | ${seconds(result.importRun.seconds)}, ${result.importRun.peakMiB} Mio | ${seconds(result.draft.seconds)}, ${result.draft.peakMiB} Mio (${result.draftWarnings}) | ${result.normal.code === 0 ? 'réussie' : `échec (${result.normal.code})`} en ${seconds(result.normal.seconds)}, ${result.normal.peakMiB} Mio ; lint ${result.lint.code === 0 ? 'réussi' : 'en échec'} |`,
    );
  }
  for (const result of results) {
    console.log(`\n${result.name} : à reprendre par type : ${result.todoKinds}`);
    console.log(
      `${result.name} : mots perdus (${result.fidelity.lost.length}) : ${result.fidelity.lost
        .slice(0, 30)
        .map(({word, count}) => `${word} (${count})`)
        .join(', ')}`,
    );
    if (result.outside.length > 0) console.log(`${result.name} : requêtes vers d’autres sites :\n${result.outside.join('\n')}`);
    console.log(
      `${result.name} : reprise : ${result.fixes.descriptions} descriptions écrites, ${result.fixes.anchors} ancres et ${result.fixes.links} liens vers des fichiers absents retirés`,
    );
    console.log(
      `${result.name} : constructions de l’export : ${Object.entries(result.plan.constructs)
        .map(([construct, count]) => `${construct} ${count}`)
        .join(', ')}`,
    );
    if (result.normal.code !== 0) console.log(`\nConstruction normale de ${result.name} :\n${result.normal.output.slice(-4000)}`);
    if (result.lint.code !== 0) console.log(`\nlint:content de ${result.name} :\n${result.lint.output.slice(-4000)}`);
  }
  if (results.some((result) => result.normal.code !== 0 || result.lint.code !== 0 || result.outside.length > 0)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
