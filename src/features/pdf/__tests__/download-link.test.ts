import {mkdtemp, mkdir, readFile, rm, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fromHtml} from 'hast-util-from-html';
import {select, selectAll} from 'hast-util-select';
import {toString} from 'hast-util-to-string';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {DownloadLinkError, withDownloadLink, writeDownloadLink, type DownloadLink} from '../download-link';

/** A page as Docusaurus writes it: minified, with the footer element that GuidePdfLink renders empty. */
const page = (title = 'Définition') =>
  `<!doctype html><html lang=fr-FR dir=ltr><head><meta charset=UTF-8><title>${title} | Communs numériques</title><link rel=stylesheet href=/assets/css/styles.css></head>` +
  `<body><main><h1>${title}</h1></main><footer class=footer><div class=footer__links><div class=pdf_grQN data-guide-pdf-link=""></div></div></footer></body></html>`;

/** A page without the footer element (a theme change that lost it). */
const pageWithoutFooter = '<!doctype html><html lang=fr-FR><head><meta charset=UTF-8><title>Sans pied de page</title></head><body><main></main></body></html>';

const link: DownloadLink = {href: '/guide-communs-numeriques.pdf', label: 'Télécharger le guide (PDF, 412 Ko)'};

const anchor = (value: DownloadLink) => `<a class="footer__link-item" href="${value.href}" type="application/pdf">${value.label}</a>`;

function countOf(html: string, text: string): number {
  return html.split(text).length - 1;
}

describe('withDownloadLink', () => {
  it('remplit l’élément vide du pied de page avec le lien vers le PDF et décrit le PDF dans l’en-tête', () => {
    const html = withDownloadLink(page(), link);

    expect(html).toBeDefined();
    expect(html).toContain(`<div class=pdf_grQN data-guide-pdf-link="">${anchor(link)}</div>`);
    expect(countOf(html ?? '', '<meta name="guide-pdf"')).toBe(1);
    expect(html).toContain('<meta name="guide-pdf" content="/guide-communs-numeriques.pdf" data-label="Télécharger le guide (PDF, 412 Ko)"></head>');
    // The rest of the page is left as it was.
    expect(html?.replace(anchor(link), '').replace(/<meta name="guide-pdf"[^>]*>/, '')).toBe(page());
  });

  it('le lien écrit est bien celui que lit le navigateur : un seul lien, dans l’élément, et la description dans <head>', () => {
    const tree = fromHtml(withDownloadLink(page(), link) ?? '');

    const links = selectAll('[data-guide-pdf-link] a', tree);
    expect(links).toHaveLength(1);
    expect(links[0]?.properties).toMatchObject({href: '/guide-communs-numeriques.pdf', type: 'application/pdf', className: ['footer__link-item']});
    expect(toString(links[0]!)).toBe('Télécharger le guide (PDF, 412 Ko)');
    const meta = select('head meta[name="guide-pdf"]', tree);
    expect(meta?.properties).toMatchObject({content: '/guide-communs-numeriques.pdf', dataLabel: 'Télécharger le guide (PDF, 412 Ko)'});
  });

  it('relancé, remplace le lien précédent : un seul lien, une seule description, avec le nouveau libellé', () => {
    const first = withDownloadLink(page(), link) ?? '';
    const updated: DownloadLink = {href: '/guide-communs-numeriques.pdf', label: 'Télécharger le guide (PDF, 1,2 Mo)'};
    const second = withDownloadLink(first, updated) ?? '';

    expect(countOf(second, '<a class="footer__link-item"')).toBe(1);
    expect(countOf(second, '<meta name="guide-pdf"')).toBe(1);
    expect(second).toContain(`<div class=pdf_grQN data-guide-pdf-link="">${anchor(updated)}</div>`);
    expect(second).toContain('data-label="Télécharger le guide (PDF, 1,2 Mo)"></head>');
    expect(second).not.toContain('412 Ko');
    // Running it again gives the page that one run on the original gives.
    expect(second).toBe(withDownloadLink(page(), updated));
  });

  it('échappe &, < et " dans l’adresse et le libellé', () => {
    const unsafe: DownloadLink = {href: '/guide.pdf?v=1&lang="fr"', label: 'Le guide <"PDF"> & co'};
    const html = withDownloadLink(page(), unsafe) ?? '';

    expect(html).toContain(
      '<a class="footer__link-item" href="/guide.pdf?v=1&amp;lang=&quot;fr&quot;" type="application/pdf">Le guide &lt;&quot;PDF&quot;&gt; &amp; co</a>',
    );
    expect(html).toContain('<meta name="guide-pdf" content="/guide.pdf?v=1&amp;lang=&quot;fr&quot;" data-label="Le guide &lt;&quot;PDF&quot;&gt; &amp; co">');
    // Read back, the values are the original ones.
    const tree = fromHtml(html);
    const a = select('[data-guide-pdf-link] a', tree);
    expect(a?.properties.href).toBe('/guide.pdf?v=1&lang="fr"');
    expect(toString(a!)).toBe('Le guide <"PDF"> & co');
    expect(select('meta[name="guide-pdf"]', tree)?.properties.dataLabel).toBe('Le guide <"PDF"> & co');
    // An escaped link is still replaced by the next run.
    const again = withDownloadLink(html, link) ?? '';
    expect(countOf(again, '<a class="footer__link-item"')).toBe(1);
    expect(countOf(again, '<meta name="guide-pdf"')).toBe(1);
    expect(again).not.toContain('Le guide &lt;');
  });

  it('échoue plutôt que d’écrire le lien sans sa description quand la page n’a pas de </head>', () => {
    const html = '<html><body><div class=pdf_grQN data-guide-pdf-link=""></div></body></html>';
    expect(() => withDownloadLink(html, {href: '/guide.pdf', label: 'Télécharger'})).toThrow(/<\/head>/);
  });

  it('renvoie undefined quand la page n’a pas l’élément à remplir', () => {
    expect(withDownloadLink(pageWithoutFooter, link)).toBeUndefined();
  });
});

describe('writeDownloadLink', () => {
  let buildDir: string;

  beforeEach(async () => {
    buildDir = await mkdtemp(path.join(os.tmpdir(), 'download-link-'));
    await mkdir(path.join(buildDir, 'sub'), {recursive: true});
    await mkdir(path.join(buildDir, 'en'), {recursive: true});
    await writeFile(path.join(buildDir, 'index.html'), page('Accueil'));
    await writeFile(path.join(buildDir, 'sub', 'page.html'), page('Sous-page'));
    await writeFile(path.join(buildDir, 'en', 'index.html'), page('Home'));
    // Not a page: left alone.
    await writeFile(path.join(buildDir, 'sitemap.xml'), '<urlset></urlset>');
  });

  afterEach(() => rm(buildDir, {recursive: true, force: true}));

  const read = (file: string) => readFile(path.join(buildDir, file), 'utf8');

  it('ajoute le lien à chaque page de l’édition, sans toucher aux autres éditions, et compte les pages', async () => {
    const count = await writeDownloadLink(buildDir, [path.join(buildDir, 'en')], link);

    expect(count).toBe(2);
    expect(await read('index.html')).toBe(withDownloadLink(page('Accueil'), link));
    expect(await read('sub/page.html')).toBe(withDownloadLink(page('Sous-page'), link));
    expect(await read('en/index.html')).toBe(page('Home'));
    expect(await read('sitemap.xml')).toBe('<urlset></urlset>');
  });

  it('échoue en nommant la page qui n’a pas l’élément du pied de page', async () => {
    const broken = path.join(buildDir, 'sub', 'sans-pied.html');
    await writeFile(broken, pageWithoutFooter);

    const run = writeDownloadLink(buildDir, [path.join(buildDir, 'en')], link);

    await expect(run).rejects.toBeInstanceOf(DownloadLinkError);
    await expect(run).rejects.toThrow(broken);
    // The other pages are patched all the same; the broken page is unchanged.
    expect(await read('sub/page.html')).toBe(withDownloadLink(page('Sous-page'), link));
    expect(await read('sub/sans-pied.html')).toBe(pageWithoutFooter);
  });
});
