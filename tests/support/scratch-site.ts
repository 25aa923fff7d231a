/**
 * A throwaway copy of the site, with extra pages added to docs/ (or any other change), built for
 * real: how the tests try pages that must not (or need not) live in the published guide.
 */
import {cp, mkdir, readdir, rm, symlink} from 'node:fs/promises';
import path from 'node:path';
import {buildSite, projectRoot, type BuildResult} from './build-site';

const scratchRoot = path.join(projectRoot, 'tests', '.output', 'scratch-sites');
const siteEntries = ['docusaurus.config.ts', 'sidebars.ts', 'tsconfig.json', 'package.json', 'src', 'static', 'docs', 'i18n'];

export interface ScratchBuild extends BuildResult {
  siteDir: string;
  buildDir: string;
}

export async function buildWithExtraPages(name: string, pagesDir: string, env: NodeJS.ProcessEnv = {}, locale = 'fr'): Promise<ScratchBuild> {
  return buildScratchSite(
    name,
    async (siteDir) => {
      for (const page of await readdir(pagesDir)) {
        await cp(path.join(pagesDir, page), path.join(siteDir, 'docs', page), {recursive: true});
      }
    },
    env,
    locale,
  );
}

/**
 * A copy of the site, changed by `prepare` (given the copy's folder) before it is built. In French
 * only unless `locale` says otherwise (`all`: every edition): what these copies try out is
 * the French content; the whole site, both editions, is built once for all tests (global-setup.ts).
 */
export async function buildScratchSite(
  name: string,
  prepare: (siteDir: string) => Promise<void>,
  env: NodeJS.ProcessEnv = {},
  locale: string = 'fr',
): Promise<ScratchBuild> {
  const siteDir = await copySite(path.join(scratchRoot, name), prepare);
  const buildDir = path.join(siteDir, 'build');
  return {...(await buildSite({siteDir, outDir: buildDir, env, locale: locale === 'all' ? undefined : locale})), siteDir, buildDir};
}

/** A fresh copy of the site's sources in `siteDir`, its node_modules linked, changed by `prepare`. */
export async function copySite(siteDir: string, prepare: (siteDir: string) => Promise<void>): Promise<string> {
  await rm(siteDir, {recursive: true, force: true});
  await mkdir(siteDir, {recursive: true});
  for (const entry of siteEntries) {
    const copy = cp(path.join(projectRoot, entry), path.join(siteDir, entry), {
      recursive: true,
      filter: (source) => !source.includes(`${path.sep}__tests__`) && !/\.test\.tsx?$/.test(source),
    });
    await copy.catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  await symlink(path.join(projectRoot, 'node_modules'), path.join(siteDir, 'node_modules'), 'dir');
  await prepare(siteDir);
  return siteDir;
}
