/**
 * French spelling with cspell: the French dictionary, and the project's words (project-words.txt),
 * as set in cspell.json at the repository's root. Only prose is checked (see prose.ts): never code,
 * URLs, attributes or front matter keys. Words with an elision (« l’Incubateur », « aujourd’hui »)
 * are in the French dictionary, with either apostrophe.
 */
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import type {Finding} from './findings';
import {bodyProseLines, frontMatterProseLines, type ProseLine} from './prose';
import type {ContentFile} from '../../../shared/markdown/content-source';

export const cspellConfigName = 'cspell.json';
export const wordListName = 'project-words.txt';

/** The prose lines of a file that are checked: front matter texts, then the body. */
export function proseOf(file: ContentFile): ProseLine[] {
  return [...frontMatterProseLines(file.tree, file.source, file.frontMatter ?? {}), ...bodyProseLines(file.tree, file.source)];
}

export function spellingMessage(word: string, suggestions: readonly string[]): string {
  const proposed = suggestions.length > 0 ? ` Suggestions : ${suggestions.slice(0, 3).join(', ')}.` : '';
  return `Mot inconnu « ${word} » : corrigez l'orthographe, ou ajoutez-le à ${wordListName} s'il est juste (nom propre, terme technique).${proposed}`;
}

/** The word with « œ » for each « oe » (« l'oeuvre » → « l'œuvre »), when it has one. */
export function withLigature(word: string): string | undefined {
  return /oe/i.test(word) ? word.replace(/oe/g, 'œ').replace(/O[eE]/g, 'Œ') : undefined;
}

export function ligatureMessage(word: string, ligature: string): string {
  return `« ${word} » s’écrit « ${ligature} », avec la ligature « œ ». Facultatif : « œ » ne se tape pas sur un clavier ordinaire, la page peut rester ainsi.`;
}

/** A word that starts with a capital letter: a name, an acronym, or the first word of a sentence. */
export function isNameLike(word: string): boolean {
  const first = word.replace(/^[lLdDjJmMnNsStTcCqQ]u?['’]/, '').charAt(0);
  return first !== first.toLowerCase();
}

export function nameMessage(word: string, suggestions: readonly string[]): string {
  const proposed = suggestions.length > 0 ? ` Suggestions : ${suggestions.slice(0, 3).join(', ')}.` : '';
  return `Mot inconnu « ${word} » : un nom propre ou un sigle ? Ajoutez-le à ${wordListName} pour qu’il ne soit plus signalé ; sinon corrigez-le.${proposed}`;
}

/** cspell's language for a page's: French, British English; none for the languages without a dictionary here. */
function spellingLanguage(locale: string): string | undefined {
  const language = locale.split('-')[0]!.toLowerCase();
  return language === 'fr' ? 'fr-FR' : language === 'en' ? 'en-GB,fr-FR' : undefined;
}

export async function checkSpelling(files: readonly ContentFile[], repoRoot: string): Promise<Finding[]> {
  // cspell-lib is published as an ES module only: imported when needed.
  const {spellCheckDocument} = await import('cspell-lib');
  const configFile = path.join(repoRoot, cspellConfigName);
  const findings: Finding[] = [];
  for (const file of files) {
    // French and English have their dictionaries (cspell.json); a page in another language is not checked.
    const language = spellingLanguage(file.locale);
    if (!language) continue;
    const lines = proseOf(file);
    if (lines.length === 0) continue;
    // One document per page, a line per prose line: cspell reports offsets in this text.
    const text = lines.map((line) => line.text).join('\n');
    const lineStarts: number[] = [];
    let start = 0;
    for (const line of lines) {
      lineStarts.push(start);
      start += line.text.length + 1;
    }
    const check = async (text: string, generateSuggestions: boolean) => {
      const result = await spellCheckDocument(
        // fr-FR, en-GB for the English translations (i18n/en/) and the pages in English elsewhere
        // (`lang: en`), with the French of the names they quote. Always given: cspell keeps the
        // last document's language for a document that gives none (French checked in English too).
        {uri: `${pathToFileURL(file.path).href}.prose.txt`, text, languageId: 'plaintext', locale: language},
        {generateSuggestions, numSuggestions: 3, configFile, noConfigSearch: true},
        {},
      );
      const failure = result.errors?.[0] ?? result.configErrors?.[0]?.error ?? [...(result.dictionaryErrors?.values() ?? [])][0]?.[0];
      if (failure) {
        throw new Error(`Vérification de l'orthographe impossible (${cspellConfigName}) : ${failure.message}`);
      }
      return result.issues;
    };
    const issues = await check(text, true);
    // « oeuvre », « coeur » typed for « œuvre », « cœur »: no ordinary keyboard types « œ ». The words
    // the dictionary knows with the ligature are said, never blocking.
    const ligatures = [...new Set(issues.map((issue) => withLigature(issue.text)).filter((word) => word !== undefined))];
    const unknownLigatures = new Set(ligatures.length > 0 ? (await check(ligatures.join('\n'), false)).map((issue) => issue.text) : []);
    for (const issue of issues) {
      // The prose line holding the word: the last one starting before it.
      let index = lineStarts.length - 1;
      while (index > 0 && lineStarts[index]! > issue.offset) index -= 1;
      const line = lines[index]!;
      const from = issue.offset - lineStarts[index]!;
      const to = from + issue.text.length;
      // A placeholder (inline code, component…) is not prose.
      if (line.checked.slice(from, to).some((checked) => !checked)) continue;
      const suggestions = (issue.suggestionsEx?.map((suggestion) => suggestion.word) ?? issue.suggestions ?? []).filter(
        (suggestion) => suggestion !== issue.text,
      );
      const ligature = withLigature(issue.text);
      const at = {file: file.display, ...file.pointAt(line.offsets[from]!), check: 'orthographe' as const};
      if (ligature !== undefined && !unknownLigatures.has(ligature)) {
        findings.push({...at, message: ligatureMessage(issue.text, ligature), severity: 'advice'});
      } else if (isNameLike(issue.text)) {
        // A capitalised word the dictionaries miss is most often a name (« Decidim », « DINUM »):
        // said, never blocking; a word in lower case is most often a typo.
        findings.push({...at, message: nameMessage(issue.text, suggestions), severity: 'advice'});
      } else {
        findings.push({...at, message: spellingMessage(issue.text, suggestions)});
      }
    }
  }
  return findings;
}
