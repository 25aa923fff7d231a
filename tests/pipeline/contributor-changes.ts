/**
 * A contributor's merge request, as CONTRIBUTING.md tells them to write it, in a copy of the site:
 * - a new page: the template (docs/_modele-de-page.md) copied to a new file of docs/, its texts
 *   replaced, typed as people type them (ordinary spaces before « ; », « ? » and « : », straight
 *   apostrophes, a hyphen for a dash, three dots, « 1er »), with a hint, a link to another page of the guide, and an image described in words;
 * - a new section: a folder of docs/ with its `_category_.json` (its name), its `index.md` (its
 *   page) and a page, none translated: the English edition shows them in French, marked so;
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
  /** The new section: its name's file, its name, and its page (file, address, title, description). */
  section: {categoryFile: string; name: string; file: string; route: string; title: string; description: string; pageTitle: string};
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

  // A new section, as CONTRIBUTING.md says: a folder, its name in _category_.json, its page index.md.
  const section = {
    categoryFile: 'docs/outils-de-la-contributrice/_category_.json',
    name: 'Outils de la contributrice',
    file: 'docs/outils-de-la-contributrice/index.md',
    route: '/outils-de-la-contributrice',
    title: 'Les outils qu’une contributrice propose',
    description: 'Une section ajoutée par une contributrice : des outils que les collectivités partagent.',
    pageTitle: 'Un outil que les collectivités partagent',
  };
  await mkdir(path.join(siteDir, path.dirname(section.file)), {recursive: true});
  await writeFile(path.join(siteDir, section.categoryFile), `${JSON.stringify({label: section.name, position: 90}, null, 2)}\n`);
  await writeFile(
    path.join(siteDir, section.file),
    `---\ntitle: ${section.title}\ndescription: "${section.description}"\nslug: ${section.route}\n---\n\nCette section regroupe des outils ; chacun est un commun numérique.\n\n## Pourquoi les partager {#pourquoi-les-partager}\n\nPour que chaque collectivité en profite, et que d'autres les améliorent.\n`,
  );
  await writeFile(
    path.join(siteDir, path.dirname(section.file), 'un-outil.md'),
    `---\ntitle: ${section.pageTitle}\ndescription: "Un outil de la section de la contributrice, que plusieurs collectivités utilisent."\nslug: ${section.route}/un-outil\n---\n\nPlusieurs collectivités l'utilisent et le font évoluer ensemble.\n`,
  );

  // A French page changed, its translation not.
  const translated = translationReport(siteDir, 'en').pages.find((candidate) => candidate.state === 'up-to-date' && candidate.source.startsWith('docs/'));
  if (!translated) throw new Error('Demande de fusion d’essai : aucune page de docs/ n’a de traduction à jour.');
  const file = path.join(siteDir, translated.source);
  const french = await readFile(file, 'utf8');
  await writeFile(file, `${french.trimEnd()}\n\nUne phrase ajoutée à la page française.\n`);
  return {page, section, changed: {source: translated.source, translation: translated.translation, route: matter(french).data.slug as string}};
}
