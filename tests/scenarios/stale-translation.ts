/**
 * A French page edited without its translation, and a new French page not translated yet, as a
 * contributor leaves them: whichever translated page the site has, a sentence added at its end.
 */
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import {translationReport} from '../../src/features/translations/status';
import {scenarioDocsDir, scenarioUrlPrefix, type Scenario} from './scenario';

export interface StaleTranslationRecord {
  /** The French page edited (relative to the site), its translation, and its address. */
  source: string;
  translation: string;
  route: string;
  /** The new page, untranslated, and the English addresses its links must lead to. */
  newPage: string;
  newRoute: string;
  newPageLinks: string[];
  /** The first words of the new page. */
  newPageText: string;
}

export const staleTranslation: Scenario<StaleTranslationRecord> = {
  name: 'stale-translation',
  async prepare(siteDir) {
    const translated = translationReport(siteDir, 'en').pages.filter((page) => page.state === 'up-to-date' && page.source.startsWith('docs/'));
    if (translated.length === 0) throw new Error('Scénario « traduction périmée » : aucune page de docs/ n’a de traduction à jour.');
    const edited = translated[0]!;
    const linked = translated[1] ?? edited;
    const file = path.join(siteDir, edited.source);
    await writeFile(file, `${await readFile(file, 'utf8')}\nUne phrase ajoutée à la page française.\n`);

    // A new French page that links to two translated pages, one of them at a section.
    const slugOf = async (source: string) => matter(await readFile(path.join(siteDir, source), 'utf8')).data.slug as string;
    const linkedText = await readFile(path.join(siteDir, linked.source), 'utf8');
    const section = /\{#([a-z0-9-]+)\}/.exec(linkedText)?.[1];
    const relative = (source: string) => path.posix.relative(scenarioDocsDir, source);
    const newPage = `${scenarioDocsDir}/nouvelle-page.md`;
    const newRoute = `${scenarioUrlPrefix}nouvelle-page`;
    const newPageText = 'Voir les pages déjà traduites';
    await writeFile(
      path.join(siteDir, newPage),
      `---\ntitle: Une nouvelle page\ndescription: Une page française pas encore traduite, qui renvoie vers les autres pages du guide.\nslug: ${newRoute}\n---\n\n${newPageText} : [la première](${relative(edited.source)}) et [la seconde](${relative(linked.source)}${section ? `#${section}` : ''}).\n`,
    );
    const english = (route: string) => (route === '/' ? '/en/' : `/en${route}`);
    return {
      source: edited.source,
      translation: edited.translation,
      route: await slugOf(edited.source),
      newPage,
      newRoute,
      newPageLinks: [english(await slugOf(edited.source)), `${english(await slugOf(linked.source))}${section ? `#${section}` : ''}`],
      newPageText,
    };
  },
};
