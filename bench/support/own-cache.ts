/**
 * A site copy's node_modules: links to the project's packages, and a `.cache` of its own (the social
 * cards' cache lives there), so that a bench can empty it for a cold build without touching the
 * project's.
 */
import {mkdir, readdir, rm, symlink} from 'node:fs/promises';
import path from 'node:path';
import {projectRoot} from '../../tests/support/build-site';

export async function linkModulesWithOwnCache(siteDir: string, cacheDir: string): Promise<void> {
  const modules = path.join(siteDir, 'node_modules');
  await rm(modules, {recursive: true, force: true});
  await mkdir(modules);
  for (const entry of await readdir(path.join(projectRoot, 'node_modules'))) {
    if (entry !== '.cache') await symlink(path.join(projectRoot, 'node_modules', entry), path.join(modules, entry));
  }
  await mkdir(cacheDir, {recursive: true});
  await symlink(cacheDir, path.join(modules, '.cache'), 'dir');
}
