/**
 * French grammar and typography with Grammalecte (Debian package grammalecte-cli): the prose lines of
 * every file (see prose.ts) in one text file, one paragraph per line, checked in one run (Grammalecte
 * is a Python program that takes a moment to start), and its findings mapped back to the source.
 *
 * The spaces before « ; ! ? : » and inside « guillemets » are checked: the site writes a narrow
 * no-break space (U+202F) before ; ! ? and inside guillemets, a no-break space (U+00A0) before :, and
 * Grammalecte accepts either no-break space while it reports a regular space or none.
 */
import {execFile} from 'node:child_process';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {applyFrenchTypography} from '../../french-typography/public';
import type {Finding, Severity} from './findings';
import {placeholder, type ProseLine} from './prose';
import type {ContentFile} from '../../../shared/markdown/content-source';
import {proseOf, wordListName} from './spelling';

/**
 * Grammalecte options turned off, with why:
 * - `apos`: straight apostrophes. The build writes them ’ (src/features/french-typography/remark), and
 *   cspell reads both: asking contributors to type ’ would flag every line pasted from GitBook or
 *   typed on a keyboard, for nothing the reader sees.
 * Its own spelling is not used either: cspell checks spelling, with the project's word list.
 */
export const optionsOff = ['apos'];

/**
 * Grammalecte rules turned off, with why:
 * - straight double quotes "…": the build turns them into « … » (typographic-quotes), like the
 *   apostrophes above;
 * - digits written together (« 75342 »): postal codes and « Libre réponse » numbers are written so,
 *   and they are what the guide's addresses hold. Spaces in large numbers written with a regular
 *   space (« 45 000 ») are still reported.
 */
export const rulesOff = ['typo_guillemets_typographiques_doubles_ouvrants', 'typo_guillemets_typographiques_doubles_fermants', 'num_grand_nombre_soudé'];

/** The Grammalecte program: GRAMMALECTE_CLI, or grammalecte-cli from the PATH. */
export function grammalecteCommand(): string {
  return process.env.GRAMMALECTE_CLI || 'grammalecte-cli';
}

/** A tool the check needs is missing: the run stops with how to install it, it never skips. */
export class MissingToolError extends Error {}

export function missingGrammalecte(command: string): string {
  return `Grammalecte est introuvable (commande « ${command} ») : la grammaire et la typographie ne peuvent pas être vérifiées. Installez-le avec « sudo apt-get install -y grammalecte-cli » (Debian, Ubuntu), ou indiquez son chemin dans la variable GRAMMALECTE_CLI, puis relancez « npm run lint:content ».`;
}

interface GrammalecteError {
  nStart: number;
  nEnd: number;
  sRuleId: string;
  sType: string;
  sMessage: string;
  aSuggestions: string[];
}

interface GrammalecteOutput {
  data: Array<{iParagraph: number; lGrammarErrors: GrammalecteError[]}>;
}

/** Spaces as a contributor can see and type them. */
const spaceNames: Record<string, string> = {
  '\u202F': 'une espace fine insécable (U+202F, ou &#8239; dans le texte)',
  '\u00A0': 'une espace insécable (U+00A0, ou &nbsp; dans le texte)',
};

/**
 * A space around French punctuation, and what becomes of it:
 * - an ordinary space before « ; ! ? : », or any space (or none) inside « guillemets »: the build
 *   writes the right no-break space in the published page (src/features/french-typography), so the
 *   source may stay as typed (`published`); `npm run lint:content -- --fix` writes it in the file;
 * - no space at all before « ; ! ? : »: a problem, fixed by typing an ordinary space;
 * - an ordinary space elsewhere (« 45 000 »): advice, a no-break space would keep it on one line.
 */
export function spaceFinding(underlined: string, grammalecteMessage: string, suggestions: readonly string[]): {message: string; severity: Severity} {
  const mark = [...underlined].find((char) => ';!?:«»'.includes(char));
  const hasSpace = /\s/.test(underlined.replace(/[\u00A0\u202F]/g, ''));
  if (mark === undefined) {
    const proposal = suggestions[0] ? ` : « ${suggestions[0]} »` : '';
    return {
      message: `${grammalecteMessage} Une espace insécable (${spaceNames['\u00A0']}) éviterait une coupure de ligne${proposal}.`,
      severity: 'advice',
    };
  }
  const space = mark === ':' ? spaceNames['\u00A0']! : spaceNames['\u202F']!;
  const where = mark === '«' ? `après « ${mark} »` : `avant « ${mark} »`;
  if (hasSpace || mark === '«' || mark === '»') {
    return {message: `Espace ${where} : la publication la remplace par ${space}.`, severity: 'published'};
  }
  return {message: `Espace manquante ${where} : tapez une espace (la publication la rend insécable).`, severity: 'problem'};
}

/**
 * Characters an ordinary French keyboard types (AZERTY, with its dead keys ^ and ¨): what a
 * contributor can be asked to write. « … », « – », « À », « É », « ᵉ » are not among them.
 */
const typeable = /^[\x20-\x7E\u00A0àâäçéèêëîïôöùûüÿÂÄÊËÎÏÔÖÛÜ€£°²µ§]*$/u;

/**
 * The message of a Grammalecte finding; `underlined` is the text it is about. What it asks for:
 * - the build writes it in the published page (src/features/french-typography: « ... » → « … »,
 *   « - » between spaces → « – »): `published`, as the spaces above;
 * - only characters an ordinary keyboard does not type (« 1ᵉʳ », « À ») : `advice`, never blocking,
 *   the typed form being the usual one where the character is missing (« 1er », « A »);
 * - otherwise a mistake the contributor fixes by typing: a problem.
 */
export function grammarFinding(error: GrammalecteError, underlined: string): {message: string; severity: Severity} {
  if (error.sType === 'nbsp' || error.sRuleId.startsWith('nbsp_')) {
    return spaceFinding(underlined, error.sMessage, error.aSuggestions);
  }
  const proposals = error.aSuggestions.slice(0, 3).map((suggestion) => `« ${suggestion} »`);
  const fix = proposals.length > 0 ? ` Proposition : ${proposals.join(' ou ')}.` : '';
  const source = `(Grammalecte, règle ${error.sRuleId}${underlined ? `, sur « ${underlined.trim()} »` : ''})`;
  const published = applyFrenchTypography(underlined);
  if (underlined !== '' && published !== underlined && error.aSuggestions.includes(published)) {
    return {message: `${error.sMessage.trim()} La publication écrit « ${published.trim()} » : rien à faire. ${source}`, severity: 'published'};
  }
  if (error.aSuggestions.length > 0 && !error.aSuggestions.some((suggestion) => typeable.test(suggestion))) {
    return {
      message: `${error.sMessage.trim()}${fix} Facultatif : ce caractère ne se tape pas sur un clavier ordinaire, la page peut rester ainsi. ${source}`,
      severity: 'advice',
    };
  }
  return {message: `${error.sMessage.trim()}${fix} ${source}`, severity: 'problem'};
}

/**
 * Names of several words (lines of project-words.txt with a space, « Communs numériques »): the
 * grammar checker reads them as one name, so that « le guide Communs numériques » is not an
 * agreement mistake.
 */
export async function readProperNames(repoRoot: string): Promise<string[]> {
  const text = await readFile(path.join(repoRoot, wordListName), 'utf8');
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#') && /\s/.test(line));
}

/** The line with each proper name replaced by the placeholder (a name for Grammalecte). */
export function maskProperNames(line: ProseLine, names: readonly string[]): ProseLine {
  let result = line;
  for (const name of names) {
    let from = 0;
    for (let index = result.text.indexOf(name, from); index !== -1; index = result.text.indexOf(name, from)) {
      const end = index + name.length;
      const isWord = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
      if (isWord(result.text[index - 1]) || isWord(result.text[end])) {
        from = index + 1;
        continue;
      }
      const offset = result.offsets[index]!;
      result = {
        text: result.text.slice(0, index) + placeholder + result.text.slice(end),
        offsets: [...result.offsets.slice(0, index), ...Array.from(placeholder, () => offset), ...result.offsets.slice(end)],
        checked: [...result.checked.slice(0, index), ...Array.from(placeholder, () => false), ...result.checked.slice(end)],
      };
      from = index + placeholder.length;
    }
  }
  return result;
}

/** UTF-16 index of each code point of a text (Grammalecte, in Python, counts code points). */
function codePointIndexes(text: string): number[] {
  const indexes: number[] = [];
  let unit = 0;
  for (const char of text) {
    indexes.push(unit);
    unit += char.length;
  }
  indexes.push(unit);
  return indexes;
}

async function runGrammalecte(textFile: string): Promise<GrammalecteOutput> {
  const args = ['-f', textFile, '-j', '-owe', '-off', ...optionsOff, '-roff', ...rulesOff];
  const command = grammalecteCommand();
  let stdout: string;
  try {
    ({stdout} = await promisify(execFile)(command, args, {maxBuffer: 256 * 1024 * 1024, encoding: 'utf8'}));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new MissingToolError(missingGrammalecte(command));
    }
    throw new Error(`Grammalecte a échoué : ${(error as {stderr?: string}).stderr || (error as Error).message}`);
  }
  try {
    return JSON.parse(stdout) as GrammalecteOutput;
  } catch {
    throw new Error(`Réponse de Grammalecte illisible : ${stdout.slice(0, 300)}`);
  }
}

export async function checkGrammar(files: readonly ContentFile[], repoRoot: string): Promise<Finding[]> {
  const names = await readProperNames(repoRoot);
  // Every prose line of every file, in one text: its line N is entries[N - 1].
  // Grammalecte knows French only: translations are left to the spelling check.
  const entries = files
    .filter((file) => file.locale.startsWith('fr'))
    .flatMap((file) =>
      proseOf(file)
        .map((line) => maskProperNames(line, names))
        .filter((line) => line.checked.some(Boolean))
        .map((line) => ({file, line})),
    );
  if (entries.length === 0) {
    return [];
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lint-content-'));
  let output: GrammalecteOutput;
  try {
    const textFile = path.join(dir, 'prose.txt');
    await writeFile(textFile, `${entries.map(({line}) => line.text).join('\n')}\n`, 'utf8');
    output = await runGrammalecte(textFile);
  } finally {
    await rm(dir, {recursive: true, force: true});
  }
  const findings: Finding[] = [];
  for (const paragraph of output.data) {
    const entry = entries[paragraph.iParagraph - 1];
    if (!entry) continue;
    const {file, line} = entry;
    const units = codePointIndexes(line.text);
    for (const error of paragraph.lGrammarErrors) {
      const start = units[error.nStart] ?? 0;
      const end = units[error.nEnd] ?? line.text.length;
      // About a placeholder only (a component, inline code): not the contributor's prose.
      if (!line.checked.slice(start, Math.max(end, start + 1)).some(Boolean)) continue;
      const {message, severity} = grammarFinding(error, line.text.slice(start, end));
      findings.push({
        file: file.display,
        ...file.pointAt(line.offsets[Math.min(start, line.offsets.length - 1)]!),
        message,
        check: 'grammaire',
        ...(severity === 'problem' ? {} : {severity}),
      });
    }
  }
  return findings;
}
