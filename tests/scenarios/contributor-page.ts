/**
 * What a contributor does, following CONTRIBUTING.md: copies the page template (docs/_modele-de-page.md)
 * to a new file of docs/, then replaces its texts, typed as people type them (ordinary spaces before
 * « ; », « ? » and « : », straight apostrophes), with an image described in words. And the template
 * copied as it is, which must build too. Their addresses are in the scenarios' namespace, so that
 * they never collide with a page of the guide.
 */
import {copyFile, mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import {gitbookExportDir} from './gitbook-import';
import {scenarioDocsDir, scenarioUrlPrefix, type Scenario} from './scenario';

export const templateFile = 'docs/_modele-de-page.md';

export interface ContributorPageRecord {
  /** The template, copied as it is (its slug only moved under /essais/). */
  templateCopy: {file: string; route: string; title: string};
  /** The contributor's page: its file, address, title, and the sentence typed with ordinary spaces. */
  page: {file: string; route: string; title: string; typed: string; imageAlt: string};
}

export const contributorPage: Scenario<ContributorPageRecord> = {
  name: 'contributor-page',
  async prepare(siteDir) {
    const template = await readFile(path.join(siteDir, templateFile), 'utf8');
    const {data} = matter(template);
    const withSlug = (text: string, slug: string) => text.replace(/^slug:.*$/m, `slug: ${slug}`);

    const templateCopy = {file: 'docs/copie-du-modele.md', route: `${scenarioUrlPrefix}copie-du-modele`, title: data.title as string};
    await writeFile(path.join(siteDir, templateCopy.file), withSlug(template, templateCopy.route));

    // The image next to the page, as CONTRIBUTING.md says (docs/…/assets/).
    await mkdir(path.join(siteDir, scenarioDocsDir, 'assets'), {recursive: true});
    await copyFile(
      path.join(gitbookExportDir, '.gitbook', 'assets', 'image-1.png'),
      path.join(siteDir, scenarioDocsDir, 'assets', 'schema-de-la-contributrice.png'),
    );
    const title = 'Une page ajoutée par une contributrice';
    const typed = "Qui contribue ? Une agente ; un élu : chacun écrit comme il tape, l'apostrophe droite comprise.";
    const imageAlt = 'Schéma de la contributrice : une collectivité et ses partenaires';
    const page = {file: 'docs/page-de-la-contributrice.md', route: `${scenarioUrlPrefix}page-de-la-contributrice`, title, typed, imageAlt};
    const body = template
      .split(/^---$/m)
      .slice(2)
      .join('---')
      .replace(/<!--[\s\S]*?-->\n*/, '')
      .replace(
        'Un premier paragraphe qui dit à qui s’adresse la page et ce qu’elle apporte.',
        `${typed}\n\n![${imageAlt}](./essais/assets/schema-de-la-contributrice.png)`,
      );
    await writeFile(
      path.join(siteDir, page.file),
      `---\ntitle: ${title}\nsidebar_label: Page de la contributrice\nsidebar_position: 5\ndescription: "Une page ajoutée comme le dit le guide des contributions : le modèle copié, ses textes remplacés."\nslug: ${page.route}\n---\n${body}`,
    );
    return {templateCopy, page};
  },
};
