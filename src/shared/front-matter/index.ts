/**
 * Front matter rules of the guide's pages: every page declares its `title`, `description` and ASCII
 * `slug` (a published URL never depends on a file name); a page in another language says which (`lang`). Used by the build and the content checks.
 */
import type {ParseFrontMatter} from '@docusaurus/types';
import matter from 'gray-matter';
import {announceStop, ContentError, type ContentProblem} from '../content-problems';
import {isLanguageTag, pageLanguageKey} from '../i18n/page-language';

/** A slug is ASCII: lower-case words separated by hyphens, in one or more `/` segments. */
export const slugPattern = /^(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)+$/;

const template = '---\ntitle: Titre de la page\ndescription: Une phrase qui résume la page.\nslug: /titre-de-la-page\n---';

/** The opening line of a front matter block, as gray-matter reads it (a BOM may precede it). */
const frontMatterStart = /^\uFEFF?---[ \t]*\r?\n/;

/** Line (1-based) of `key:` in the front matter block, or 1 when it is not there. */
export function lineOf(fileContent: string, key: string): number {
  const lines = fileContent.split(/\r?\n/);
  for (let index = 1; index < lines.length && lines[index]!.trimEnd() !== '---'; index += 1) {
    if (new RegExp(`^${key}\\s*:`).test(lines[index]!)) {
      return index + 1;
    }
  }
  return 1;
}

/** Problems of a guide page's front matter; none when it is complete. */
/**
 * The description as the author wrote it, read again from the file: the build shows one taken from
 * the page when none is written (plain-description.ts), and the rules judge what was written.
 */
function writtenDescription(fileContent: string): unknown {
  try {
    return (matter(fileContent).data as Record<string, unknown>).description;
  } catch {
    return undefined;
  }
}

export function docFrontMatterProblems(fileContent: string, shown: Record<string, unknown>): ContentProblem[] {
  const frontMatter: Record<string, unknown> = {...shown, description: writtenDescription(fileContent)};
  if (!frontMatterStart.test(fileContent)) {
    return [
      {
        line: 1,
        column: 1,
        message: `En-tête (front matter) manquant : commencez la page par un bloc comme\n${template}`,
      },
    ];
  }
  const problems: ContentProblem[] = [];
  const report = (key: string, message: string) => problems.push({line: lineOf(fileContent, key), column: 1, message});
  /** The trimmed text of a field: undefined when absent, null (reported) when not text. */
  const field = (key: string): string | null | undefined => {
    const value = frontMatter[key];
    if (value === undefined || value === null) {
      return undefined;
    }
    if (typeof value !== 'string') {
      report(key, `En-tête : « ${key} » doit être du texte ; écrivez la valeur entre guillemets doubles.`);
      return null;
    }
    return value.trim();
  };

  const title = field('title');
  if (title === undefined) {
    report('title', 'En-tête : « title » manquant. Ajoutez « title: Titre de la page ».');
  } else if (title === '') {
    report('title', 'En-tête : « title » vide. Écrivez le titre de la page après « title: ».');
  }
  const description = field('description');
  if (description === undefined) {
    report(
      'description',
      'En-tête : « description » manquante. Ajoutez « description: … », une phrase qui résume la page (elle apparaît dans les moteurs de recherche et les aperçus de liens).',
    );
  } else if (description === '') {
    report('description', 'En-tête : « description » vide. Écrivez une phrase qui résume la page après « description: ».');
  } else if (description && /^"[^"]*"$|^'[^']*'$/u.test(description)) {
    report('description', "En-tête : la description est entourée de guillemets (artefact d'export GitBook). Retirez les guillemets intérieurs.");
  }
  const slug = frontMatter.slug;
  if (slug === undefined) {
    report('slug', "En-tête : « slug » manquant. Ajoutez « slug: /mots-de-la-page » : l'adresse publiée de la page, qui ne doit plus changer.");
  } else if (typeof slug !== 'string' || !slugPattern.test(slug)) {
    report(
      'slug',
      `En-tête : slug « ${String(slug)} » invalide. Écrivez-le en minuscules sans accents, mots séparés par des tirets, précédé de « / » (exemple : /questions-des-collectivites).`,
    );
  }
  if (pageLanguageKey in frontMatter && !isLanguageTag(frontMatter[pageLanguageKey])) {
    report(
      pageLanguageKey,
      `En-tête : langue « ${String(frontMatter[pageLanguageKey])} » invalide. Pour une page écrite dans une autre langue que le français, écrivez son code, par exemple « lang: en » ; sinon supprimez la ligne.`,
    );
  }
  return problems;
}

/**
 * File line of a YAML syntax error. js-yaml counts from 0 in the text gray-matter gives it, which
 * starts with the line break that ends the opening `---`: so its line 0 is the file's line 1.
 */
function yamlErrorLine(error: unknown): number {
  const mark = (error as {mark?: {line?: number}}).mark;
  return typeof mark?.line === 'number' ? mark.line + 1 : 1;
}

/**
 * Docusaurus `markdown.parseFrontMatter` hook: a front matter that is not valid YAML stops the build
 * with the line of the mistake. The fields of guide pages are checked by src/features/content-checks/remark/page-front-matter.
 */
export const parseFrontMatter: ParseFrontMatter = async (params) => {
  try {
    return await params.defaultParseFrontMatter(params);
  } catch (error) {
    throw stopping(params.filePath, [
      {
        line: yamlErrorLine(error),
        column: 1,
        message: `En-tête illisible (YAML) : ${(error as Error).message.split('\n')[0]!.replace(/ \(\d+:\d+\)$/, '')}. Vérifiez les deux-points et les guillemets de cette ligne ; une valeur qui contient « : » s'écrit entre guillemets doubles.`,
      },
    ]);
  }
};

/** The error that stops the build, announced for the recap at its end. */
function stopping(filePath: string, problems: ContentProblem[]): ContentError {
  const error = new ContentError(filePath, problems);
  announceStop(error.message.split('\n'));
  return error;
}
