import {describe, expect, it} from 'vitest';
import {contentScripts, isOutside, outsideRequests} from '../outside-requests';

const site = 'https://communs.example.gouv.fr';

const page = (content: string, head = '') =>
  `<!doctype html><html lang=fr><head><link rel=stylesheet href=/assets/css/styles.css><link rel=alternate hreflang=en href=https://autre.example/en>${head}</head><body><script>theme()</script><div id=__docusaurus><main>${content}</main></div></body></html>`;

describe('ce qu’une page construite chargerait d’un autre site', () => {
  it('chaque élément qui charge, par son attribut ; rien pour le site, data:, un lien ou une adresse alternative', () => {
    const html = page(
      [
        '<p><img src="https://lh7-rt.googleusercontent.com/docsz/abc?key=1&amp;x=2" alt="Schéma de la gouvernance"></p>',
        '<img src=/img/local.png alt=local><img src="data:image/png;base64,AAAA" alt=d>',
        '<picture><source srcset="https://cdn.example/a.webp 1x, /b.webp 2x"><img src="/c.png" alt="c"></picture>',
        '<iframe title="Vidéo" src="//www.youtube.com/embed/x"></iframe>',
        '<video poster="https://cdn.example/p.jpg" controls><source src="/v.mp4"></video>',
        '<a href="https://ailleurs.example/page" ping="https://track.example/p">lien</a>',
        '<div style="background-image: url(\'https://cdn.example/fond.png\')">x</div>',
        '<style>@import "https://fonts.example/css"; p { color: red }</style>',
        '<svg><image href="https://cdn.example/s.png"/></svg>',
        '<object data="https://cdn.example/doc.pdf"></object>',
        '<script src="https://evil.example/x.js"></script>',
        '<table background="https://cdn.example/t.png"><tr><td>x</td></tr></table>',
        '<code>&lt;img src="https://pas.une.requete/x.png"&gt;</code>',
        '<!-- <img src="https://commentaire.example/x.png"> -->',
      ].join(''),
    );
    expect(outsideRequests(html, site).map((request) => `${request.element} ${request.attribute} ${request.url}`)).toEqual([
      'img src https://lh7-rt.googleusercontent.com/docsz/abc?key=1&x=2',
      'source srcset https://cdn.example/a.webp',
      'iframe src //www.youtube.com/embed/x',
      'video poster https://cdn.example/p.jpg',
      'a ping https://track.example/p',
      'div style https://cdn.example/fond.png',
      'style url() https://fonts.example/css',
      'image href https://cdn.example/s.png',
      'object data https://cdn.example/doc.pdf',
      'script src https://evil.example/x.js',
      'table background https://cdn.example/t.png',
    ]);
    const [image] = outsideRequests(html, site);
    expect(image!.label).toBe('Schéma de la gouvernance');
    expect(html.slice(image!.start, image!.end)).toMatch(/^<img src="https:\/\/lh7.*>$/);
    const iframe = outsideRequests(html, site).find((request) => request.element === 'iframe')!;
    expect(html.slice(iframe.start, iframe.end)).toBe('<iframe title="Vidéo" src="//www.youtube.com/embed/x"></iframe>');
  });

  it('le site lui-même, même par son adresse complète, n’est pas un autre site', () => {
    expect(isOutside('https://communs.example.gouv.fr/img/a.png', site)).toBe(false);
    expect(isOutside('/img/a.png', site)).toBe(false);
    expect(isOutside('img/a.png', site)).toBe(false);
    expect(isOutside('HTTPS://ailleurs.example/a.png', site)).toBe(true);
    expect(isOutside('//ailleurs.example/a.png', site)).toBe(true);
    expect(isOutside('data:image/png;base64,AA', site)).toBe(false);
  });

  it('les scripts du contenu : dans la racine React, ou parmi les balises d’en-tête d’une page ; pas ceux du gabarit ni les données', () => {
    const html = page(
      '<p>x</p><script>document.title="pwned"</script><script type="application/ld+json">{}</script>',
      '<script data-rh=true>alert(1)</script>',
    );
    expect(contentScripts(html).map((script) => script.excerpt)).toEqual(['<script data-rh=true>alert(1)</script>', '<script>document.title="pwned"</script>']);
  });
});
