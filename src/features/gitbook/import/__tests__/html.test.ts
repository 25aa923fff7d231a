import {describe, expect, it} from 'vitest';
import {HtmlFragment, isEndTag, linkElement, openedElement} from '../html';
import {rewriteHtml, type HtmlAddressing} from '../html-rewrite';
import type {Problem} from '../page-types';

describe('un morceau de HTML, lu une fois avec hast (html.ts)', () => {
  it('écrit tel quel ce que l’import n’a pas changé, même ce que l’analyseur ajoute ou normalise', () => {
    const source = '<table data-view="cards"><tr><td data-hidden>a</td><td><img src="x.png" alt=""></td></tr></table>\n</div> fin';
    const fragment = new HtmlFragment(source);
    expect(fragment.changed).toBe(false);
    expect(fragment.toString()).toBe(source);
    const img = fragment.allElements.find((element) => element.tagName === 'img')!;
    fragment.setProperty(img, 'src', './assets/x.png');
    // The implied <tbody> stays out, `data-hidden` keeps its form, the stray `</div>` its place.
    expect(fragment.toString()).toBe('<table data-view="cards"><tr><td data-hidden>a</td><td><img src="./assets/x.png" alt=""></td></tr></table>\n</div> fin');
  });

  it('remplace, retire et désenveloppe des éléments ; écrit un élément nouveau avec hast-util-to-html', () => {
    const fragment = new HtmlFragment('<p>a <a href="u">des <b>mots</b></a> <img src="x.png"> b</p>');
    const [paragraph] = fragment.elements;
    const [anchor, img] = fragment.allElements.filter((element) => element.tagName === 'a' || element.tagName === 'img');
    fragment.unwrap(paragraph!, anchor!);
    fragment.replace(paragraph!, img!, [linkElement('https://autre.fr/a&b.png', 'Un « schéma » <x>')]);
    expect(fragment.toString()).toBe('<p>a des <b>mots</b> <a href="https://autre.fr/a&amp;b.png">Un « schéma » &lt;x></a> b</p>');
  });

  it('une balise seule (celle d’un paragraphe Markdown) se réécrit seule, sans balise de fin ajoutée', () => {
    const fragment = new HtmlFragment('<a href="x.md" class="button primary" data-icon="forward">');
    fragment.setProperty(openedElement(fragment)!, 'href', './x.md');
    expect(fragment.toString()).toBe('<a href="./x.md" class="button primary" data-icon="forward">');
  });

  it('reconnaît une balise de fin comme l’analyseur HTML la lit', () => {
    expect(isEndTag('</a>', 'a')).toBe(true);
    expect(isEndTag(' </DIV >\n', 'div')).toBe(true);
    expect(isEndTag('</p>', 'p')).toBe(true);
    expect(isEndTag('</i>', 'a')).toBe(false);
    expect(isEndTag('<a href="x">', 'a')).toBe(false);
    expect(isEndTag('</div><p>x</p>', 'div')).toBe(false);
    expect(isEndTag('<!-- </a> -->', 'a')).toBe(false);
  });
});

describe('les adresses du HTML, réécrites dans son arbre (html-rewrite.ts)', () => {
  /** Local addresses move to ./assets/; `perdu` is GitBook's lost one; other sites' images fail, except ok.png. */
  function rewritten(html: string): {html: string; problems: string[]} {
    const problems: string[] = [];
    const addressing: HtmlAddressing = {
      link: (url) => (url.includes('perdu') ? 'gone' : {url: url.startsWith('http') ? url : `./assets/${url}`}),
      image: (url) =>
        url.includes('perdu')
          ? 'gone'
          : url === 'https://autre.fr/ok.png'
            ? {url: './assets/ok.png'}
            : url.startsWith('http')
              ? 'failed'
              : {url: `./assets/${url}`},
      report: (problem: Problem) => problems.push(problem.message.split(' : ')[0]!),
    };
    const fragment = new HtmlFragment(html);
    rewriteHtml(fragment, addressing);
    return {html: fragment.toString(), problems};
  }

  it('liens, images, srcset et sources d’une image : vers leur nouvelle place ; ce que GitBook avait perdu s’en va', () => {
    expect(rewritten('<p><a href="a.pdf">A</a> <a href="perdu">mots</a> <img src="perdu"></p>').html).toBe('<p><a href="./assets/a.pdf">A</a> mots </p>');
    expect(
      rewritten(
        '<picture><source srcset="sombre.png" media="(prefers-color-scheme: dark)"><img src="clair.png" srcset="clair.png 1x, clair@2x.png 2x" alt="A"></picture>',
      ).html,
    ).toBe(
      '<picture><source srcset="./assets/sombre.png" media="(prefers-color-scheme: dark)"><img src="./assets/clair.png" srcset="./assets/clair.png 1x, ./assets/clair@2x.png 2x" alt="A"></picture>',
    );
  });

  it('une image d’un autre site non téléchargée devient un lien, nommé par sa description ou son fichier ; dans un lien, ses mots', () => {
    expect(rewritten('<td><img src="https://autre.fr/a.png" alt="Un schéma"> <img src="https://autre.fr/b.png"></td>').html).toBe(
      '<td><a href="https://autre.fr/a.png">Un schéma</a> <a href="https://autre.fr/b.png">b.png</a></td>',
    );
    expect(rewritten('<a href="https://exemple.fr"><img src="https://autre.fr/a.png" alt="Logo"></a>').html).toBe('<a href="https://exemple.fr">Logo</a>');
    // A variant that failed goes; the image stays.
    const variants = rewritten(
      '<picture><source srcset="https://autre.fr/sombre.png"><img src="https://autre.fr/ok.png" srcset="https://autre.fr/ok.png 1x, https://autre.fr/ko.png 2x" alt="A"></picture>',
    );
    expect(variants.html).toBe('<picture><img src="./assets/ok.png" srcset="./assets/ok.png 1x" alt="A"></picture>');
    expect(variants.problems).toEqual([
      'image d’un autre site (https://autre.fr/sombre.png) qui n’a pas pu être téléchargée',
      'image d’un autre site (https://autre.fr/ko.png) qui n’a pas pu être téléchargée',
    ]);
  });

  it('cadres, vidéos, objets d’un autre site deviennent des liens ; scripts, feuilles de style et CSS qui charge s’en vont', () => {
    const {html, problems} = rewritten(
      '<div style="background: url(https://autre.fr/fond.png)" background="https://autre.fr/f.png"><iframe src="https://video.fr/embed/1" title="La vidéo"></iframe><video controls><source src="https://autre.fr/v.mp4"></video><object data="https://autre.fr/doc.pdf"></object><script src="https://autre.fr/a.js"></script><link rel="stylesheet" href="https://autre.fr/a.css"><svg><image href="https://autre.fr/i.png"></image></svg><span style="color: red">rouge</span></div>',
    );
    expect(html).toBe(
      '<div><a href="https://video.fr/embed/1">La vidéo</a><a href="https://autre.fr/v.mp4">v.mp4</a><a href="https://autre.fr/doc.pdf">doc.pdf</a><svg></svg><span style="color: red">rouge</span></div>',
    );
    expect(problems).toEqual([
      'attribut style de <div> retiré',
      'attribut background de <div> (https://autre.fr/f.png) retiré',
      'élément <iframe> qui chargeait https://video.fr/embed/1',
      'élément <video> qui chargeait https://autre.fr/v.mp4',
      'élément <object> qui chargeait https://autre.fr/doc.pdf',
      'élément <script> retiré',
      'élément <link> retiré',
      'élément SVG <image> (https://autre.fr/i.png) retiré',
    ]);
  });
});
