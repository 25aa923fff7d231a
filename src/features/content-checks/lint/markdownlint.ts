/**
 * Markdown style with markdownlint: the rules of the nearest `.markdownlint.jsonc` (the repository's
 * root one, or a folder's own, as markdownlint's editor extensions read them), with messages in
 * French that say how to fix each problem.
 *
 * A GitBook tag line (`{% hint %}`) or a Docusaurus block fence (`:::info`) is a block boundary for
 * the site but a line of text for markdownlint: the rules about blank lines around blocks accept it
 * as a blank line, and nothing but spaces is checked on a GitBook tag line (its attributes are not
 * Markdown). Both kinds of lines are found in the page's tree. GitBook's HTML that the build turns
 * into Markdown (tables, cards, figures, links) is not reported as HTML either (MD033).
 */
import {existsSync} from 'node:fs';
import path from 'node:path';
import type {Configuration, LintError} from 'markdownlint';
import {lint, readConfig} from 'markdownlint/promise';
import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {htmlBlockToMdast} from '../../gitbook/public';
import type {Finding} from './findings';
import {parse as parseJsoncText, printParseErrorCode, type ParseError} from 'jsonc-parser';
import type {ContentFile} from '../../../shared/markdown/content-source';

export const configFileName = '.markdownlint.jsonc';

/**
 * JSON with comments and trailing commas (`.markdownlint.jsonc`), read by jsonc-parser, the parser
 * of VS Code and markdownlint-cli2; an error names its place.
 */
export function parseJsonc(text: string): unknown {
  const errors: ParseError[] = [];
  const value: unknown = parseJsoncText(text, errors, {allowTrailingComma: true});
  const error = errors[0];
  if (error) {
    const line = text.slice(0, error.offset).split('\n').length;
    throw new SyntaxError(`JSONC illisible à la ligne ${line} : ${printParseErrorCode(error.error)}`);
  }
  return value;
}

/**
 * In `.mdx` pages: JSX components are what MDX is for (the MDX compiler checks them), and the heading
 * ids `{/* #id *\/}` look like emphasis markers to markdownlint, which reads CommonMark.
 */
const mdxOverrides: Configuration = {MD033: false, MD037: false};

/** Rules about blank lines around a block: a tag or fence line counts as a blank line for them. */
const blankLineRules = new Set(['MD022', 'MD031', 'MD032', 'MD058']);
/** The only rules checked on a GitBook tag line: the spaces around it. */
const tagLineRules = new Set(['MD009', 'MD010']);

/** What each rule asks, and how to fix it, in the contributor's words. */
const frenchMessages: Record<string, string> = {
  MD001: 'Niveau de titre sauté : un titre ne descend que d’un niveau à la fois (## puis ###). Corrigez le nombre de #.',
  MD003: 'Style de titre : écrivez les titres avec des # en début de ligne (## Titre), sans soulignement ni # final.',
  MD004: 'Puces de liste différentes dans la page : utilisez partout le même signe (- ou *).',
  MD005: 'Indentation incohérente dans la liste : alignez les éléments de même niveau.',
  MD007: 'Indentation de sous-liste : décalez chaque niveau de 2 espaces.',
  MD009: 'Espaces en fin de ligne : supprimez-les (pour un retour à la ligne forcé, terminez la ligne par \\).',
  MD010: 'Tabulation : remplacez-la par des espaces.',
  MD011: 'Lien inversé (texte)[adresse] : écrivez [texte](adresse).',
  MD012: 'Plusieurs lignes vides de suite : n’en laissez qu’une.',
  MD014: 'Commandes précédées de $ sans leur résultat : retirez les $ en début de ligne.',
  MD018: 'Titre sans espace après # : écrivez « ## Titre ».',
  MD019: 'Plusieurs espaces après # : n’en laissez qu’une.',
  MD020: 'Titre fermé par # sans espace : retirez les # de fin de ligne.',
  MD021: 'Plusieurs espaces autour des # du titre : retirez les # de fin de ligne.',
  MD022: 'Titre collé à une autre ligne : laissez une ligne vide avant et après chaque titre.',
  MD023: 'Titre indenté : commencez la ligne par #, sans espace avant.',
  MD024: 'Titre identique à un titre voisin : donnez-lui un intitulé différent.',
  MD025:
    'Titre de niveau 1 (#) en trop : une page n’a qu’un titre principal (pour une page du guide, le « title » de l’en-tête). Commencez les titres du texte à ##.',
  MD026: 'Ponctuation en fin de titre : retirez-la.',
  MD027: 'Plusieurs espaces après > : n’en laissez qu’une.',
  MD028: 'Ligne vide dans une citation : supprimez-la, ou commencez-la par >.',
  MD029: 'Numérotation de liste : numérotez 1. 2. 3. dans l’ordre, ou 1. partout.',
  MD030: 'Espaces après la puce : laissez une seule espace entre la puce et le texte.',
  MD031: 'Bloc de code collé à du texte : laissez une ligne vide avant et après les ```.',
  MD032: 'Liste collée à du texte : laissez une ligne vide avant et après la liste.',
  MD033:
    'Balise HTML dans la page : écrivez ce passage en Markdown. Si cet élément est vraiment nécessaire, demandez à l’ajouter à la liste « allowed_elements » de .markdownlint.jsonc.',
  MD034: 'Adresse web nue : écrivez-la [texte du lien](adresse), ou entre < et >.',
  MD035: 'Séparateurs horizontaux différents : utilisez partout le même (---).',
  MD036: 'Texte en gras ou en italique seul sur sa ligne, comme un titre : écrivez un vrai titre (## Titre).',
  MD037: 'Espace à l’intérieur de l’italique ou du gras : écrivez **texte**, sans espace après ** ni avant **.',
  MD038: 'Espace à l’intérieur du code : écrivez `code`, sans espace après ` ni avant `.',
  MD039: 'Espace à l’intérieur du texte d’un lien : écrivez [texte](adresse), sans espace après [ ni avant ].',
  MD040: 'Bloc de code sans langage : précisez-le après les ``` d’ouverture (```bash, ```js, ```text…).',
  MD042: 'Lien vide : donnez son adresse au lien, [texte](adresse).',
  MD043: 'Titres requis absents : suivez le plan de page demandé.',
  MD044: 'Nom propre mal écrit : respectez ses majuscules.',
  MD045: 'Image sans texte alternatif : décrivez-la entre les crochets, ![description](image.png) (accessibilité).',
  MD046: 'Bloc de code indenté : entourez le code de ``` au lieu de l’indenter.',
  MD047: 'Fin de fichier : terminez le fichier par un seul retour à la ligne.',
  MD048: 'Bloc de code entouré de ~~~ : utilisez ``` comme ailleurs.',
  MD049: 'Italique écrit de deux façons dans la page : utilisez partout le même signe (*texte* ou _texte_).',
  MD050: 'Gras écrit de deux façons dans la page : utilisez partout **texte**.',
  MD051: 'Lien vers une ancre (#…) absente de la page : vérifiez l’identifiant du titre visé, écrit {#identifiant}.',
  MD052: 'Lien par référence sans définition : ajoutez la ligne [référence]: adresse, ou écrivez le lien [texte](adresse).',
  MD053: 'Définition de lien inutilisée : supprimez la ligne [référence]: adresse.',
  MD054: 'Forme de lien non permise ici : écrivez [texte](adresse).',
  MD055: 'Barres verticales du tableau : commencez et terminez chaque ligne du tableau par |, comme les autres.',
  MD056: 'Nombre de cellules : cette ligne du tableau n’a pas autant de colonnes que l’en-tête ; ajoutez ou retirez des |.',
  MD058: 'Tableau collé à du texte : laissez une ligne vide avant et après le tableau.',
  MD059:
    'Texte de lien qui ne dit pas où il mène : décrivez la destination (« la déclaration d’accessibilité » plutôt que « ici ») ; c’est une exigence d’accessibilité.',
};

/** markdownlint's details, in English: the usual words in French. */
function frenchDetail(detail: string): string {
  return detail
    .replace(/\bExpected\b/g, 'attendu')
    .replace(/\bActual\b/g, 'trouvé')
    .replace(/\bElement\b/g, 'élément')
    .replace(/\bContext\b/g, 'contexte')
    .replace(/ or /g, ' ou ');
}

export function markdownlintMessage(error: LintError): string {
  const [rule = '?', alias] = error.ruleNames;
  const base = frenchMessages[rule] ?? `Règle ${rule} : ${error.ruleDescription}.`;
  const detail = error.errorDetail ? ` ; ${frenchDetail(error.errorDetail)}` : '';
  return `${base} (markdownlint ${rule}${alias ? ` ${alias}` : ''}${detail})`;
}

/** Lines that the site reads as block boundaries: GitBook tag lines and `:::` fences. */
export function blockBoundaryLines(tree: Root): {tagLines: Set<number>; boundaryLines: Set<number>} {
  const tagLines = new Set<number>();
  const boundaryLines = new Set<number>();
  visit(tree, (node) => {
    const {start, end} = node.position ?? {};
    if (!start || !end) return;
    if (node.type === 'gitbookTag') {
      tagLines.add(start.line);
      boundaryLines.add(start.line);
    } else if (node.type === 'containerDirective') {
      boundaryLines.add(start.line);
      boundaryLines.add(end.line);
    }
  });
  return {tagLines, boundaryLines};
}

/** Inline HTML of GitBook's export that the build turns into Markdown (src/features/gitbook/remark/html). */
const convertedInline = /^<\/?(a|img|picture|source)[\s>]|^<i\s[^>]*class=["'][^"']*\bfa-|^<\/i>/i;

/**
 * Lines of GitBook's HTML that the build turns into Markdown or the site's components (card tables,
 * tables, figures, pictures, code, links, images; src/features/gitbook/remark/html): for MD033, the HTML of
 * an import, not HTML written in a page. Each line maps to the elements allowed on it (`*`: all).
 */
export function convertedHtmlLines(tree: Root): Map<number, Set<string>> {
  const lines = new Map<number, Set<string>>();
  const allow = (line: number, element: string) => lines.set(line, (lines.get(line) ?? new Set()).add(element));
  visit(tree, 'html', (node, _index, parent) => {
    const {start, end} = node.position ?? {};
    if (!start || !end) return;
    const inline = parent?.type === 'paragraph' || parent?.type === 'heading' || parent?.type === 'tableCell';
    if (!inline && htmlBlockToMdast(node.value)) {
      for (let line = start.line; line <= end.line; line += 1) allow(line, '*');
    } else if (!inline && /^<summary[\s>]/i.test(node.value.trim())) {
      // A summary's emphasis: Markdown is not read on the line of an HTML block.
      for (const element of ['strong', 'em', 'code', 'b', 'i']) allow(start.line, element);
    } else if (inline && convertedInline.test(node.value.trim())) {
      allow(start.line, /^<\/?([a-z]+)/i.exec(node.value.trim())![1]!.toLowerCase());
    }
  });
  return lines;
}

/** Whether an error comes from the site's own syntax rather than from a mistake. */
function isSiteSyntax(error: LintError, rule: string, lines: ReturnType<typeof blockBoundaryLines>, converted: Map<number, Set<string>>): boolean {
  if (lines.tagLines.has(error.lineNumber) && !tagLineRules.has(rule)) {
    return true;
  }
  if (rule === 'MD033') {
    const allowed = converted.get(error.lineNumber);
    const element = /Element: (\w+)/.exec(error.errorDetail ?? '')?.[1]?.toLowerCase();
    if (allowed && (allowed.has('*') || (element && allowed.has(element)))) return true;
  }
  return blankLineRules.has(rule) && (lines.boundaryLines.has(error.lineNumber - 1) || lines.boundaryLines.has(error.lineNumber + 1));
}

/** The nearest `.markdownlint.jsonc` from the file's folder up to the repository, else the root one. */
export function configFileFor(filePath: string, repoRoot: string): string {
  const rootConfig = path.join(repoRoot, configFileName);
  const relative = path.relative(repoRoot, filePath);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return rootConfig;
  }
  for (let dir = path.dirname(filePath); dir.length >= repoRoot.length; dir = path.dirname(dir)) {
    const candidate = path.join(dir, configFileName);
    if (existsSync(candidate)) return candidate;
    if (dir === repoRoot) break;
  }
  return rootConfig;
}

export async function checkMarkdownlint(files: readonly ContentFile[], repoRoot: string): Promise<Finding[]> {
  // One markdownlint run per configuration: the files sharing a config file and a format.
  const groups = new Map<string, {configFile: string; mdx: boolean; files: ContentFile[]}>();
  for (const file of files) {
    const configFile = configFileFor(file.path, repoRoot);
    const key = `${configFile}\0${file.mdx}`;
    const group = groups.get(key) ?? {configFile, mdx: file.mdx, files: []};
    group.files.push(file);
    groups.set(key, group);
  }
  const findings: Finding[] = [];
  const configs = new Map<string, Promise<Configuration>>();
  for (const group of groups.values()) {
    if (!configs.has(group.configFile)) {
      configs.set(group.configFile, readConfig(group.configFile, [(text) => parseJsonc(text) as Configuration]));
    }
    const base = await configs.get(group.configFile)!;
    const config = group.mdx ? {...base, ...mdxOverrides} : base;
    const results = await lint({
      config,
      strings: Object.fromEntries(group.files.map((file) => [file.path, file.source])),
    });
    for (const file of group.files) {
      const lines = blockBoundaryLines(file.tree);
      const converted = convertedHtmlLines(file.tree);
      for (const error of results[file.path] ?? []) {
        const rule = error.ruleNames[0] ?? '';
        if (isSiteSyntax(error, rule, lines, converted)) continue;
        findings.push({
          file: file.display,
          line: error.lineNumber,
          column: error.errorRange?.[0] ?? 1,
          message: markdownlintMessage(error),
          check: 'markdownlint',
        });
      }
    }
  }
  return findings;
}
