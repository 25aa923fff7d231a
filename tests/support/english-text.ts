/**
 * What an English page may hold in French: only passages marked `lang="fr…"` (a page not translated
 * yet, French names the settings give). Shared by the English edition's test and the merge request's
 * preview, whose English edition shows the contributor's new page in French.
 */
import {textOf} from './built-site';

const isFrenchLang = (value: string | null | undefined) => value !== null && value !== undefined && /^fr(-|$)/i.test(value);

/** Text of an element outside the parts marked as French (`lang="fr…"`), which English pages quote. */
export function englishTextOf(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll('[lang]').forEach((node) => {
    if (isFrenchLang(node.getAttribute('lang'))) node.remove();
  });
  return textOf(clone);
}

/** French typography, and words of the French interface: a label left untranslated would bring one. */
export const frenchMarks = /[«»\u202F]|\u00A0[:;!?]/;
export const frenchLabels =
  /\b(Aller au contenu|Rechercher|Accueil|Plan du site|Sommaire|Lien vers la section|Proposer une modification|Mentions légales|Données personnelles|Déclaration d’accessibilité|Page introuvable|Conseil|Astuce|Remarque|Attention)\b/;

/** French typography or interface words outside the French passages of an English page: text, labels, descriptions of images. */
export function frenchOutsideMarkedPassages(document: Document): string[] {
  const problems: string[] = [];
  const text = englishTextOf(document.body);
  const mark = frenchMarks.exec(text);
  if (mark) problems.push(`typographie française hors d’un passage lang="fr" : « …${text.slice(Math.max(0, mark.index - 40), mark.index + 40)}… »`);
  const label = frenchLabels.exec(text);
  if (label) problems.push(`libellé français hors d’un passage lang="fr" : « ${label[0]} »`);
  for (const element of document.querySelectorAll('[aria-label], [title], img[alt]')) {
    if (isFrenchLang(element.closest('[lang]')?.getAttribute('lang'))) continue;
    const value = [element.getAttribute('aria-label'), element.getAttribute('title'), element.getAttribute('alt')].filter(Boolean).join(' ');
    if (frenchMarks.test(value) || frenchLabels.test(value)) problems.push(`attribut en français hors d’un passage lang="fr" : « ${value} »`);
  }
  return problems;
}

/**
 * Each place of the page's body where one of `texts` (a French page's title, menu label,
 * description) shows outside a passage marked French: a screen reader would say it with an English
 * voice. Spaces compare as spaces, whichever kind.
 */
export function unmarkedFrenchTexts(document: Document, texts: readonly string[]): string[] {
  const normalize = (value: string) => value.replace(/[\s\u00A0\u202F]+/g, ' ').trim();
  const wanted = texts.map(normalize).filter(Boolean);
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, noscript, template')) continue;
    const value = normalize(node.textContent ?? '');
    const text = wanted.find((candidate) => value.includes(candidate));
    if (text && !isFrenchLang(parent.closest('[lang]')?.getAttribute('lang'))) {
      found.push(`« ${text} » dans <${parent.tagName.toLowerCase()}${parent.className ? ` class="${parent.className}"` : ''}>`);
    }
  }
  return found;
}
