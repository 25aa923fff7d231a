import {readFile} from 'node:fs/promises';
import path from 'node:path';
import postcss from 'postcss';
import {describe, expect, it} from 'vitest';
import {noJsColorScheme, withoutThemeAttribute} from '../postcss-plugin';

/** CSS with white space folded, so that assertions read like the rules they check. */
const folded = (css: string) => css.replace(/\s+/g, ' ');

async function transform(name: string): Promise<string> {
  const css = await readFile(path.join(__dirname, '__fixtures__', name), 'utf8');
  return (await postcss([noJsColorScheme()]).process(css, {from: name})).css;
}

describe('sans JavaScript, le thème suit la préférence du système', () => {
  it('copie chaque règle du thème sombre pour la racine sans data-theme, sous prefers-color-scheme', async () => {
    const css = await transform('themes.css');
    await expect(css).toMatchFileSnapshot('__fixtures__/themes.output.css');
    // Right after the original rule, so that the cascade keeps its order.
    expect(folded(css)).toContain(
      "html[data-theme='dark'], .navbar--dark { --background: #1b1b1d; } @media (prefers-color-scheme: dark) { html:not([data-theme]) { --background: #1b1b1d; } }",
    );
    // Inside the author's media query too.
    expect(folded(css)).toContain(
      '@media (min-width: 997px) { [data-theme=dark] .sidebar { border-color: #444; } @media (prefers-color-scheme: dark) { :not([data-theme]):where(:root) .sidebar { border-color: #444; } } }',
    );
  });

  it('garde la spécificité et la cible de chaque sélecteur', () => {
    expect(withoutThemeAttribute("[data-theme='dark'] .logo")).toEqual({
      selector: ':not([data-theme]):where(:root) .logo',
      scheme: 'dark',
    });
    expect(withoutThemeAttribute("html[data-theme='dark']")).toEqual({selector: 'html:not([data-theme])', scheme: 'dark'});
    expect(withoutThemeAttribute("[data-theme='dark']:root")).toEqual({selector: ':not([data-theme]):root', scheme: 'dark'});
    expect(withoutThemeAttribute(":where([data-theme='dark']) .line")).toEqual({
      selector: ':where(:not([data-theme]):where(:root)) .line',
      scheme: 'dark',
    });
    expect(withoutThemeAttribute('[data-theme="light"] .logo--light')?.scheme).toBe('light');
  });

  it('ne réécrit pas un thème testé dans :not() ou :has(), qui changerait de sens', async () => {
    expect(withoutThemeAttribute(":root:not([data-theme='dark']) .negated")).toBeUndefined();
    expect(withoutThemeAttribute('body:has([data-theme=dark]) .related')).toBeUndefined();
    const css = folded(await transform('themes.css'));
    expect(css).not.toContain(':not(:not(');
    expect(css).not.toContain('.related { color: black; } }');
  });

  it('lit les variantes d’écriture de l’attribut : *, espaces, drapeau de casse', () => {
    expect(withoutThemeAttribute('*[data-theme=dark] .universal')).toEqual({
      selector: ':not([data-theme]):where(:root) .universal',
      scheme: 'dark',
    });
    expect(withoutThemeAttribute("[data-theme = 'dark' i] .spaced")?.scheme).toBe('dark');
  });

  it('dans une liste mêlée, ne déplace que les sélecteurs « sans JavaScript »', async () => {
    const css = folded(await transform('themes.css'));
    expect(css).toContain('.other { display: block; } @media not all and (prefers-color-scheme: dark) { html:not([data-theme]) .mixed { display: block; } }');
  });

  it('ignore un thème posé ailleurs que sur la racine, et les sélecteurs sans thème', () => {
    expect(withoutThemeAttribute(".box[data-theme='dark']")).toBeUndefined();
    expect(withoutThemeAttribute('.navbar--dark')).toBeUndefined();
    expect(withoutThemeAttribute("[data-theme='dark'] [data-theme='light'] .x")).toBeUndefined();
  });

  it('réserve aux systèmes clairs les règles « sans JavaScript » écrites pour le thème clair', async () => {
    const css = await transform('themes.css');
    expect(folded(css)).toContain('@media not all and (prefers-color-scheme: dark) { html:not([data-theme]) .logo--light { display: initial; } }');
  });

  it('est idempotent sur ses propres copies', async () => {
    const once = await transform('themes.css');
    const twice = (await postcss([noJsColorScheme()]).process(once, {from: undefined})).css;
    expect(twice).toBe(once);
  });
});
