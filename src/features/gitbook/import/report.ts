/**
 * Last phase of an import: its report, in French. What was written and converted, in a few lines,
 * then only what a person must finish, grouped by kind with counts, one line per place (file and
 * line) and per thing to do there: a table of thirteen images without description is one line that
 * names them. The same list is written to import-gitbook-a-reprendre.md, to work through.
 */
import {writeFile} from 'node:fs/promises';
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
  ['Éléments d’autres sites, devenus des liens ou retirés', /^élément |^attribut |^la page chargerait/],
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

/** The elements of a to-do line, each once, with how many times it comes back. */
function elementsText(problems: ImportProblem[]): string {
  const times = new Map<string, number>();
  for (const {item} of problems) times.set(item!.element, (times.get(item!.element) ?? 0) + 1);
  return [...times].map(([element, count]) => (count > 1 ? `${element} (${count} fois)` : element)).join(', ');
}

/** What a to-do line says of the problems of one kind at one place: the message of one, or what they are, which, and what to do. */
function todoText(problems: ImportProblem[]): string {
  const [first] = problems as [ImportProblem, ...ImportProblem[]];
  if (problems.length === 1) return first.message;
  if (!first.item) return `${first.message.replace(/\.$/, '')} (${problems.length} fois).`;
  return `${first.item.what} : ${elementsText(problems)} ; ${first.item.todo}`;
}

/** The problems as to-do lines: one per kind, file, line and thing to do, in the order they were found. */
function todoLines(report: ImportReport): Array<{kind: string; line: string}> {
  const groups = new Map<string, {kind: string; problems: ImportProblem[]}>();
  for (const problem of report.problems) {
    const kind = kindOf(problem);
    const what = problem.item ? `${problem.item.what}\0${problem.item.todo}` : problem.message;
    const key = [kind, problem.source, problem.line ?? '', what].join('\0');
    const group = groups.get(key) ?? {kind, problems: []};
    group.problems.push(problem);
    groups.set(key, group);
  }
  return [...groups.values()].map(({kind, problems}) => {
    const {source, line} = problems[0]!;
    return {kind, line: `${display(path.join(report.root, source))}${line ? `:${line}` : ''} ${todoText(problems)}`};
  });
}

/** The to-do lines, grouped by kind in the order above; each line `fichier:ligne ce qu’il faut faire`. */
export function groupedProblems(report: ImportReport): Array<{kind: string; lines: string[]}> {
  const groups = new Map<string, string[]>();
  for (const {kind, line} of todoLines(report)) groups.set(kind, [...(groups.get(kind) ?? []), line]);
  const order = [...kinds.map(([kind]) => kind), 'Autres points'];
  return order.filter((kind) => groups.has(kind)).map((kind) => ({kind, lines: groups.get(kind)!}));
}

/** How many lines the to-do list has: what a person works through. */
export function todoCount(report: ImportReport): number {
  return groupedProblems(report).reduce((total, {lines}) => total + lines.length, 0);
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
    lines.push(`À reprendre à la main (${todoCount(report)}${report.todoFile ? `, liste dans ${display(report.todoFile)}` : ''}) :`);
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

/** The to-do list of an import, at the site's root (never in docs/, which the build publishes). */
export const todoFileName = 'import-gitbook-a-reprendre.md';

/** Writes the to-do list beside docs/ when there is something to do (and the import is not a simulation); returns its path. */
export async function writeTodo(report: ImportReport, siteDir: string): Promise<string | undefined> {
  if (report.problems.length === 0 || report.dryRun) return undefined;
  const file = path.join(siteDir, todoFileName);
  await writeFile(file, formatTodo(report));
  return file;
}
