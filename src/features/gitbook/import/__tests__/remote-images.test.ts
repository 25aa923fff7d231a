import {describe, expect, it} from 'vitest';
import {serveImages} from '../../../../../tests/support/image-server';
import {importGitbook, type ImportReport} from '../import';
import {remoteImageUrls, remoteLoads} from '../remote-images';
import {scratchSpaces} from './scratch';

const scratch = scratchSpaces();

const problemsOf = (report: ImportReport) => report.problems.map(({source, line, message}) => `${source}:${line ?? ''} ${message}`);

describe('les images d’autres sites, partout où elles sont (remote-images.ts)', () => {
  it('trouve les images d’autres sites du Markdown et du HTML : images, références, <img>, <source>, srcset, couvertures de cartes', () => {
    const body = [
      '![A](https://a.fr/1.png) ![B][b] ![Locale](assets/x.png)',
      '',
      '<table><tr><td><img src="https://a.fr/2.png" srcset="https://a.fr/2.png 1x, //a.fr/3.png 2x"></td></tr></table>',
      '',
      '<picture><source srcset="https://a.fr/4.png"><img src="https://a.fr/5.png"></picture>',
      '',
      '<table data-view="cards"><thead><tr><th></th><th data-card-cover></th></tr></thead><tbody><tr><td>Carte</td><td><a href="https://a.fr/6.png">6.png</a></td></tr></tbody></table>',
      '',
      '<video src="https://a.fr/film.mp4"><source src="https://a.fr/film.webm"></video> <a href="https://a.fr/lien.png">un lien</a>',
      '',
      '[b]: https://a.fr/7.png',
    ].join('\n');
    expect(remoteImageUrls(body).sort()).toEqual(['//a.fr/3.png', ...[1, 2, 4, 5, 6, 7].map((n) => `https://a.fr/${n}.png`)].sort());
  });

  it('dit ce qu’une page chargerait d’un autre site', () => {
    expect(remoteLoads('![A](./assets/a.png) [lien](https://a.fr/x.png)\n\n<img src="./assets/b.png" alt="B">\n')).toEqual([]);
    expect(
      remoteLoads(
        '![A](https://a.fr/a.png)\n\n<iframe src="https://a.fr/v"></iframe>\n\n<p style="background:url(x.png)">x</p>\n\n![B][b]\n\n[b]: //a.fr/b.png\n',
      ),
    ).toEqual(['image https://a.fr/a.png', '<iframe src> https://a.fr/v', '<p style> background:url(x.png)', 'image //a.fr/b.png']);
  });
});

describe('les images d’autres sites, à l’import', () => {
  it('téléchargées dans un tableau HTML, une <figure>, une carte ; sinon un lien à leur place, avec leur description ou leur nom de fichier', async () => {
    const images = await serveImages((url) => url.startsWith('/ok/'));
    try {
      const remote = (name: string) => `${images.origin}/${name}`;
      const site = await scratch({
        'SUMMARY.md': '# Sommaire\n\n* [Images](README.md)\n',
        'README.md': [
          '---',
          'description: Une page dont les images viennent d’autres sites, dans des tableaux, des figures et des cartes.',
          '---',
          '',
          '# Images',
          '',
          `<table><tr><td><ul><li>Liste</li></ul></td><td><img src="${remote('absent/tableau.png')}" alt="Le schéma du tableau"></td><td><img src="${remote('ok/tableau.png')}" alt="Téléchargée"></td><td><img src="${remote('absent/sans-description.png')}" alt=""></td></tr></table>`,
          '',
          `<table><thead><tr><th>Ville</th><th>Carte</th></tr></thead><tbody><tr><td>Lyon</td><td><img src="${remote('absent/carte-lyon.png')}" alt="Lyon"></td></tr></tbody></table>`,
          '',
          `<figure><img src="${remote('absent/figure.png')}" alt=""><figcaption><p>La légende de la figure</p></figcaption></figure>`,
          '',
          `<table data-view="cards"><thead><tr><th></th><th data-hidden data-card-cover data-type="image">Cover image</th><th data-hidden data-card-target data-type="content-ref"></th></tr></thead><tbody><tr><td><strong>Première</strong></td><td><a href="${remote('absent/couverture.png')}">couverture.png</a></td><td><a href="README.md">README.md</a></td></tr><tr><td><strong>Seconde</strong></td><td><a href="${remote('ok/couverture.png')}">couverture.png</a></td><td></td></tr></tbody></table>`,
          '',
          `Dans le texte, <img src="${remote('absent/icone.png')}" alt="une icône"> et [![Logo](${remote('absent/logo.png')})](https://exemple.fr).`,
          '',
        ].join('\n'),
      });
      const report = await importGitbook(site.options());
      const page = await site.read('images.md');
      // In an HTML table kept as HTML: the downloaded one local, the others links.
      expect(page).toContain(
        `<td><a href="${remote('absent/tableau.png')}">Le schéma du tableau</a></td><td><img src="./assets/tableau.png" alt="Téléchargée"></td><td><a href="${remote('absent/sans-description.png')}">sans-description.png</a></td>`,
      );
      // In a table the import writes as Markdown.
      expect(page).toContain(`| Lyon  | [Lyon](${remote('absent/carte-lyon.png')}) |`);
      // A figure: its caption describes the image, and names its link.
      expect(page).toContain(`[La légende de la figure](${remote('absent/figure.png')})\n\nLa légende de la figure`);
      // A card whose cover could not be downloaded: the card shows a link to it, in a cell of its own.
      expect(page).toContain(
        `<tr><td><strong>Première</strong></td><td></td><td><a href="./images.md">README.md</a></td><td><a href="${remote('absent/couverture.png')}">couverture.png</a></td></tr>`,
      );
      expect(page).toContain('<td><a href="./assets/couverture.png">couverture.png</a></td>');
      expect(page).toContain(`Dans le texte, [une icône](${remote('absent/icone.png')}) et [Logo](https://exemple.fr).`);
      // Nothing that loads from another site is left in the page.
      expect(remoteLoads(page)).toEqual([]);
      expect(report.files.map(({file}) => file).sort()).toEqual(['assets/couverture.png', 'assets/tableau.png']);
      const failed = problemsOf(report).filter((problem) => problem.includes('qui n’a pas pu être téléchargée'));
      expect(failed).toEqual([
        expect.stringMatching(/^README\.md:7 image d’un autre site \(.*\/absent\/tableau\.png\) .* elle devient un lien/),
        expect.stringMatching(/^README\.md:7 .*\/absent\/sans-description\.png/),
        expect.stringMatching(/^README\.md:9 .*\/absent\/carte-lyon\.png/),
        expect.stringMatching(/^README\.md:11 .*\/absent\/figure\.png/),
        expect.stringMatching(/^README\.md:13 .*\/absent\/couverture\.png/),
        expect.stringMatching(/^README\.md:15 .*\/absent\/icone\.png/),
        expect.stringMatching(/^README\.md:15 .*\/absent\/logo\.png\) .* dans le lien qui l’entoure, elle devient sa description/),
      ]);
      // An image made a link needs no description: only the one kept without one is asked for.
      expect(problemsOf(report).filter((problem) => problem.includes('sans texte de remplacement'))).toEqual([]);
    } finally {
      await images.close();
    }
  });
});
