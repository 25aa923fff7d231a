/**
 * Pages the published guide does not have: every Docusaurus admonition, components called from MDX,
 * GitBook blocks nested as exports nest them, a page in English, a wide table, a page that keeps
 * React (tests/fixtures/extra-pages), with a forge address for « Proposer une modification ».
 */
import {cp, readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import {projectRoot} from '../support/build-site';
import {scenarioDocsDir, type Scenario} from './scenario';

export const extraPagesDir = path.join(projectRoot, 'tests', 'fixtures', 'extra-pages');

/** The forge of this build only, to check the « Proposer une modification » links. */
export const testForge = {url: 'https://gitlab.exemple.fr/incubateur/communs-numeriques', branch: 'principale'};

export interface ExtraPagesRecord {
  /** Page file (relative to the site) → its address. */
  pages: Record<string, string>;
}

export const extraPages: Scenario<ExtraPagesRecord> = {
  name: 'extra-pages',
  env: {FORGE_URL: testForge.url, FORGE_BRANCH: testForge.branch},
  async prepare(siteDir) {
    const pages: Record<string, string> = {};
    for (const entry of await readdir(extraPagesDir)) {
      const target = path.join(siteDir, scenarioDocsDir, entry);
      await cp(path.join(extraPagesDir, entry), target, {recursive: true});
      if (/\.mdx?$/.test(entry)) {
        const {data} = matter(await readFile(target, 'utf8'));
        pages[`${scenarioDocsDir}/${entry}`] = data.slug as string;
      }
    }
    return {pages};
  },
};
