/**
 * The site's own interface labels: every `translate({id, message})` and `<Translate id="…">` in
 * src/, read with the TypeScript parser (as `docusaurus write-translations` reads them with Babel),
 * and whether a locale's i18n/<locale>/code.json gives each one a message.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface LabelUse {
  id: string;
  /** The French text written in the component. */
  message?: string;
  /** Where it is used, relative to the site folder, 1-based line. */
  file: string;
  line: number;
}

const sourceExtensions = new Set(['.ts', '.tsx', '.js', '.jsx']);

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' || entry.name === 'node_modules' ? [] : sourceFiles(full);
    return sourceExtensions.has(path.extname(entry.name)) && !/\.test\.[jt]sx?$/.test(entry.name) ? [full] : [];
  });
}

/** The string a property or attribute is set to, when it is a literal. */
function literal(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isJsxExpression(node)) return literal(node.expression);
  return undefined;
}

/** Every label used by the components of a site folder (src/). */
export function labelUses(siteDir: string): LabelUse[] {
  const uses: LabelUse[] = [];
  for (const file of sourceFiles(path.join(siteDir, 'src'))) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('translate') && !text.includes('Translate')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const record = (node: ts.Node, id: string | undefined, message: string | undefined) => {
      if (id === undefined) return;
      const {line} = source.getLineAndCharacterOfPosition(node.getStart(source));
      uses.push({id, message, file: path.relative(siteDir, file).split(path.sep).join('/'), line: line + 1});
    };
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'translate') {
        const [options] = node.arguments;
        if (options && ts.isObjectLiteralExpression(options)) {
          const property = (name: string) =>
            options.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(source) === name)?.initializer;
          record(node, literal(property('id')), literal(property('message')));
        }
      } else if ((ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) && node.tagName.getText(source) === 'Translate') {
        const attribute = (name: string) =>
          node.attributes.properties.find((p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText(source) === name)?.initializer;
        const element = node.parent;
        const children = ts.isJsxElement(element)
          ? element.children
              .map((child) => (ts.isJsxText(child) ? child.text : ''))
              .join('')
              .trim()
          : undefined;
        record(node, literal(attribute('id')), children);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** The messages of a locale's code.json; an empty record when the file is absent. */
export function codeTranslations(siteDir: string, locale: string): Record<string, {message: string}> {
  const file = path.join(siteDir, 'i18n', locale, 'code.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, {message: string}>) : {};
}

/** The labels a locale does not translate, first use of each. */
export function untranslatedLabels(siteDir: string, locale: string): LabelUse[] {
  const translations = codeTranslations(siteDir, locale);
  const seen = new Set<string>();
  return labelUses(siteDir).filter((use) => {
    if (seen.has(use.id)) return false;
    seen.add(use.id);
    return !translations[use.id]?.message?.trim();
  });
}
