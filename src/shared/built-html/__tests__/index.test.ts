import {fromHtml} from 'hast-util-from-html';
import {toString} from 'hast-util-to-string';
import {describe, expect, it} from 'vitest';
import {applySplices, endOfContent, escapeHtml, findElements, parseBuiltPage, scriptElements, siteInlineScripts, spanOf} from '..';

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
    expect(siteInlineScripts(html)).toEqual(['a&amp;b', '{}', 'var c = "</scrip";', 'm()']);
    const last = scriptElements(html).at(-1)!;
    expect(html.slice(last.start, last.end)).toBe('<script TYPE="Module">m()</SCRIPT>');
    const spaced = scriptElements(html).find((script) => script.body.includes('scrip"'))!;
    expect(html.slice(spaced.start, spaced.end)).toBe('<script data-x="a>b">var c = "</scrip";</script >');
  });

  it('seuls les scripts du gabarit viennent du site : pas ceux du contenu (racine React) ni des balises d’en-tête d’une page', () => {
    const html =
      '<html><head><script data-rh=true>tete()</script><script type=module src=/assets/js/islands.js></script></head>' +
      '<body><script>theme()</script><div id=__docusaurus><main><script>contenu()</script><script src="/x.js"></script></main></div></body></html>';
    expect(siteInlineScripts(html)).toEqual(['theme()']);
    expect(scriptElements(html).map((script) => [script.body || script.src, script.fromSite])).toEqual([
      ['tete()', false],
      ['/assets/js/islands.js', true],
      ['theme()', true],
      ['contenu()', false],
      ['/x.js', false],
    ]);
    // Sans racine React (un fichier HTML de static/), rien n’est rangé dans le contenu par erreur : le gabarit, c’est toute la page.
    expect(siteInlineScripts('<p>x</p><script>a()</script>')).toEqual(['a()']);
  });

  it('échappe ce qui romprait un texte ou un attribut, et se relit tel quel', () => {
    const value = `Le guide <"PDF"> & l'annexe`;
    const html = `<p title="${escapeHtml(value)}">${escapeHtml(value)}</p>`;
    const tree = fromHtml(html, {fragment: true});
    expect(toString(tree)).toBe(value);
    expect((tree.children[0] as {properties: {title: string}}).properties.title).toBe(value);
  });
});
