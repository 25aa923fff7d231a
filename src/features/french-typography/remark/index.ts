/**
 * French typography: in the text of French pages, a narrow no-break space (U+202F) before ; ! ? and
 * inside « guillemets », a no-break space (U+00A0) before :, the typographic apostrophe, French
 * quotes for straight double quotes, the ellipsis « … » for three dots and the dash « – » for a
 * hyphen between spaces: what people type on an ordinary keyboard, as French typography writes it. Only text is touched, never code, URLs, front matter or
 * attributes (remark-textr works on text nodes); applying it twice changes nothing. A page in
 * another language (`lang: en` in its front matter) is left as written.
 *
 * The colon takes a full no-break space, as the Imprimerie nationale's rules ask (the zmarkdown
 * rule, typographic-colon, uses a narrow one), and nothing puts the space inside guillemets typed
 * directly: those two rules are the two small functions below.
 */
import type {Root} from 'mdast';
import remarkTextr from 'remark-textr';
import apostrophes from 'typographic-apostrophes';
import exclamationMark from 'typographic-exclamation-mark';
import questionMark from 'typographic-question-mark';
import quotes from 'typographic-quotes';
import semicolon from 'typographic-semicolon';
import type {Plugin} from 'unified';
import {pageLanguageOf, sameLanguage} from '../../../shared/i18n/page-language';
import {sourceLanguageOf} from '../source-language';

const narrowNoBreakSpace = '\u202F';
const noBreakSpace = '\u00A0';

/** A space typed before a colon that ends a clause becomes a no-break space. */
export function colon(text: string): string {
  return text.replace(/ :(?=\s|$)/g, `${noBreakSpace}:`);
}

/** « guillemets » hold a narrow no-break space inside, whatever was typed (a space, a no-break space, nothing). */
export function guillemets(text: string): string {
  return text.replace(/«[ \u00A0]?(?=[^\s\u202F])/g, `«${narrowNoBreakSpace}`).replace(/([^\s\u202F])[ \u00A0]?»/g, `$1${narrowNoBreakSpace}»`);
}

/** Three dots, exactly, are an ellipsis (« etc... » → « etc… »); more are left as written. */
export function ellipsis(text: string): string {
  return text.replace(/(?<!\.)\.\.\.(?!\.)/g, '…');
}

/**
 * A hyphen between two spaces is a dash: an incise (« une mairie - ou une commune - peut ») or a
 * range (« 10 - 12 »), both written with the en dash in French (« – »). A hyphen inside a word
 * (« peut-être ») or a minus sign in code is not text between spaces.
 */
export function dash(text: string): string {
  return text.replace(/(?<=[ \u00A0])-(?=[ \u00A0])/g, '–');
}

/** The rules, in the order they apply: the build (below) and the GitBook importer share them. */
export const frenchTypographyRules = [apostrophes, quotes, semicolon, exclamationMark, questionMark, colon, guillemets, ellipsis, dash];

/** Applies the rules to one piece of prose (a Markdown text node's value, never code or a URL). */
export function applyFrenchTypography(text: string): string {
  return frenchTypographyRules.reduce((result, rule) => rule(result, {locale: 'fr'}), text);
}

export interface FrenchTypographyOptions {
  /** The locale being built. */
  locale: string;
  /**
   * The site's folder: a page outside its i18n/ folder is a French original, typeset in every
   * edition (the English one shows it while it is not translated). Without it, the locale decides.
   */
  siteDir?: string;
}

const remarkFrenchTypography: Plugin<[FrenchTypographyOptions], Root> = function remarkFrenchTypography(options) {
  const typeset = remarkTextr.call(this, {
    plugins: frenchTypographyRules,
    options: {locale: 'fr'},
  }) as (tree: Root) => void;
  return (tree, file) => {
    // A page in another language (`lang: en` in its front matter) keeps its own typography.
    const frontMatter = (file.data as {frontMatter?: Record<string, unknown>}).frontMatter;
    const language = options.siteDir && file.path ? sourceLanguageOf(file.path, options.siteDir, frontMatter) : (pageLanguageOf(frontMatter) ?? options.locale);
    if (sameLanguage(language, 'fr')) typeset(tree);
  };
};

export default remarkFrenchTypography;
