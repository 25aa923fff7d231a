/**
 * PostCSS plugin: without JavaScript, the color scheme follows the system preference.
 *
 * Docusaurus picks the theme with a script that sets `data-theme` on <html>; without JavaScript the
 * attribute is missing and every page stays light. For each rule that targets `[data-theme='dark']`
 * (or `'light'`) on the root element, this adds a copy that targets the root *without* `data-theme`,
 * inside `@media (prefers-color-scheme: dark)` (or not dark), right after the rule and with the same
 * specificity, so that the cascade is the one the stylesheet's author wrote. Rules that Docusaurus
 * wrote for the no-JavaScript case assuming light (`html:not([data-theme]) …`) then apply only when
 * the system does not prefer dark.
 */
import type {AtRule, ChildNode, Node, PluginCreator, Rule} from 'postcss';

/** `[data-theme='dark']`, with or without quotes, spaces or a case flag. */
const themeAttributeSource = String.raw`\[\s*data-theme\s*=\s*(['"]?)(dark|light)\1(?:\s+[is])?\s*\]`;
const themeAttribute = new RegExp(themeAttributeSource);

/**
 * A compound selector that is the root element with a theme: `[data-theme='dark']`,
 * `html[data-theme='dark']`, `*[data-theme='dark']`, `[data-theme='dark']:root` or
 * `:root[data-theme='dark']`, preceded by the start of the selector, a combinator, a comma or an
 * opening parenthesis (`:where(…)`).
 */
const rootThemeCompound = new RegExp(
  String.raw`(^|[\s>+~(,])(html|:root|\*)?` + themeAttributeSource.replace('\\1', '\\3') + String.raw`(:root)?(?=$|[\s>+~),.#[:])`,
  'g',
);

/** A theme tested inside a negation or a relation: rewriting it would change its meaning. */
const themeInsideFunction = /:(?:not|has)\([^)]*data-theme/;

const noThemeCompound = /(^|[\s>+~(,])(html|:root)?:not\(\[data-theme\]\)/;

const mediaFor = {
  dark: '(prefers-color-scheme: dark)',
  light: 'not all and (prefers-color-scheme: dark)',
} as const;

type Scheme = keyof typeof mediaFor;

/**
 * The selector rewritten for a root without `data-theme`, with the same specificity, and the
 * scheme it targets; undefined when the theme is not set on the root (e.g. `.x[data-theme=dark]`).
 */
export function withoutThemeAttribute(selector: string): {selector: string; scheme: Scheme} | undefined {
  if (themeInsideFunction.test(selector)) {
    return undefined;
  }
  let scheme: Scheme | undefined;
  let consistent = true;
  const rewritten = selector.replace(
    rootThemeCompound,
    (_match, before: string, element: string | undefined, _quote: string, theme: Scheme, root: string | undefined) => {
      if (scheme && scheme !== theme) consistent = false;
      scheme = theme;
      // `[data-theme]` weighs one attribute, as `:not([data-theme])` does; `:where(:root)` weighs
      // nothing and keeps the copy on the root element. `*` weighs nothing either.
      const rooted = (element && element !== '*') || root;
      const anchor = rooted ? '' : ':where(:root)';
      return `${before}${element === '*' ? '' : (element ?? '')}:not([data-theme])${root ?? ''}${anchor}`;
    },
  );
  if (!scheme || !consistent || themeAttribute.test(rewritten)) {
    return undefined;
  }
  return {selector: rewritten, scheme};
}

/**
 * Marks the rules this plugin wrote or moved, so it never handles them twice. A flag in `raws`, not
 * a WeakSet: PostCSS hands visitors proxies, whose identity changes from one visit to the next.
 */
const marker = 'noJsColorScheme';
const isMarked = (rule: Rule) => Boolean((rule.raws as Record<string, unknown>)[marker]);
const mark = (rule: Rule) => {
  (rule.raws as Record<string, unknown>)[marker] = true;
};

export const noJsColorScheme: PluginCreator<void> = () => ({
  postcssPlugin: 'no-js-color-scheme',
  Rule(rule, {AtRule}) {
    if (isMarked(rule) || isInsideKeyframes(rule)) {
      return;
    }
    const bySchemes = new Map<Scheme, string[]>();
    for (const selector of rule.selectors) {
      const result = withoutThemeAttribute(selector);
      if (result) {
        bySchemes.set(result.scheme, [...(bySchemes.get(result.scheme) ?? []), result.selector]);
      }
    }
    let last: Rule | AtRule = rule;
    for (const [scheme, selectors] of bySchemes) {
      const next: ChildNode | undefined = last.next();
      const selector = selectors.join(', ');
      if (next?.type === 'atrule' && next.params === mediaFor[scheme] && next.first?.type === 'rule' && next.first.selectors.join(', ') === selector) {
        // Already copied, by an earlier run over this stylesheet.
        last = next;
        continue;
      }
      const copy = rule.clone({selectors});
      mark(copy);
      const media: AtRule = new AtRule({name: 'media', params: mediaFor[scheme]});
      media.append(copy);
      last.after(media);
      last = media;
    }
    // Docusaurus's own no-JavaScript rules assume a light page: keep them for light systems only.
    const noTheme = rule.selectors.filter((selector) => noThemeCompound.test(selector) && !themeAttribute.test(selector));
    if (bySchemes.size === 0 && noTheme.length > 0 && !isInsideColorSchemeMedia(rule)) {
      const media: AtRule = new AtRule({name: 'media', params: mediaFor.light});
      if (noTheme.length === rule.selectors.length) {
        mark(rule);
        rule.replaceWith(media);
        media.append(rule);
      } else {
        // A list that mixes both: the other selectors keep the rule, these move to the copy.
        const copy = rule.clone({selectors: noTheme});
        mark(copy);
        media.append(copy);
        rule.selectors = rule.selectors.filter((selector) => !noTheme.includes(selector));
        rule.after(media);
      }
    }
  },
});
noJsColorScheme.postcss = true;

function isInsideKeyframes(rule: Rule): boolean {
  return rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as AtRule).name);
}

/** True inside a `prefers-color-scheme` media query: a copy of ours, or an author's own. */
function isInsideColorSchemeMedia(rule: Rule): boolean {
  for (let parent: Node | undefined = rule.parent; parent; parent = parent.parent) {
    if (parent.type === 'atrule' && /prefers-color-scheme/.test((parent as AtRule).params)) {
      return true;
    }
  }
  return false;
}
