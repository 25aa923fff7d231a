/**
 * A vanilla Astro Starlight site with the same pages and editions as this one: the guide's pages in
 * French (root) and English (/en/), a home page listing them, Starlight's defaults for everything
 * else (its search, Pagefind, included). Installed in a folder of its own with npm, pinned to the
 * last versions that run on Node 20 (astro 5, @astrojs/starlight 0.37): it is a yardstick of
 * bench/compare-frameworks.ts, never a dependency of the project.
 *
 * Our pages use our Markdown (GitBook blocks, `{#id}` heading ids): Starlight shows it as text, as
 * vanilla Docusaurus does (bench/vanilla-site.ts). Only the front matter is translated: `slug`
 * becomes the file's name, `sidebar_position` Starlight's `sidebar.order`.
 */
import {execFile} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {copyFile, mkdir, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {promisify} from 'node:util';
import {projectRoot} from '../tests/support/build-site';

const run = promisify(execFile);

export const starlightVersions = {astro: '5.18.2', starlight: '0.37.7'} as const;

const astroConfig = `// Vanilla Starlight, written by bench/starlight-site.ts.
import {defineConfig} from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://communs.example',
  integrations: [
    starlight({
      title: 'Communs numériques',
      defaultLocale: 'root',
      locales: {root: {label: 'Français', lang: 'fr'}, en: {label: 'English', lang: 'en'}},
    }),
  ],
});
`;

const contentConfig = `import {defineCollection} from 'astro:content';
import {docsLoader} from '@astrojs/starlight/loaders';
import {docsSchema} from '@astrojs/starlight/schema';

export const collections = {docs: defineCollection({loader: docsLoader(), schema: docsSchema()})};
`;

interface GuidePage {
  slug: string;
  title: string;
  markdown: string;
}

/** A guide page of ours, with Starlight's front matter. */
function starlightPage(file: string): GuidePage | undefined {
  const source = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) return undefined;
  const fields = new Map(
    match[1]!
      .split('\n')
      .map((line) => /^(\w+):\s*(.*)$/.exec(line))
      .filter((field): field is RegExpExecArray => field !== null)
      .map((field) => [field[1]!, field[2]!]),
  );
  const slug = fields.get('slug')?.replace(/^\//, '');
  const title = fields.get('title');
  if (!slug || !title) return undefined;
  const frontMatter = [
    `title: ${title}`,
    ...(fields.has('description') ? [`description: ${fields.get('description')}`] : []),
    ...(fields.has('sidebar_position') ? ['sidebar:', `  order: ${fields.get('sidebar_position')}`] : []),
  ];
  return {slug, title: title.replace(/^"|"$/g, ''), markdown: `---\n${frontMatter.join('\n')}\n---\n${source.slice(match[0].length)}`};
}

async function writeEdition(contentDir: string, sourceDir: string, home: {title: string; description: string}): Promise<void> {
  await mkdir(contentDir, {recursive: true});
  const pages = readdirSync(sourceDir)
    .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
    .map((name) => starlightPage(path.join(sourceDir, name)))
    .filter((page): page is GuidePage => page !== undefined);
  for (const page of pages) await writeFile(path.join(contentDir, `${page.slug}.md`), page.markdown);
  const links = pages.map((page) => `- [${page.title}](${page.slug}/)`).join('\n');
  await writeFile(path.join(contentDir, 'index.md'), `---\ntitle: ${home.title}\ndescription: ${home.description}\n---\n\n${links}\n`);
}

/** Writes and installs the Starlight site in `siteDir`, builds it into `siteDir/dist`; returns dist. */
export async function buildStarlightSite(siteDir: string, log: (line: string) => void = () => {}): Promise<string> {
  await rm(siteDir, {recursive: true, force: true});
  await mkdir(path.join(siteDir, 'src', 'content', 'docs'), {recursive: true});
  await writeFile(
    path.join(siteDir, 'package.json'),
    `${JSON.stringify({name: 'starlight-vanilla', private: true, type: 'module', dependencies: {astro: starlightVersions.astro, '@astrojs/starlight': starlightVersions.starlight}}, null, 2)}\n`,
  );
  await writeFile(path.join(siteDir, 'astro.config.mjs'), astroConfig);
  // Starlight's pages link /favicon.svg, which its starter template provides: ours, of the same kind.
  await mkdir(path.join(siteDir, 'public'), {recursive: true});
  await copyFile(path.join(projectRoot, 'static', 'img', 'favicon.svg'), path.join(siteDir, 'public', 'favicon.svg'));
  await writeFile(path.join(siteDir, 'src', 'content.config.ts'), contentConfig);
  const docs = path.join(siteDir, 'src', 'content', 'docs');
  await writeEdition(docs, path.join(projectRoot, 'docs'), {
    title: 'Communs numériques',
    description: 'Le guide des communs numériques pour les collectivités territoriales.',
  });
  await writeEdition(path.join(docs, 'en'), path.join(projectRoot, 'i18n', 'en', 'docusaurus-plugin-content-docs', 'current'), {
    title: 'Digital commons',
    description: 'The guide to digital commons for local authorities.',
  });
  log(`Starlight ${starlightVersions.starlight} et astro ${starlightVersions.astro} : installation (npm)…`);
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {cwd: siteDir, maxBuffer: 16 * 1024 * 1024});
  log('Starlight : construction…');
  await run(process.execPath, [path.join(siteDir, 'node_modules', 'astro', 'astro.js'), 'build'], {
    cwd: siteDir,
    env: {...process.env, ASTRO_TELEMETRY_DISABLED: '1'},
    maxBuffer: 16 * 1024 * 1024,
  });
  return path.join(siteDir, 'dist');
}
