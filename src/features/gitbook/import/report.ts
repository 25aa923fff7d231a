/**
 * The import report, in French: what was written and converted, in a few lines, then only what a
 * person must finish, grouped by kind with counts, each with its file and line. The same list is
 * written to import-gitbook-a-reprendre.md, to work through.
 */
import path from 'node:path';
import type {ImportProblem, ImportReport} from './report-types';

/** Paths inside the project relative to it, others absolute: short and unambiguous. */
const display = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/') || '.';
};

/** The kinds of work left, in the order a person would best take them; the first that matches. */
const kinds: Array<[kind: string, test: RegExp]> = [
  ['Images sans description', /^image sans texte de remplacement/],
  ['Images d’autres sites non téléchargées', /^image d’un autre site/],
  ['Liens cassés dans GitBook', /^lien que GitBook n’avait pas pu résoudre/],
  ['Liens, fichiers et ancres introuvables', /introuvable dans l'export|introuvable dans l’export|qu'aucun titre|absente de SUMMARY\.md, donc non importée/],
  ['Contenus réutilisables à recopier', /^contenu réutilisable/],
  ['Balises GitBook à réécrire', /^balise GitBook|^\{% /],
  ['Intégrations et diagrammes', /^intégration GitBook|^diagramme Mermaid/],
  ['Variables GitBook sans valeur', /^expression GitBook/],
  ['Contenus adaptatifs, montrés à tous', /^contenu adaptatif/],
  ['HTML à vérifier', /^HTML conservé|^lien écrit en HTML|^image dans un bloc HTML/],
  ['Descriptions à écrire ou relire', /description/],
  ['Pages et entrées du sommaire', /sommaire|SUMMARY|page absente|au sommaire|entrée « |adresse .* est déjà celle/],
  ['Redirections à compléter', /^redirection/],
];

export function kindOf(problem: ImportProblem): string {
  return kinds.find(([, test]) => test.test(problem.message))?.[0] ?? 'Autres points';
}

/** The problems, grouped by kind in the order above; each line `fichier:ligne message`. */
export function groupedProblems(report: ImportReport): Array<{kind: string; lines: string[]}> {
  const groups = new Map<string, string[]>();
  for (const problem of report.problems) {
    const line = `${display(path.join(report.root, problem.source))}${problem.line ? `:${problem.line}` : ''} ${problem.message}`;
    const kind = kindOf(problem);
    groups.set(kind, [...(groups.get(kind) ?? []), line]);
  }
  const order = [...kinds.map(([kind]) => kind), 'Autres points'];
  return order.filter((kind) => groups.has(kind)).map((kind) => ({kind, lines: groups.get(kind)!}));
}

export function formatReport(report: ImportReport): string {
  const dest = display(report.dest);
  const source = display(report.exportDir);
  const lines: string[] = [`Import GitBook : ${source} → ${dest}${report.dryRun ? ' (simulation, rien n’est écrit)' : ''}`, ''];
  const written = (outcome: string) => outcome === 'créé' || outcome === 'mis à jour';
  const changedPages = report.pages.filter((page) => written(page.outcome)).length;
  lines.push(`Pages (${report.pages.length}), ${changedPages} écrite(s) ; fichiers (${report.files.length}).`);
  const counts = Object.entries(report.counts);
  if (counts.length > 0) lines.push(`Conversions : ${counts.map(([what, howMany]) => `${howMany} ${what}`).join(' ; ')}.`);
  if (report.redirects.length > 0) lines.push(`Anciennes adresses redirigées (src/features/published-urls/redirects.json) : ${report.redirects.length}.`);
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
    lines.push(`À reprendre à la main (${report.problems.length}${report.todoFile ? `, liste dans ${display(report.todoFile)}` : ''}) :`);
    for (const {kind, lines: items} of groupedProblems(report)) {
      lines.push(`  ${kind} (${items.length}) :`);
      for (const item of items) lines.push(`    ${item}`);
    }
  }
  const changed = [...report.pages, ...report.files].filter((file) => written(file.outcome)).length;
  lines.push(
    '',
    `${changed} fichier(s) écrit(s). Ensuite : PUBLICATION_DRAFT=1 npm start ou npm run build pour relire l’espace entier, npm run urls:update (pour enregistrer les nouvelles adresses), puis, une fois la liste reprise, npm run lint:content.`,
  );
  return lines.join('\n');
}

/** The to-do list as a Markdown checklist, one section per kind. */
export function formatTodo(report: ImportReport): string {
  const lines = [
    '# Import GitBook : ce qui reste à reprendre',
    '',
    `Import de ${display(report.exportDir)} dans ${display(report.dest)}. Cochez chaque point une fois repris ; la publication (npm run build sans PUBLICATION_DRAFT=1) s’arrête tant qu’il en reste un qui concerne une page. Supprimez ce fichier une fois la liste terminée.`,
  ];
  for (const {kind, lines: items} of groupedProblems(report)) {
    lines.push('', `## ${kind} (${items.length})`, '', ...items.map((item) => `- [ ] ${item}`));
  }
  return `${lines.join('\n')}\n`;
}
