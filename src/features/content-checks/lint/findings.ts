/**
 * Findings of the content checker: one mistake in one file, printed as `file:line:column message`
 * (the format editors and terminals turn into links), sorted and without duplicates.
 */

/** The check that found a problem: shown in the JSON output, useful to filter. */
export type CheckName = 'markdownlint' | 'orthographe' | 'grammaire' | 'en-tête' | 'gitbook' | 'ancres';

/**
 * - `problem` (the default): stops the check, and the pipeline;
 * - `published`: French typography the build sets in the published page (a space before « ? »,
 *   « … » for three dots): counted, never blocking; `npm run lint:content -- --fix` writes it in the file;
 * - `advice`: worth a look, never blocking.
 */
export type Severity = 'problem' | 'published' | 'advice';

export interface Finding {
  /** Path relative to the current folder, with `/` separators. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** In French, saying how to fix the problem. */
  message: string;
  check: CheckName;
  /** Absent for a problem. */
  severity?: Severity;
}

export const isProblem = (finding: Finding) => (finding.severity ?? 'problem') === 'problem';

/** By file, then line, then column; identical findings (two checks saying the same) kept once. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const unique: Finding[] = [];
  for (const finding of findings) {
    const key = formatFinding(finding);
    if (!seen.has(key)) {
      seen.add(key);
      unique.push(finding);
    }
  }
  return unique.sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message, 'fr'),
  );
}

export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column} ${finding.message}`;
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

export function formatAdvice(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column} conseil : ${finding.message}`;
}

/** The last lines of the report: what a contributor reads first. */
export function summary(findings: readonly Finding[], checkedFiles: number): string {
  const problems = findings.filter(isProblem);
  const published = findings.filter((finding) => finding.severity === 'published').length;
  const typography =
    published > 0
      ? `\n${plural(published, 'correction')} typographique${published > 1 ? 's' : ''} faite${published > 1 ? 's' : ''} par la publication (espace fine avant « ; ! ? », insécable avant « : », dans les « guillemets », points de suspension « … », tiret « – ») : rien à faire ; npm run lint:content -- --fix ${published > 1 ? 'les ' : 'l’'}écrit dans les fichiers.`
      : '';
  if (problems.length === 0) {
    return `Contenu vérifié : ${plural(checkedFiles, 'fichier')}, aucun problème.${typography}`;
  }
  const files = new Set(problems.map((finding) => finding.file)).size;
  return `${plural(problems.length, 'problème')} dans ${plural(files, 'fichier')} (sur ${plural(checkedFiles, 'fichier vérifié', 'fichiers vérifiés')}).${typography}`;
}
