/**
 * The language a space is written in, from its commonest words: a space in another language than
 * the site's (GitBook's own documentation is in English) is imported as such, its pages marked
 * `lang: en` (src/shared/i18n/page-language.ts) and left out of French typography. Only French and English
 * are told apart: the guide's editions. Code, addresses and HTML do not count.
 */
import {toString as hastToString} from 'hast-util-to-string';
import type {Html, Image, Root, Text} from 'mdast';
import {SKIP, visit} from 'unist-util-visit';
import {parseHtml} from './html';
import {parseMarkdown} from './markdown';

const commonWords: Record<'fr' | 'en', ReadonlySet<string>> = {
  fr: new Set([
    'le',
    'la',
    'les',
    'des',
    'du',
    'de',
    'un',
    'une',
    'et',
    'est',
    'sont',
    'pour',
    'dans',
    'avec',
    'que',
    'qui',
    'sur',
    'pas',
    'vous',
    'nous',
    'ce',
    'cette',
    'au',
    'aux',
    'par',
    'ou',
    'son',
    'sa',
    'ses',
    'leur',
  ]),
  en: new Set([
    'the',
    'and',
    'is',
    'are',
    'to',
    'of',
    'for',
    'with',
    'you',
    'your',
    'in',
    'on',
    'this',
    'that',
    'it',
    'be',
    'can',
    'from',
    'by',
    'or',
    'an',
    'as',
    'at',
    'we',
    'our',
    'will',
    'how',
    'what',
    'if',
    'not',
  ]),
};

/** The words of a piece of text, without the addresses written in it. */
function wordsOf(text: string): string[] {
  return text
    .replace(/https?:\/\/\S+/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}’']+/u)
    .filter(Boolean);
}

/**
 * Prose of a Markdown text (or of its tree): its text, the descriptions of its images, the text of
 * its HTML (read with hast); not its code, its GitBook tags, its addresses, its markup.
 */
function proseWords(text: string | Root): string[] {
  const pieces: string[] = [];
  visit(typeof text === 'string' ? parseMarkdown(text) : text, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'gitbookTag') return SKIP;
    if (node.type === 'text') pieces.push((node as Text).value.replace(/\{%[\s\S]*?%\}/g, ' '));
    else if (node.type === 'image') pieces.push((node as Image).alt ?? '');
    else if (node.type === 'html') pieces.push(hastToString(parseHtml((node as Html).value)));
    return undefined;
  });
  return pieces.flatMap(wordsOf);
}

/** `fr`, `en`, or undefined when the texts are too short or too mixed to tell. */
export function detectLanguage(texts: ReadonlyArray<string | Root>): 'fr' | 'en' | undefined {
  const counts = {fr: 0, en: 0};
  for (const text of texts) {
    for (const word of proseWords(text)) {
      if (commonWords.fr.has(word)) counts.fr += 1;
      if (commonWords.en.has(word)) counts.en += 1;
    }
  }
  const total = counts.fr + counts.en;
  if (total < 8) return undefined;
  if (counts.fr >= total * 0.7) return 'fr';
  if (counts.en >= total * 0.7) return 'en';
  return undefined;
}
