/**
 * Pages the published guide does not have: every Docusaurus admonition, components called from MDX,
 * GitBook blocks nested as exports nest them, a page in English, a wide table, a page that keeps
 * React (tests/fixtures/extra-pages), with a forge address for « Proposer une modification », and
 * navbar items added to docusaurus.config.ts as a maintainer would (a link, a dropdown).
 */
import {cp, readdir, readFile, writeFile} from 'node:fs/promises';
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

/** The navbar items the scenario adds to the configuration: a link, and a dropdown with one link. */
export const addedNavbarItems = {
  link: {to: '/essais/mdx', label: 'Essais en MDX'},
  dropdown: {label: 'Ressources d’essai', item: {to: '/essais/admonitions', label: 'Tous les encadrés'}},
};

/** Adds them at the start of `themeConfig.navbar.items`, as one writes them in docusaurus.config.ts. */
async function addNavbarItems(siteDir: string): Promise<void> {
  const file = path.join(siteDir, 'docusaurus.config.ts');
  const config = await readFile(file, 'utf8');
  const anchor = /(navbar:\s*\{[\s\S]*?items:\s*\[)/;
  if (!anchor.test(config)) throw new Error('Scénario extra-pages : themeConfig.navbar.items introuvable dans docusaurus.config.ts.');
  const {link, dropdown} = addedNavbarItems;
  const items = [
    `{to: ${JSON.stringify(link.to)}, label: ${JSON.stringify(link.label)}, position: 'left'}`,
    `{type: 'dropdown', label: ${JSON.stringify(dropdown.label)}, position: 'left', items: [{to: ${JSON.stringify(dropdown.item.to)}, label: ${JSON.stringify(dropdown.item.label)}}]}`,
  ];
  await writeFile(file, config.replace(anchor, `$1\n        ${items.join(',\n        ')},`));
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
    await addNavbarItems(siteDir);
    return {pages};
  },
};
