import {fromHtml} from 'hast-util-from-html';
import {toString} from 'hast-util-to-string';
import {describe, expect, it} from 'vitest';
import {applySplices, endOfContent, escapeHtml, findElements, parseBuiltPage, runnableInlineScripts, spanOf} from '..';

describe('une page construite, lue et changée', () => {
  it('seuls les éléments changés changent : le reste de la page reste octet pour octet', () => {
    const html =
      '<!doctype html><html><head><title>T</title><script>var a = "<b>";</script></head><body><p class=x>Un <em>mot</em></p><p>Deux</p></body></html>';
    const page = parseBuiltPage(html);
    const [first] = findElements(page, (element) => element.tagName === 'p');
    const head = findElements(page, (element) => element.tagName === 'head')[0]!;
    const changed = applySplices(html, [
      {...spanOf(first!)!, text: '<p>Remplacé</p>'},
      {start: endOfContent(page, head)!, end: endOfContent(page, head)!, text: '<meta name="m">'},
    ]);
    expect(changed).toBe(
      '<!doctype html><html><head><title>T</title><script>var a = "<b>";</script><meta name="m"></head><body><p>Remplacé</p><p>Deux</p></body></html>',
    );
    expect(() =>
      applySplices(html, [
        {start: 0, end: 10, text: ''},
        {start: 5, end: 12, text: ''},
      ]),
    ).toThrow('se chevauchent');
  });

  it('les scripts en ligne que le navigateur exécute, tels qu’écrits ; pas les blocs de données', () => {
    const html =
      '<script>a&amp;b</script><script type=importmap>{}</script><script type="application/ld+json">{}</script><script src=/x.js></script><script></script>' +
      '<script data-x="a>b">var c = "</scrip";</script ><script TYPE="Module">m()</SCRIPT>';
    expect(runnableInlineScripts(html)).toEqual(['a&amp;b', '{}', 'var c = "</scrip";', 'm()']);
  });

  it('échappe ce qui romprait un texte ou un attribut, et se relit tel quel', () => {
    const value = `Le guide <"PDF"> & l'annexe`;
    const html = `<p title="${escapeHtml(value)}">${escapeHtml(value)}</p>`;
    const tree = fromHtml(html, {fragment: true});
    expect(toString(tree)).toBe(value);
    expect((tree.children[0] as {properties: {title: string}}).properties.title).toBe(value);
  });
});
