/** The import report, in French: what was converted, written, kept, and what to finish by hand. */
import path from 'node:path';
import type {ImportReport} from './import';

/** Paths inside the project relative to it, others absolute: short and unambiguous. */
const display = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/') || '.';
};

export function formatReport(report: ImportReport): string {
  const dest = display(report.dest);
  const source = display(report.exportDir);
  const lines: string[] = [`Import GitBook : ${source} → ${dest}${report.dryRun ? ' (simulation, rien n’est écrit)' : ''}`, ''];
  const written = (outcome: string) => outcome === 'créé' || outcome === 'mis à jour';
  lines.push(`Pages (${report.pages.length}) :`);
  for (const page of report.pages) {
    lines.push(`  ${page.source} → ${dest}/${page.file} (${page.slug}) : ${page.outcome}`);
  }
  if (report.files.length > 0) {
    lines.push('', `Fichiers (${report.files.length}) :`);
    for (const file of report.files) lines.push(`  ${file.source} → ${dest}/${file.file} : ${file.outcome}`);
  }
  const counts = Object.entries(report.counts);
  if (counts.length > 0) {
    lines.push('', 'Conversions :');
    for (const [what, howMany] of counts) lines.push(`  ${howMany} ${what}`);
  }
  const kept = [...report.pages, ...report.files].filter((file) => file.outcome.startsWith('conservé'));
  if (kept.length > 0) {
    lines.push('', `Non remplacés (${kept.length}), car modifiés à la main ; relancez avec --force pour les écraser :`);
    for (const file of kept) lines.push(`  ${dest}/${file.file}`);
  }
  if (report.stale.length > 0) {
    lines.push('', `Laissés en place, car absents du nouvel export (${report.stale.length}) ; supprimez-les s’ils ne servent plus :`);
    for (const file of report.stale) lines.push(`  ${dest}/${file}`);
  }
  lines.push('');
  if (report.problems.length === 0) {
    lines.push('À reprendre à la main : rien.');
  } else {
    lines.push(`À reprendre à la main (${report.problems.length}) :`);
    for (const problem of report.problems) {
      lines.push(`  ${display(path.join(report.root, problem.source))}${problem.line ? `:${problem.line}` : ''} ${problem.message}`);
    }
  }
  const changed = [...report.pages, ...report.files].filter((file) => written(file.outcome)).length;
  lines.push('', `${changed} fichier(s) écrit(s). Ensuite : npm run urls:update (pour enregistrer les nouvelles adresses), npm run lint:content, puis npm start pour relire les pages.`);
  return lines.join('\n');
}
