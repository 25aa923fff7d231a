/**
 * Front matter of the guide's pages: the build's rules (src/shared/front-matter: title, description, ASCII
 * slug), Docusaurus's own validation of the doc fields (the build stops on a wrong type), and what
 * makes a good page: a description of 50 to 160 characters, a text `sidebar_label`, no unknown key.
 *
 * An unreadable YAML is reported for every page, as the build stops on it; the schema applies to
 * guide pages only (src/pages files have their own, smaller front matter).
 */
import {DocFrontMatterSchema, validateDocFrontMatter} from '@docusaurus/plugin-content-docs/lib/frontMatter.js';
import type {ContentProblem} from '../../../shared/content-problems';
import {docFrontMatterProblems, lineOf} from '../../../shared/front-matter';
import {pageLanguageKey} from '../../../shared/i18n/page-language';
import {hydrateKey} from '../../../shared/front-matter/hydration';
import {sourceHashField} from '../../translations/public';
import type {Finding} from './findings';
import type {ContentFile} from '../../../shared/markdown/content-source';

/**
 * Addresses kept for the pages the site's tests add to a copy of the site (tests/scenarios): no page
 * of the guide may take one, so that a contributor's page never collides with them. A copy that
 * the tests made holds the file `testSiteMarker` at its root, and may.
 */
export const reservedSlugPrefix = '/essais/';
export const testSiteMarker = '.site-des-scenarios-de-test';

/** Search engines show about 160 characters; under 50, a description says too little. */
export const descriptionLength = {min: 50, max: 160} as const;

/** The fields Docusaurus reads in a doc's front matter (its own schema, so never out of date). */
export const docFrontMatterKeys: readonly string[] = Object.keys((DocFrontMatterSchema.describe() as {keys?: Record<string, unknown>}).keys ?? {});

/** Docusaurus's (Joi's) refusals, in French. */
const typeMessages: Record<string, string> = {
  'number.base': 'doit être un nombre',
  'string.base': 'doit être du texte',
  'boolean.base': 'doit valoir true ou false',
  'array.base': 'doit être une liste',
  'object.base': 'doit être un objet',
};

interface JoiDetail {
  path: Array<string | number>;
  message: string;
  type: string;
}

/** Problems that Docusaurus's validation of the doc fields would stop the build with. */
function docusaurusProblems(source: string, frontMatter: Record<string, unknown>): ContentProblem[] {
  try {
    validateDocFrontMatter(frontMatter);
    return [];
  } catch (error) {
    const details = (error as {details?: JoiDetail[]}).details ?? [];
    if (details.length === 0) {
      return [{line: 1, column: 1, message: `En-tête refusé par Docusaurus : ${(error as Error).message}`}];
    }
    return details.map((detail) => {
      const key = String(detail.path[0] ?? '');
      const reason = typeMessages[detail.type] ?? `est refusé par Docusaurus (${detail.message})`;
      return {line: lineOf(source, key), column: 1, message: `En-tête : « ${key} » ${reason} ; corrigez sa valeur.`};
    });
  }
}

/** What this checker adds to the build's rules. */
export function extraFrontMatterProblems(source: string, frontMatter: Record<string, unknown>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (key: string, message: string) => problems.push({line: lineOf(source, key), column: 1, message});

  const {description} = frontMatter;
  if (typeof description === 'string' && description.trim() !== '') {
    const length = [...description.trim()].length;
    if (length < descriptionLength.min) {
      report(
        'description',
        `En-tête : description trop courte (${length} caractères) : écrivez une phrase de ${descriptionLength.min} à ${descriptionLength.max} caractères qui résume la page ; elle apparaît dans les résultats des moteurs de recherche et les aperçus de liens.`,
      );
    } else if (length > descriptionLength.max) {
      report(
        'description',
        `En-tête : description trop longue (${length} caractères) : raccourcissez-la à ${descriptionLength.max} caractères au plus, sinon les moteurs de recherche la coupent.`,
      );
    }
  }

  if ('sidebar_label' in frontMatter) {
    const label = frontMatter.sidebar_label;
    if (typeof label !== 'string') {
      report(
        'sidebar_label',
        'En-tête : « sidebar_label » (le libellé de la page dans le menu) doit être du texte ; écrivez-le entre guillemets doubles, ou supprimez la ligne.',
      );
    } else if (label.trim() === '') {
      report('sidebar_label', 'En-tête : « sidebar_label » vide : écrivez le libellé de la page dans le menu, ou supprimez la ligne (le titre sera utilisé).');
    }
  }

  if (hydrateKey in frontMatter && frontMatter[hydrateKey] !== true) {
    report(
      hydrateKey,
      `En-tête : « ${hydrateKey} » ne prend qu’une valeur, true, pour une page dont un composant React garde un état ; sinon supprimez la ligne (voir CONTRIBUTING.md).`,
    );
  }

  for (const key of Object.keys(frontMatter)) {
    // Our own fields: the French version a translation translates (npm run i18n:check), the page
    // that keeps React in the browser (src/features/islands), a page's own language (src/shared/i18n/page-language).
    if (key === sourceHashField || key === hydrateKey || key === pageLanguageKey) continue;
    if (!docFrontMatterKeys.includes(key)) {
      report(
        key,
        `En-tête : champ « ${key} » inconnu de Docusaurus : corrigez son nom ou supprimez la ligne (champs permis : ${docFrontMatterKeys.join(', ')}).`,
      );
    }
  }
  return problems;
}

/** The problems of a guide page's front matter, with the build's own first. */
export function guidePageFrontMatterProblems(source: string, frontMatter: Record<string, unknown>): ContentProblem[] {
  const problems = docFrontMatterProblems(source, frontMatter);
  if (problems.some((problem) => problem.message.startsWith('En-tête (front matter) manquant'))) {
    return problems;
  }
  // The build's rules already say what is wrong with these fields' types.
  const reported = new Set(problems.map((problem) => problem.line));
  const docusaurus = docusaurusProblems(source, frontMatter).filter((problem) => !reported.has(problem.line));
  return [...problems, ...docusaurus, ...extraFrontMatterProblems(source, frontMatter)];
}

export function checkFrontMatter(files: readonly ContentFile[], {testSite = false}: {testSite?: boolean} = {}): Finding[] {
  return files.flatMap((file) => {
    const problems =
      file.frontMatter === undefined ? file.frontMatterErrors : file.guidePage ? guidePageFrontMatterProblems(file.source, file.frontMatter) : [];
    const slug = file.frontMatter?.slug;
    if (!testSite && typeof slug === 'string' && `${slug}/`.startsWith(reservedSlugPrefix)) {
      problems.push({
        line: lineOf(file.source, 'slug'),
        column: 1,
        message: `En-tête : les adresses ${reservedSlugPrefix}… sont réservées aux pages d’essai des tests du site : choisissez un autre slug.`,
      });
    }
    return problems.map(({line, column, message}) => ({file: file.display, line, column, message, check: 'en-tête' as const}));
  });
}
