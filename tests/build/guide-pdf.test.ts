/**
 * The guide's PDF of each edition, made from the production build by the tests' setup (as
 * `npm run pdf` does), read with poppler's tools as a reader's software would: its text has the
 * cover, the contents, every page of the guide in the site map's order and the correspondence
 * table; the contents' page numbers are the pages where each chapter starts; links inside it lead to
 * the right page; title, language, tags and fonts are set; every page of the site links to it with
 * its real size.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';
import {beforeAll, describe, expect, inject, it} from 'vitest';
import {fileSize} from '../../src/shared/file-size';
import {siteTexts} from '../../src/shared/i18n/site-texts';
import {readBuiltGuide} from '../../src/features/pdf/built-guide';
import {guidePdfFile} from '../../src/features/pdf/guide-pdfs';
import {namedDestinationPages} from '../../src/features/pdf/render';
import {readBuiltPage, sitemapRoutes, textOf} from '../support/built-site';

const buildDir = inject('siteBuildDir');

/** A poppler tool's output; without poppler-utils the test fails and says how to install it. */
function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts', args: string[]): string {
  try {
    return execFileSync(tool, args, {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} est introuvable : installez poppler-utils (Debian : sudo apt-get install -y poppler-utils).`);
    }
    throw error;
  }
}

/** Text as a reader copies it: spaces of every width as one space. */
const normalise = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const editions = [
  {locale: 'fr', dir: '', lang: 'fr-FR'},
  {locale: 'en', dir: 'en', lang: 'en-GB'},
] as const;

describe.each(editions)('le PDF du guide ($locale)', ({locale, dir, lang}) => {
  const editionDir = path.join(buildDir, dir);
  const pdfFile = path.join(editionDir, guidePdfFile);
  const texts = siteTexts(locale);
  let info: string;
  let pageTexts: string[];
  let wholeText: string;
  let rawPages: string[];
  /** A page's text, lines kept. */
  const rawPage = (page: number) => rawPages[page - 1] ?? '';
  let guide: ReturnType<typeof readBuiltGuide>;

  beforeAll(() => {
    expect(existsSync(pdfFile), `${pdfFile} manque`).toBe(true);
    info = poppler('pdfinfo', [pdfFile]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    // `-raw`: the text in the order Chromium wrote it, the order of the page (a table row by row);
    // pdftotext ends each page with a form feed.
    rawPages = poppler('pdftotext', ['-raw', pdfFile, '-']).split('\f').slice(0, pages);
    pageTexts = rawPages.map(normalise);
    wholeText = pageTexts.join(' ');
    guide = readBuiltGuide(buildDir, dir ? `${dir}/` : '');
  });

  it('porte le titre du guide, sa langue, des balises d’accessibilité et ses polices', async () => {
    expect(info).toMatch(new RegExp(`^Title:\\s+${texts.guidePdf.documentTitle.replace(/[\u00a0]/g, '.')}$`, 'm'));
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Page size:.*\(A4\)$/m);
    const document = await getDocument({data: new Uint8Array(readFileSync(pdfFile)), verbosity: 0, isEvalSupported: false}).promise;
    const metadata = (await document.getMetadata()).info as Record<string, unknown>;
    expect(metadata.Language).toBe(lang);
    expect((await document.getMarkInfo())?.Marked).toBe(true);
    // Bookmarks: the contents, then each chapter, in order.
    // (Titles compared without spaces: a bookmark loses the space where its heading wrapped.)
    const compact = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, '');
    const outline = (await document.getOutline()).map((item) => compact(item.title));
    expect(outline).toEqual([texts.guidePdf.contents, ...guide.pages.map((page) => page.title)].map(compact));
    await document.destroy();
    const fonts = poppler('pdffonts', [pdfFile]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    // Every font is embedded (column « emb »), so the PDF reads the same on every computer.
    expect(fonts.filter((line) => !/\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(line))).toEqual([]);
  });

  it('a une couverture : titre, éditeur, date de version et licence, sans numéro de page', () => {
    const cover = pageTexts[0]!;
    expect(cover).toContain(normalise(texts.title));
    expect(cover).toContain('Incubateur des Territoires');
    expect(cover).toContain(normalise(texts.guidePdf.licence(texts.licenceName)));
    expect(cover).toMatch(locale === 'fr' ? /Version du \d{1,2} \p{L}+ \d{4}/u : /Version of \d{1,2} \p{L}+ \d{4}/u);
    expect(cover).not.toContain(`${texts.guidePdf.pageCounter.before}1`);
  });

  it('contient chaque page du guide dans l’ordre du plan, chacune à la page que donne le sommaire', async () => {
    // Where each chapter really starts: the PDF's destination for its section (c1, c2…, in the
    // order of the outline), which the contents' links lead to.
    const {pages: destinations} = await namedDestinationPages(new Uint8Array(readFileSync(pdfFile)));
    const contents = pageTexts[1]!;
    expect(contents).toContain(texts.guidePdf.contents);
    let previousPage = 2;
    guide.pages.forEach((chapter, index) => {
      const title = normalise(chapter.title);
      const start = destinations.get(`c${index + 1}`);
      expect(start, `destination de « ${title} »`).toBeDefined();
      // « Titre ....... 5 » in the contents: the leader is drawn, the number follows the title.
      const entry = new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\d+)`).exec(contents);
      expect(entry, `« ${title} » dans le sommaire`).not.toBeNull();
      expect(Number(entry![1]), `numéro de « ${title} » dans le sommaire`).toBe(start);
      expect(start!, `${title} après la page précédente`).toBeGreaterThan(previousPage);
      previousPage = start!;
      // The chapter starts there: its title below the running head (the page's first line).
      const [runningHead, ...body] = rawPage(start!).split('\n');
      expect(normalise(runningHead!), `en-tête de la page ${start}`).toContain(title);
      expect(normalise(body.join(' ')), `page ${start}`).toContain(title);
      if (chapter.article) expect(normalise(rawPage(start! - 1)).startsWith(title), `« ${title} » commence à la page ${start}`).toBe(false);
    });
    // The running foot counts every page.
    expect(pageTexts.at(-1)).toContain(`${texts.guidePdf.pageCounter.before}${pageTexts.length}${texts.guidePdf.pageCounter.between}${pageTexts.length}`.trim());
  });

  it('contient le texte de chaque page, titres de section et tableau des correspondances compris', () => {
    for (const route of sitemapRoutes(editionDir).filter((route) => guide.pages.some((page) => page.path === route))) {
      const page = readBuiltPage(buildDir, route);
      for (const heading of page.document.querySelectorAll('.theme-doc-markdown h2')) {
        expect(wholeText, `${route} : « ${textOf(heading)} »`).toContain(normalise(textOf(heading).replace(/\u200b/g, '')));
      }
      for (const cell of page.document.querySelectorAll('.theme-doc-markdown table th, .theme-doc-markdown table td')) {
        // The arrow of a practice is drawn beside its text, not part of it.
        const words = normalise(textOf(cell).replace(/^→/, ''));
        expect(wholeText, `${route} : cellule « ${words} »`).toContain(words);
      }
    }
    expect(wholeText).toMatch(locale === 'fr' ? /Non rival/ : /Non-rival|Non rival/i);
  });

  it('mène de chaque entrée du sommaire à la page de son chapitre, par des liens internes', async () => {
    const document = await getDocument({data: new Uint8Array(readFileSync(pdfFile)), verbosity: 0, isEvalSupported: false}).promise;
    const destinations = (await document.getDestinations()) as Record<string, [unknown, ...unknown[]]>;
    const contentsPage = await document.getPage(2);
    const links = (await contentsPage.getAnnotations()).filter((annotation) => annotation.subtype === 'Link');
    const internal = links.filter((link) => typeof link.dest === 'string');
    expect(internal.length).toBeGreaterThanOrEqual(guide.pages.filter((page) => page.article).length);
    const contents = pageTexts[1]!;
    for (const link of internal) {
      const destination = destinations[link.dest as string];
      expect(destination, `destination ${String(link.dest)}`).toBeDefined();
      const page = (await document.getPageIndex(destination![0] as {num: number; gen: number})) + 1;
      expect(page).toBeGreaterThan(2);
      // The page a chapter's link leads to is the number printed in its entry.
      const chapter = /^c(\d+)$/.exec(link.dest as string)?.[1];
      if (chapter) {
        const title = normalise(guide.pages[Number(chapter) - 1]!.title);
        expect(contents, `« ${title} » mène à la page ${page}`).toMatch(new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+${page}(\\s|$)`));
      }
    }
    // No link of the contents leaves the document.
    expect(links.filter((link) => link.url)).toEqual([]);
    await document.destroy();
  });

  it('est proposé en téléchargement par chaque page de l’édition, avec sa taille réelle', () => {
    const label = texts.guidePdf.downloadLabel(fileSize(statSync(pdfFile).size, locale));
    const href = `/${dir ? `${dir}/` : ''}${guidePdfFile}`;
    for (const route of [...sitemapRoutes(editionDir), dir ? '/en/404' : '/404']) {
      const page = readBuiltPage(buildDir, route);
      const links = [...page.document.querySelectorAll('footer [data-guide-pdf-link] a')];
      expect(links.map((link) => [link.getAttribute('href'), textOf(link), link.getAttribute('type')]), route).toEqual([
        [href, label, 'application/pdf'],
      ]);
      const meta = page.document.querySelectorAll('meta[name="guide-pdf"]');
      expect(meta.length, route).toBe(1);
      expect(meta[0]!.getAttribute('data-label')).toBe(label);
    }
    expect(label).toMatch(locale === 'fr' ? /^Télécharger le guide \(PDF, \d+\u00a0Ko\)$/ : /^Download the guide \(PDF, \d+\u00a0KB\)$/);
  });
});
