import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {rewritePageScripts} from '../page-scripts';

const fixture = (name: string) => readFileSync(path.join(__dirname, '__fixtures__', name), 'utf8');

const options = {
  isApplicationScript: (url: string) => url.startsWith('/communs/assets/js/'),
  islandsModule: '/communs/assets/js/islands.ABC123.js',
};

describe('rewritePageScripts', () => {
  it('remplace les scripts de l’application et leurs préchargements par le module des îlots', () => {
    const page = rewritePageScripts(fixture('page.html'), options);
    expect(page.changed).toBe(true);
    expect(page.removed).toEqual([
      '/communs/assets/js/17896441.24916966.js',
      '/communs/assets/js/a7456010.ebca36cc.js',
      '/communs/assets/js/runtime~main.bcef79eb.js',
      '/communs/assets/js/main.c6bfdc1c.js',
    ]);
    expect(page.html).not.toMatch(/<script src=|rel=pre(load|fetch) href=\/communs\/assets\/js/);
    // Once, in the head, after the stylesheet: the page paints before the module runs.
    expect(page.html.match(/<script type="module"/g)).toHaveLength(1);
    expect(page.html).toContain(
      '<link rel=stylesheet href=/communs/assets/css/styles.c5a9f4cc.css /><script type="module" src="/communs/assets/js/islands.ABC123.js"></script><link rel=preload as=image',
    );
  });

  it('laisse tout le reste octet pour octet : script en ligne (son empreinte CSP), image préchargée, texte', () => {
    const original = fixture('page.html');
    const {html} = rewritePageScripts(original, options);
    const withoutTags = (text: string) =>
      text.replace(/<script (type="module" )?src=[^>]*><\/script>|<link rel=pre(load|fetch) href=\/communs\/assets\/js\/[^>]*>/g, '');
    expect(withoutTags(html)).toBe(withoutTags(original));
    expect(html).toContain('<script>!function(){document.documentElement.setAttribute("data-theme","light")}()</script>');
    expect(html).toContain('<code>&lt;script src=/communs/assets/js/main.js&gt;</code>');
  });

  it('laisse telle quelle une page qui demande React (hydrate: true)', () => {
    const original = fixture('hydrated-page.html');
    expect(rewritePageScripts(original, options)).toEqual({html: original, changed: false, removed: []});
  });

  it('ne touche pas une page sans script de l’application', () => {
    const original = '<!doctype html><html><head><title>Plan</title></head><body><p>Texte</p></body></html>';
    expect(rewritePageScripts(original, options).changed).toBe(false);
  });
});
