import type {Element, Root} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {select, selectAll} from 'hast-util-select';
import {toString} from 'hast-util-to-string';
import {describe, expect, it} from 'vitest';
import {siteTexts} from '../../../shared/i18n/site-texts';
import type {BuiltGuide, GuidePage} from '../built-guide';
import {guideDocument, type PageNumbers} from '../guide-document';

/** A page's article, as readBuiltGuide takes it from the build. */
function article(html: string): Element {
  const element = select('.theme-doc-markdown', fromHtml(html, {fragment: true}));
  if (!element) throw new Error(`No article in ${html}`);
  return element;
}

const definition: GuidePage = {
  title: 'Définition',
  path: '/definition',
  depth: 0,
  lastUpdated: '2026-03-12T10:00:00.000Z',
  article: article(
    '<div class="theme-doc-markdown markdown"><header><h1>Définition</h1></header>' +
      '<h2 id="ce-qui">Ce qui fait un commun</h2>' +
      '<p><a href="/caracteristiques#non-rival">voir</a> <a href="#ce-qui">ici</a> <a href="/mentions-legales">mentions</a> ' +
      '<a href="https://fr.wikipedia.org/wiki/Biens_communs_num%C3%A9riques">Wikipédia</a></p></div>',
  ),
};

const characteristics: GuidePage = {
  title: 'Caractéristiques',
  path: '/caracteristiques',
  depth: 0,
  lastUpdated: '2026-01-20T08:00:00.000Z',
  article: article(
    '<div class="theme-doc-markdown markdown"><header><h1>Caractéristiques</h1></header>' +
      '<h2 id="non-rival">Une ressource non rivale</h2><p>Son usage par l’un ne prive pas l’autre.</p>' +
      '<h2 id="ouverte">Une ressource ouverte</h2></div>',
  ),
};

/** A part of the outline without its own page (an imported space). */
const part: GuidePage = {title: 'Exemples', depth: 0};

/** A page inside the part: its headings go down one level. */
const example: GuidePage = {
  title: 'Un logiciel libre',
  path: '/exemples/logiciel-libre',
  depth: 1,
  // Older than the first page's: the cover shows the most recent change, not the last page's.
  lastUpdated: '2025-11-30T12:00:00.000Z',
  article: article(
    '<div class="theme-doc-markdown markdown"><header><h1>Un logiciel libre</h1></header>' +
      '<h2 id="histoire">Son histoire</h2><h3 id="debuts">Ses débuts</h3></div>',
  ),
};

function builtGuide(pages: GuidePage[], overrides: Partial<BuiltGuide> = {}): BuiltGuide {
  return {
    editionDir: '/build',
    siteBasePath: '/',
    editionBasePath: '/',
    publicUrl: 'https://communs.example.fr/',
    lang: 'fr-FR',
    stylesheets: ['/assets/css/styles.css'],
    pages,
    ...overrides,
  };
}

const publisher = {team: 'Incubateur des Territoires', name: 'Agence nationale de la cohésion des territoires'};

function render(pages: GuidePage[], pageNumbers: PageNumbers = new Map(), options: {locale?: string; guide?: Partial<BuiltGuide>} = {}) {
  const result = guideDocument({guide: builtGuide(pages, options.guide), texts: siteTexts(options.locale ?? 'fr'), publisher, pageNumbers});
  return {...result, tree: fromHtml(result.html)};
}

function one(selector: string, tree: Root | Element): Element {
  const element = select(selector, tree);
  if (!element) throw new Error(`Nothing matches ${selector}`);
  return element;
}

/** The text of the paragraph that holds the first link matching `selector`. */
function paragraphOf(selector: string, tree: Root): string {
  const paragraph = selectAll('p', tree).find((p) => select(selector, p));
  if (!paragraph) throw new Error(`No paragraph holds ${selector}`);
  return toString(paragraph);
}

const knownPages: PageNumbers = new Map([
  ['c1', 3],
  ['c1-ce-qui', 3],
  ['c2', 5],
  ['c2-non-rival', 7],
  ['c2-ouverte', 8],
]);

describe('guideDocument', () => {
  it('préfixe chaque id par son chapitre, et chaque page du guide est une section c1, c2…', () => {
    const {tree} = render([definition, characteristics]);

    expect(selectAll('section.guide-chapter', tree).map((section) => section.properties.id)).toEqual(['c1', 'c2']);
    const ids = selectAll('section.guide-chapter [id]', tree).map((element) => element.properties.id);
    expect(ids).toEqual(['c1-ce-qui', 'c2-non-rival', 'c2-ouverte']);
    expect(toString(one('#c1 h2#c1-ce-qui', tree))).toBe('Ce qui fait un commun');
    expect(toString(one('#c2 h2#c2-non-rival', tree))).toBe('Une ressource non rivale');
  });

  it('un lien vers une autre page du guide mène à sa section dans le document, suivi de sa page', () => {
    const {tree} = render([definition, characteristics], knownPages);

    const link = one('#c1 a[href="#c2-non-rival"]', tree);
    expect(toString(link)).toBe('voir');
    expect(paragraphOf('a[href="#c2-non-rival"]', tree)).toContain('voir (p.\u00a07) ');
    const reference = one('#c1 a[href="#c2-non-rival"] + span.guide-page-reference', tree);
    expect(reference.properties.ariaHidden).toBe('true');
  });

  it('tant que la page est inconnue, la référence dit « p. 00 »', () => {
    const {tree} = render([definition, characteristics]);

    expect(paragraphOf('a[href="#c2-non-rival"]', tree)).toContain('voir (p.\u00a000) ');
  });

  it('un lien dans la même page mène à la section préfixée du chapitre', () => {
    const {tree} = render([definition, characteristics], knownPages);

    expect(toString(one('#c1 a[href="#c1-ce-qui"]', tree))).toBe('ici');
    expect(paragraphOf('a[href="#c1-ce-qui"]', tree)).toContain('ici (p.\u00a03) ');
    expect(select('a[href="#ce-qui"]', tree)).toBeUndefined();
  });

  it('un lien vers une page du site hors du guide prend son adresse publique', () => {
    const {tree} = render([definition, characteristics]);

    const link = one('a[href="https://communs.example.fr/mentions-legales"]', tree);
    expect(toString(link)).toBe('mentions');
    expect(select('a[href="/mentions-legales"]', tree)).toBeUndefined();
    // On paper, its address follows it.
    expect(paragraphOf('a[href="https://communs.example.fr/mentions-legales"]', tree)).toContain('mentions (https://communs.example.fr/mentions-legales) ');
  });

  it('les attributs qui nomment un élément par son id suivent le préfixe : un encadré garde son nom', () => {
    const boxes: GuidePage = {
      title: 'Encadrés',
      path: '/encadres',
      depth: 0,
      article: article(
        '<div class="theme-doc-markdown markdown"><header><h1>Encadrés</h1></header>' +
          '<aside aria-labelledby="h-title" aria-describedby="a b"><p id="h-title">Attention</p><p id="a">Un</p><p id="b">Deux</p></aside>' +
          '<label for="champ">Champ</label><input id="champ"><table><tr><th id="col">Col</th><td headers="col">1</td></tr></table></div>',
      ),
    };
    const {tree} = render([definition, boxes]);

    const box = one('aside', tree);
    expect(box.properties.ariaLabelledBy).toEqual(['c2-h-title']);
    expect(box.properties.ariaDescribedBy).toEqual(['c2-a', 'c2-b']);
    expect(one('#c2-h-title', tree)).toBeDefined();
    expect(one('label', tree).properties.htmlFor).toEqual(['c2-champ']);
    expect(one('td', tree).properties.headers).toEqual(['c2-col']);
  });

  it('le sommaire donne le titre d’une section sans le renvoi ni l’adresse ajoutés à ses liens', () => {
    const linked: GuidePage = {
      title: 'Liens',
      path: '/liens',
      depth: 0,
      article: article(
        '<div class="theme-doc-markdown markdown"><header><h1>Liens</h1></header>' +
          '<h2 id="voir">Voir <a href="/definition">la définition</a> et <a href="https://example.org/">ailleurs</a></h2></div>',
      ),
    };
    const {tree} = render([definition, linked], new Map([['c1', 3]]));

    const titles = selectAll('nav.guide-contents .guide-contents-title', tree).map((title) => toString(title));
    expect(titles).toContain('Voir la définition et ailleurs');
    // In the chapter itself, the heading keeps them.
    expect(toString(one('#c2-voir', tree))).toBe('Voir la définition (p.\u00a03) et ailleurs (https://example.org/)');
  });

  it('sous une adresse de base, un lien hors du guide garde le chemin du site une seule fois', () => {
    const pages: GuidePage[] = [
      {
        title: 'Définition',
        path: '/communs/definition',
        depth: 0,
        article: article(
          '<div class="theme-doc-markdown"><header><h1>Définition</h1></header><p><a href="/communs/mentions-legales#editeur">mentions</a> <a href="/communs/caracteristiques">voir</a></p></div>',
        ),
      },
      {...characteristics, path: '/communs/caracteristiques'},
    ];
    const {tree} = render(pages, knownPages, {
      guide: {siteBasePath: '/communs/', editionBasePath: '/communs/', publicUrl: 'https://example.fr/communs/'},
    });

    expect(toString(one('a[href="https://example.fr/communs/mentions-legales#editeur"]', tree))).toBe('mentions');
    expect(toString(one('section#c1 a[href="#c2"]', tree))).toBe('voir');
    expect(paragraphOf('a[href="#c2"]', tree)).toContain('voir (p.\u00a05)');
  });

  it('un lien externe garde son adresse, écrite ensuite en clair pour le lecteur du papier', () => {
    const {tree} = render([definition, characteristics]);

    const link = one('a[href="https://fr.wikipedia.org/wiki/Biens_communs_num%C3%A9riques"]', tree);
    expect(toString(link)).toBe('Wikipédia');
    expect(toString(one('a[href^="https://fr.wikipedia.org"] + span.guide-link-address', tree))).toBe(
      ' (https://fr.wikipedia.org/wiki/Biens_communs_numériques)',
    );
    expect(paragraphOf('a[href^="https://fr.wikipedia.org"]', tree)).toMatch(/Wikipédia \(https:\/\/fr\.wikipedia\.org\/wiki\/Biens_communs_numériques\)$/);
  });

  it('liste les cibles de liens dont la passe suivante a besoin des pages', () => {
    const {targets} = render([definition, characteristics]);

    expect([...targets].sort()).toEqual(['c1', 'c1-ce-qui', 'c2', 'c2-non-rival', 'c2-ouverte']);
  });

  it('le sommaire liste les chapitres et leurs sections, dans l’ordre, avec leurs pages', () => {
    const {tree} = render([definition, characteristics, part, example], knownPages);

    const entries = selectAll('nav.guide-contents li', tree).map((item) => ({
      className: item.properties.className,
      indent: item.properties.style ?? '',
      href: one('a', item).properties.href,
      title: toString(one('.guide-contents-title', item)),
      page: toString(one('.guide-contents-page', item)),
    }));
    expect(entries).toEqual([
      {className: ['guide-contents-chapter'], indent: '', href: '#c1', title: 'Définition', page: '3'},
      {className: ['guide-contents-section'], indent: 'padding-left: 6mm', href: '#c1-ce-qui', title: 'Ce qui fait un commun', page: '3'},
      {className: ['guide-contents-chapter'], indent: '', href: '#c2', title: 'Caractéristiques', page: '5'},
      {className: ['guide-contents-section'], indent: 'padding-left: 6mm', href: '#c2-non-rival', title: 'Une ressource non rivale', page: '7'},
      {className: ['guide-contents-section'], indent: 'padding-left: 6mm', href: '#c2-ouverte', title: 'Une ressource ouverte', page: '8'},
      {className: ['guide-contents-chapter'], indent: '', href: '#c3', title: 'Exemples', page: '00'},
      {className: ['guide-contents-chapter'], indent: 'padding-left: 6mm', href: '#c4', title: 'Un logiciel libre', page: '00'},
      {className: ['guide-contents-section'], indent: 'padding-left: 12mm', href: '#c4-histoire', title: 'Son histoire', page: '00'},
    ]);
    expect(toString(one('nav.guide-contents h1', tree))).toBe('Sommaire');
  });

  it('la couverture montre le titre, la date de la dernière modification, l’éditeur et la licence', () => {
    const {tree} = render([definition, characteristics, part, example]);

    const cover = one('section.guide-cover', tree);
    expect(toString(one('.guide-cover-title', cover))).toBe('Communs numériques');
    expect(toString(one('.guide-cover-edition', cover))).toBe('Version du 12 mars 2026');
    const colophon = selectAll('.guide-cover-colophon p', cover).map((p) => toString(p));
    expect(colophon).toEqual([
      'Incubateur des Territoires, Agence nationale de la cohésion des territoires',
      'Textes sous Licence Ouverte 2.0 (Etalab)',
      'Ce guide est en ligne, à jour, à l’adresse https://communs.example.fr/',
    ]);
    expect(one('.guide-cover-colophon a', cover).properties.href).toBe('https://communs.example.fr/');
  });

  it('sans date de modification, la couverture ne dit pas de version', () => {
    const {tree} = render([{...definition, lastUpdated: undefined}]);

    expect(select('.guide-cover-edition', tree)).toBeUndefined();
  });

  it('le document a la langue de l’édition, son titre et les feuilles de style du site', () => {
    const {tree, html} = render([definition, characteristics]);

    expect(html.startsWith('<!doctype html>\n')).toBe(true);
    expect(one('html', tree).properties.lang).toBe('fr-FR');
    expect(toString(one('head title', tree))).toBe(siteTexts('fr').guidePdf.documentTitle);
    expect(selectAll('head link[rel=stylesheet]', tree).map((link) => link.properties.href)).toEqual(['/assets/css/styles.css']);
  });

  it('chaque chapitre a son titre courant en tête de page, en chaîne CSS échappée', () => {
    const quoted: GuidePage = {...characteristics, title: 'Le "commun" et le \\ bien'};
    const {tree} = render([definition, quoted]);

    const style = toString(one('head style', tree));
    expect(style).toContain('#c1 { page: c1; }\n@page c1 { @top-left { content: "Définition"; } }');
    expect(style).toContain('@page c2 { @top-left { content: "Le \\"commun\\" et le \\\\ bien"; } }');
    expect(style).toContain('@page { @top-right { content: "Communs numériques"; } @bottom-right { content: "Page " counter(page) " sur " counter(pages); } }');
    expect(style).toContain('@page guide-contents { @top-left { content: "Sommaire"; } }');
  });

  it('un titre qui contient </style> ne sort pas de la feuille de style', () => {
    const escaping: GuidePage = {...characteristics, title: 'Fin </style><script>x</script>'};
    const {tree} = render([definition, escaping]);

    expect(selectAll('script', tree)).toEqual([]);
    expect(toString(one('head style', tree))).toContain('content: "Fin \\3C /style>\\3C script>x\\3C /script>"');
  });

  it('les titres d’une page à l’intérieur d’une partie descendent d’un niveau', () => {
    const {tree} = render([definition, part, example]);

    const chapter = one('section#c3', tree);
    expect(select('h1', chapter)).toBeUndefined();
    expect(toString(one('header h2', chapter))).toBe('Un logiciel libre');
    expect(toString(one('h3#c3-histoire', chapter))).toBe('Son histoire');
    expect(toString(one('h4#c3-debuts', chapter))).toBe('Ses débuts');
    // A top-level page keeps its levels.
    expect(toString(one('section#c1 header h1', tree))).toBe('Définition');
    expect(toString(one('section#c1 h2#c1-ce-qui', tree))).toBe('Ce qui fait un commun');
  });

  it('une partie sans page devient une section qui porte son titre', () => {
    const {tree} = render([definition, part, example]);

    const section = one('section#c2', tree);
    expect(section.properties.className).toEqual(['guide-chapter', 'guide-part']);
    expect(selectAll('h1', section).map((heading) => toString(heading))).toEqual(['Exemples']);
    expect(section.children).toHaveLength(1);
  });

  it('en anglais, la référence dit « p. 7 » et la couverture « Version of 12 March 2026 »', () => {
    const {tree} = render([definition, characteristics], knownPages, {locale: 'en', guide: {lang: 'en-GB'}});

    expect(paragraphOf('a[href="#c2-non-rival"]', tree)).toContain('voir (p.\u00a07) ');
    expect(toString(one('.guide-cover-edition', tree))).toBe('Version of 12 March 2026');
    expect(toString(one('head title', tree))).toBe(siteTexts('en').guidePdf.documentTitle);
    expect(one('html', tree).properties.lang).toBe('en-GB');
  });
});
