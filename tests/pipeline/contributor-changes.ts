/**
 * A contributor's merge request, as CONTRIBUTING.md tells them to write it, in a copy of the site:
 * - a new page: the template (docs/_modele-de-page.md) copied to a new file of docs/, its texts
 *   replaced, typed as people type them (ordinary spaces before « ; », « ? » and « : », straight
 *   apostrophes, a hyphen for a dash, three dots, « 1er »), with a hint, a link to another page of the guide, and an image described in words;
 * - a French page changed, without its translation (a sentence added to whichever translated page the
 *   site has): its English page must say it may be outdated, and nothing waits for a translator.
 */
import {copyFile, mkdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import {translationReport} from '../../src/features/translations/status';
import {gitbookExportDir} from '../scenarios/gitbook-import';

export const templateFile = 'docs/_modele-de-page.md';

export interface ContributorChanges {
  /** The new page: its file, address, title, and the sentence typed with ordinary spaces. */
  page: {file: string; route: string; title: string; label: string; description: string; typed: string; imageAlt: string};
  /** The French page changed, its translation, and its address. */
  changed: {source: string; translation: string; route: string};
}

export async function makeContributorChanges(siteDir: string): Promise<ContributorChanges> {
  // The new page, from the template.
  const template = await readFile(path.join(siteDir, templateFile), 'utf8');
  await mkdir(path.join(siteDir, 'docs', 'assets'), {recursive: true});
  await copyFile(path.join(gitbookExportDir, '.gitbook', 'assets', 'image-1.png'), path.join(siteDir, 'docs', 'assets', 'schema-de-la-contributrice.png'));
  const title = 'Une page ajoutée par une contributrice';
  const typed = "Qui contribue ? Une agente ; un élu : chacun écrit comme il tape - l'apostrophe droite comprise - depuis le 1er janvier, et ainsi de suite...";
  const imageAlt = 'Schéma de la contributrice : une collectivité et ses partenaires';
  const label = 'Page de la contributrice';
  const description = 'Une page ajoutée comme le dit le guide des contributions : le modèle copié, ses textes remplacés.';
  const page = {file: 'docs/page-de-la-contributrice.md', route: '/page-de-la-contributrice', title, label, description, typed, imageAlt};
  const body = template
    .split(/^---$/m)
    .slice(2)
    .join('---')
    .replace(/<!--[\s\S]*?-->\n*/, '')
    .replace(
      'Un premier paragraphe qui dit à qui s’adresse la page et ce qu’elle apporte.',
      `${typed}\n\n![${imageAlt}](./assets/schema-de-la-contributrice.png)`,
    );
  await writeFile(
    path.join(siteDir, page.file),
    `---\ntitle: ${title}\nsidebar_label: ${label}\ndescription: "${description}"\nslug: ${page.route}\n---\n${body}`,
  );

  // A French page changed, its translation not.
  const translated = translationReport(siteDir, 'en').pages.find((candidate) => candidate.state === 'up-to-date' && candidate.source.startsWith('docs/'));
  if (!translated) throw new Error('Demande de fusion d’essai : aucune page de docs/ n’a de traduction à jour.');
  const file = path.join(siteDir, translated.source);
  const french = await readFile(file, 'utf8');
  await writeFile(file, `${french.trimEnd()}\n\nUne phrase ajoutée à la page française.\n`);
  return {page, changed: {source: translated.source, translation: translated.translation, route: matter(french).data.slug as string}};
}
