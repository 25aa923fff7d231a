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
import type {ContentFile} from './source';

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
    const result = await spellCheckDocument(
      // The language is cspell.json's: fr-FR, and en-GB for the English translations (i18n/en/); a
      // page in English elsewhere (`lang: en`) gives its own, with the French of the names it quotes.
      {uri: `${pathToFileURL(file.path).href}.prose.txt`, text, languageId: 'plaintext', ...(language === 'fr-FR' ? {} : {locale: language})},
      {generateSuggestions: true, numSuggestions: 3, configFile, noConfigSearch: true},
      {},
    );
    const failure = result.errors?.[0] ?? result.configErrors?.[0]?.error ?? [...(result.dictionaryErrors?.values() ?? [])][0]?.[0];
    if (failure) {
      throw new Error(`Vérification de l'orthographe impossible (${cspellConfigName}) : ${failure.message}`);
    }
    for (const issue of result.issues) {
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
      findings.push({
        file: file.display,
        ...file.pointAt(line.offsets[from]!),
        message: spellingMessage(issue.text, suggestions),
        check: 'orthographe',
      });
    }
  }
  return findings;
}
