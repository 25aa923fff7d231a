import {JSDOM} from 'jsdom';
import {describe, expect, it} from 'vitest';
import {atomChildren, atomNamespace, atomProblems, atomText, parseXml} from '../../../../tests/support/atom';
import {atomFeed, entryId, feedEntries, feedId, frenchFeedLabels, type FeedPage, type FeedSettings} from '../atom';
import type {PageUpdate} from '../history';

const settings: FeedSettings = {
  language: 'fr',
  id: feedId(),
  labels: frenchFeedLabels,
  title: 'Communs numériques\u00a0: mises à jour du guide',
  subtitle: 'Les nouvelles pages du guide et leurs modifications importantes.',
  homeUrl: 'https://communs.exemple.fr/guide/',
  feedUrl: 'https://communs.exemple.fr/guide/mises-a-jour.atom',
  author: {name: 'Incubateur des Territoires, Agence nationale de la cohésion des territoires', uri: 'https://communs.exemple.fr/guide/'},
  rights: 'Licence Ouverte 2.0 (Etalab)',
  updatedWithoutEntries: new Date('2026-05-01T12:00:00Z'),
  limit: 50,
};

const pages = new Map<string, FeedPage>([
  ['docs/definition.md', {title: 'Notre définition', description: 'Ce qu’est un commun numérique.', url: 'https://communs.exemple.fr/guide/definition'}],
  [
    'docs/outils.md',
    {
      title: 'Outils & <méthodes>',
      description: 'Des outils « libres » & partagés, <b>pas</b> du HTML.',
      url: 'https://communs.exemple.fr/guide/outils',
    },
  ],
]);

const update = (kind: PageUpdate['kind'], file: string, date: string, hash: string, note?: string): PageUpdate => ({
  kind,
  file,
  fileAtCommit: file,
  hash: hash.padEnd(40, '0'),
  date,
  note,
});

const updates: PageUpdate[] = [
  update('edit', 'docs/outils.md', '2026-03-01T14:00:00+01:00', 'c1', 'Les outils & leurs <licences> ]]> expliqués'),
  update('edit', 'docs/definition.md', '2026-04-20T16:45:00+02:00', 'd1', 'La définition cite ses sources'),
  update('new', 'docs/outils.md', '2026-02-10T09:30:00+01:00', 'b1', 'Nouvelle page sur les outils'),
  update('edit', 'docs/supprimee.md', '2026-02-01T09:30:00+01:00', 'a2'),
  update('new', 'docs/definition.md', '2026-01-05T10:00:00+01:00', 'a1'),
];

describe('entrées du flux', () => {
  it('une par nouvelle page ou mise à jour d’une page publiée, la plus récente d’abord', () => {
    const entries = feedEntries(updates, pages, settings);
    expect(entries.map((entry) => [entry.updated.toISOString(), entry.title])).toEqual([
      ['2026-04-20T14:45:00.000Z', 'Page mise à jour\u00a0: Notre définition'],
      ['2026-03-01T13:00:00.000Z', 'Page mise à jour\u00a0: Outils & <méthodes>'],
      ['2026-02-10T08:30:00.000Z', 'Nouvelle page\u00a0: Outils & <méthodes>'],
      ['2026-01-05T09:00:00.000Z', 'Nouvelle page\u00a0: Notre définition'],
    ]);
    expect(entries[0]!.link).toBe('https://communs.exemple.fr/guide/definition');
  });

  it('résume la page par sa description, et une mise à jour par la note écrite pour les lecteurs, en HTML échappé', () => {
    const entries = feedEntries(updates, pages, settings);
    expect(entries[0]!.summary).toBe('<p>Ce qu’est un commun numérique.</p><p>Modification\u00a0: La définition cite ses sources</p>');
    expect(entries[1]!.summary).toBe(
      '<p>Des outils « libres » &amp; partagés, &lt;b&gt;pas&lt;/b&gt; du HTML.</p>' +
        '<p>Modification\u00a0: Les outils &amp; leurs &lt;licences&gt; ]]&gt; expliqués</p>',
    );
    // A new page: its description only, the commit often being about other pages.
    expect(entries[2]!.summary).toBe('<p>Des outils « libres » &amp; partagés, &lt;b&gt;pas&lt;/b&gt; du HTML.</p>');
  });

  it('sans note pour les lecteurs, une mise à jour est résumée par la description seule', () => {
    const [entry] = feedEntries([update('edit', 'docs/definition.md', '2026-04-20T16:45:00+02:00', 'e1')], pages, settings);
    expect(entry!.summary).toBe('<p>Ce qu’est un commun numérique.</p>');
  });

  it('a un id stable, tiré du commit et du fichier, jamais de l’adresse du site', () => {
    const renamed = {...update('new', 'docs/definition.md', '2026-01-05T10:00:00+01:00', 'a1'), fileAtCommit: 'docs/ancien nom é.md'};
    const [entry] = feedEntries([renamed], pages, settings);
    const [moved] = feedEntries([renamed], pages, {...settings, homeUrl: 'https://autre.exemple.fr/'});
    expect(entry!.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(moved!.id).toBe(entry!.id);
    expect(entry!.id).toBe(entryId(`a1${'0'.repeat(38)}`, 'docs/ancien nom é.md'));
    expect(entryId(`a1${'0'.repeat(38)}`, 'docs/definition.md')).not.toBe(entry!.id);
  });

  it('garde les plus récentes seulement', () => {
    const many = Array.from({length: 80}, (_, day) => update('edit', 'docs/definition.md', new Date(Date.UTC(2026, 0, day + 1)).toISOString(), `f${day}`));
    const entries = feedEntries(many, pages, settings);
    expect(entries).toHaveLength(50);
    expect(entries[0]!.updated.toISOString()).toBe('2026-03-21T00:00:00.000Z');
    expect(entries.at(-1)!.updated.toISOString()).toBe('2026-01-31T00:00:00.000Z');
  });
});

describe('document Atom', () => {
  it('est un flux Atom 1.0 valide, en français, avec ses éléments obligatoires', () => {
    const xml = atomFeed(feedEntries(updates, pages, settings), settings);
    expect(atomProblems(xml)).toEqual([]);
    const feed = parseXml(xml).documentElement;
    expect(feed.namespaceURI).toBe(atomNamespace);
    expect(feed.getAttribute('xml:lang')).toBe('fr');
    expect(atomText(feed, 'id')).toBe(feedId());
    expect(atomText(feed, 'title')).toBe('Communs numériques\u00a0: mises à jour du guide');
    expect(atomText(feed, 'subtitle')).toBe(settings.subtitle);
    expect(atomText(feed, 'rights')).toBe('Licence Ouverte 2.0 (Etalab)');
    expect(atomText(feed, 'updated')).toBe('2026-04-20T14:45:00.000Z');
    const links = atomChildren(feed, 'link').map((link) => [link.getAttribute('rel'), link.getAttribute('href')]);
    expect(links).toEqual([
      ['alternate', 'https://communs.exemple.fr/guide/'],
      ['self', 'https://communs.exemple.fr/guide/mises-a-jour.atom'],
    ]);
    const [author] = atomChildren(feed, 'author');
    expect(atomText(author!, 'name')).toBe(settings.author.name);
    expect(atomText(author!, 'uri')).toBe('https://communs.exemple.fr/guide/');
  });

  it('écrit titres et résumés en HTML que le lecteur de flux affiche tels quels', () => {
    const feed = parseXml(atomFeed(feedEntries(updates, pages, settings), settings)).documentElement;
    const entry = atomChildren(feed, 'entry')[1]!;
    const title = atomChildren(entry, 'title')[0]!;
    expect(title.getAttribute('type')).toBe('html');
    // type="html": the reader decodes the HTML once, and shows the text.
    const shown = (html: string) => JSDOM.fragment(html).textContent;
    expect(shown(title.textContent!)).toBe('Page mise à jour\u00a0: Outils & <méthodes>');
    const summary = atomChildren(entry, 'summary')[0]!;
    expect(summary.getAttribute('type')).toBe('html');
    expect(shown(summary.textContent!)).toBe(
      'Des outils « libres » & partagés, <b>pas</b> du HTML.Modification\u00a0: Les outils & leurs <licences> ]]> expliqués',
    );
    expect(atomChildren(entry, 'link')[0]!.getAttribute('href')).toBe('https://communs.exemple.fr/guide/outils');
    expect(atomText(atomChildren(entry, 'author')[0]!, 'name')).toBe(settings.author.name);
  });

  it('sans entrée, reste valide, daté par le réglage prévu pour ce cas', () => {
    const xml = atomFeed([], settings);
    expect(atomProblems(xml)).toEqual([]);
    const feed = parseXml(xml).documentElement;
    expect(atomChildren(feed, 'entry')).toHaveLength(0);
    expect(atomText(feed, 'updated')).toBe('2026-05-01T12:00:00.000Z');
  });

  it('le vérificateur signale un flux invalide', () => {
    const xml = atomFeed(feedEntries(updates, pages, settings), settings);
    expect(atomProblems(xml.replace(/<updated>[^<]+<\/updated>/, '<updated>20 avril 2026</updated>'))).toEqual([
      'feed : updated « 20 avril 2026 » n’est pas une date RFC 3339',
    ]);
    expect(atomProblems(xml.replace(/<id>[^<]+<\/id>\s*<link href/, '<link href'))[0]).toMatch(/^entry 1 : 0 élément\(s\) id/);
    expect(atomProblems(xml.replace('xmlns="http://www.w3.org/2005/Atom"', ''))[0]).toMatch(/^racine/);
    expect(atomProblems(xml.replace('</feed>', ''))[0]).toMatch(/^XML mal formé/);
  });
});
