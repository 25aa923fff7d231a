/**
 * `npm run i18n:check`: every French page (docs/, Markdown pages of src/pages/) has a translation in
 * each other locale, and that translation is up to date: it records the fingerprint of the French
 * file as it is now (src/features/translations/status.ts). Every interface label of the components has
 * a message in i18n/<locale>/code.json. Reports each problem with its file, in French, and how to
 * fix it. Exit code 0 when everything is translated, 1 otherwise, 2 on a wrong use.
 *
 * `npm run i18n:mark-translated -- <page>…`: after translating (or checking that a French change
 * needs no new translation), records the French page's current fingerprint in its translation.
 * A page is given by its French file or its translation's.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {defaultLocale, siteLocales} from '../../../shared/i18n/site-texts';
import {frenchSourceOf, sourceHashField, translationReport, withSourceHash} from '../status';
import {untranslatedLabels} from './labels';

const translatedLocales = siteLocales.filter((locale) => locale !== defaultLocale);

export function check(siteDir: string): {lines: string[]; problems: number} {
  const lines: string[] = [];
  let problems = 0;
  for (const locale of translatedLocales) {
    const {pages, orphans} = translationReport(siteDir, locale);
    for (const page of pages) {
      if (page.state === 'missing') {
        problems += 1;
        lines.push(
          `${page.source}:1:1 traduction « ${locale} » manquante : créez ${page.translation} (même slug, mêmes identifiants de titres), puis npm run i18n:mark-translated -- ${page.source}`,
        );
      } else if (page.state === 'outdated') {
        problems += 1;
        const why = page.recordedHash
          ? `la page française a changé depuis sa traduction (empreinte ${page.recordedHash}, désormais ${page.sourceHash})`
          : `elle n’indique pas quelle version de la page française elle traduit (champ ${sourceHashField})`;
        lines.push(
          `${page.translation}:1:1 traduction « ${locale} » peut-être périmée : ${why}. Reportez les changements (git diff ${page.source}), puis npm run i18n:mark-translated -- ${page.source}`,
        );
      }
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
    lines.push(`${locale} : ${translated}/${pages.length} pages traduites et à jour.`);
  }
  return {lines, problems};
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
      const {lines, problems} = check(siteDir);
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

main();
