/**
 * `npm run i18n:check [--list fichier.md]`: the state of the English edition, for translators.
 *
 * - A French page (docs/, Markdown pages of src/pages/) without a translation, or whose translation
 *   records an older fingerprint of it (src/features/translations/status.ts): listed, « à traduire »
 *   or « à revoir », never a failure. A French change never waits for a translator: the English
 *   page says meanwhile that it may be outdated, or shows the French text. `--list` writes the list
 *   as a Markdown checklist (the pipeline's `content` job keeps it for the translators).
 * - A translation whose French page is gone, an interface label of the components without a
 *   message in i18n/<locale>/code.json: problems, each with its file and how to fix it.
 *
 * Exit code 0 when there is no problem, 1 otherwise, 2 on a wrong use.
 *
 * `npm run i18n:mark-translated -- <page>…`: after translating (or checking that a French change
 * needs no new translation), records the French page's current fingerprint in its translation.
 * A page is given by its French file or its translation's.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {docsTranslationFile, sectionNameTranslations} from '../../../shared/i18n/section-names';
import {defaultLocale, siteLocales} from '../../../shared/i18n/site-texts';
import {frenchSourceOf, sourceHashField, translationReport, withSourceHash} from '../status';
import {untranslatedLabels} from './labels';

const translatedLocales = siteLocales.filter((locale) => locale !== defaultLocale);

export interface TranslationCheck {
  /** What is printed: the pages to translate, the problems, a summary per locale. */
  lines: string[];
  /** What fails the check: orphan translations, labels without a message. */
  problems: number;
  /** The pages to translate or review, one line each, for translators. */
  toTranslate: string[];
}

export function check(siteDir: string): TranslationCheck {
  const lines: string[] = [];
  const toTranslate: string[] = [];
  let problems = 0;
  for (const locale of translatedLocales) {
    const {pages, orphans} = translationReport(siteDir, locale);
    for (const page of pages) {
      if (page.state === 'missing') {
        toTranslate.push(
          `${page.source}:1:1 à traduire (« ${locale} ») : créez ${page.translation} (même slug, mêmes identifiants de titres), puis npm run i18n:mark-translated -- ${page.source}`,
        );
      } else if (page.state === 'outdated') {
        const why = page.recordedHash
          ? `la page française a changé depuis sa traduction (empreinte ${page.recordedHash}, désormais ${page.sourceHash})`
          : `elle n’indique pas quelle version de la page française elle traduit (champ ${sourceHashField})`;
        toTranslate.push(
          `${page.translation}:1:1 à revoir (« ${locale} ») : ${why}. Reportez les changements (git diff ${page.source}), puis npm run i18n:mark-translated -- ${page.source}`,
        );
      }
    }
    const names = sectionNameTranslations(path.join(siteDir, 'i18n', locale));
    const untranslatedSections = sectionNames(siteDir).filter((section) => !names.translated.has(section.key));
    for (const section of untranslatedSections) {
      toTranslate.push(
        `${section.file}:1:1 à traduire (« ${locale} ») : le nom de section « ${section.name} », affiché en français en attendant. npm run write-translations -- --locale ${locale} l’ajoute à ${docsTranslationFile(locale)} ; traduisez son message.`,
      );
    }
    for (const orphan of orphans) {
      problems += 1;
      lines.push(`${orphan}:1:1 traduction sans page française : supprimez-la, ou renommez-la comme la page française qu’elle traduit.`);
    }
    for (const label of untranslatedLabels(siteDir, locale)) {
      problems += 1;
      lines.push(
        `${label.file}:${label.line}:1 libellé « ${label.id} »${label.message ? ` (« ${label.message} »)` : ''} sans traduction « ${locale} » : ajoutez-le à i18n/${locale}/code.json (npm run write-translations -- --locale ${locale}, puis traduisez le message).`,
      );
    }
    const translated = pages.filter((page) => page.state === 'up-to-date').length;
    const waiting = pages.length - translated;
    const sections = untranslatedSections.length;
    lines.push(
      `${locale} : ${translated}/${pages.length} pages traduites et à jour.${waiting > 0 ? ` ${waiting} à traduire ou à revoir, listée${waiting > 1 ? 's' : ''} ci-dessus : la page anglaise le dit à ses lecteurs en attendant, rien ne bloque.` : ''}${sections > 0 ? ` ${sections} nom${sections > 1 ? 's' : ''} de section à traduire, listé${sections > 1 ? 's' : ''} ci-dessus : l’édition anglaise ${sections > 1 ? 'les' : 'le'} montre en français en attendant, rien ne bloque.` : ''}`,
    );
  }
  return {lines: [...toTranslate, ...lines], problems, toTranslate};
}

/**
 * The sections of the guide that name themselves: a folder of docs/ with a `_category_.json` that
 * gives a `label` (a folder without one is named by Docusaurus from its folder or its page).
 */
function sectionNames(siteDir: string, dir = 'docs'): Array<{file: string; name: string; key: string}> {
  const full = path.join(siteDir, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, {withFileTypes: true}).flatMap((entry) => {
    const file = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') || entry.name === 'node_modules' ? [] : sectionNames(siteDir, file);
    if (entry.name !== '_category_.json') return [];
    try {
      const {label, key} = JSON.parse(readFileSync(path.join(siteDir, file), 'utf8')) as {label?: unknown; key?: unknown};
      // Docusaurus's translation key is the `key` the file gives, or else the name.
      return typeof label === 'string' && label.trim() ? [{file, name: label, key: typeof key === 'string' ? key : label}] : [];
    } catch {
      return []; // A malformed file stops the build, with Docusaurus's message naming it.
    }
  });
}

/** The pages to translate, as a Markdown checklist for translators. */
export function translationChecklist(toTranslate: readonly string[]): string {
  const items = toTranslate.map((line) => `- [ ] ${line.replace(/:1:1 /, ' : ')}`);
  return `# Traductions à faire\n\n${items.length > 0 ? items.join('\n') : 'Rien : chaque page est traduite et à jour.'}\n`;
}

export function markTranslated(siteDir: string, files: readonly string[]): string[] {
  if (files.length === 0) throw new UsageError('Indiquez les pages traduites : npm run i18n:mark-translated -- docs/definition.md');
  const lines: string[] = [];
  // Read once per locale, whatever the number of pages given.
  const reports = new Map(translatedLocales.map((locale) => [locale, translationReport(siteDir, locale)]));
  for (const file of files) {
    for (const locale of translatedLocales) {
      const source = frenchSourceOf(siteDir, file, locale);
      const page = source && reports.get(locale)!.pages.find((candidate) => candidate.source === source);
      if (!page) throw new UsageError(`${file} n’est ni une page française publiée (docs/, src/pages/) ni sa traduction.`);
      const translation = path.join(siteDir, page.translation);
      if (!existsSync(translation)) throw new UsageError(`${page.translation} n’existe pas : traduisez d’abord ${page.source}.`);
      writeFileSync(translation, withSourceHash(readFileSync(translation, 'utf8'), page.sourceHash));
      lines.push(`${page.translation} : traduit ${page.source} (empreinte ${page.sourceHash}).`);
    }
  }
  return lines;
}

class UsageError extends Error {}

function main(): void {
  const [command, ...args] = process.argv.slice(2);
  const siteDir = process.cwd();
  try {
    if (command === 'check') {
      const listIndex = args.indexOf('--list');
      const listFile = listIndex === -1 ? undefined : args[listIndex + 1];
      if (listIndex !== -1 && !listFile) throw new UsageError('Indiquez le fichier de la liste : npm run i18n:check -- --list traductions-a-faire.md');
      const {lines, problems, toTranslate} = check(siteDir);
      if (listFile) writeFileSync(path.resolve(siteDir, listFile), translationChecklist(toTranslate));
      const output = lines.join('\n');
      if (problems > 0) {
        console.error(`${output}\n${problems} problème${problems > 1 ? 's' : ''} de traduction.`);
        process.exitCode = 1;
      } else {
        console.log(output);
      }
    } else if (command === 'mark-translated') {
      console.log(markTranslated(siteDir, args).join('\n'));
    } else {
      throw new UsageError('Commandes : check, mark-translated <pages…>');
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    process.exitCode = 2;
  }
}

// Run as a command (npm run i18n:check), not when the tests import it.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) main();
