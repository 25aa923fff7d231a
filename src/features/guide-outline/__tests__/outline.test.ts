import {describe, expect, it} from 'vitest';
import {buildOutline, entryPermalink} from '../outline';

/** The parts of the docs plugin's loaded version that the outline reads. */
const version = {
  docs: [
    {id: 'definition', title: 'Notre définition', description: 'Une définition.', permalink: '/definition', frontMatter: {}},
    {id: 'espace/premiers-pas/index', title: 'Premiers pas', description: 'Les notions.', permalink: '/premiers-pas', frontMatter: {}},
    {
      id: 'espace/premiers-pas/pourquoi',
      title: 'Pourquoi mutualiser ?',
      description: 'Les raisons.',
      permalink: '/premiers-pas/pourquoi',
      frontMatter: {sidebar_label: 'Pourquoi ?'},
    },
  ],
  sidebars: {
    guide: [
      {type: 'doc', id: 'definition'},
      {
        type: 'category',
        label: 'Mettre en commun',
        items: [
          {
            type: 'category',
            label: 'Premiers pas',
            link: {type: 'doc', id: 'espace/premiers-pas/index'},
            items: [{type: 'doc', id: 'espace/premiers-pas/pourquoi'}],
          },
        ],
      },
    ],
  },
} as never;

describe('plan du guide', () => {
  it('suit le menu : pages, sections avec ou sans page propre', () => {
    const outline = buildOutline(version, 'guide');
    expect(outline).toEqual([
      {title: 'Notre définition', label: 'Notre définition', description: 'Une définition.', permalink: '/definition'},
      {
        title: 'Mettre en commun',
        label: 'Mettre en commun',
        description: undefined,
        permalink: undefined,
        children: [
          {
            title: 'Premiers pas',
            label: 'Premiers pas',
            description: 'Les notions.',
            permalink: '/premiers-pas',
            children: [{title: 'Pourquoi mutualiser ?', label: 'Pourquoi ?', description: 'Les raisons.', permalink: '/premiers-pas/pourquoi'}],
          },
        ],
      },
    ]);
  });

  it('mène une section sans page propre à sa première page', () => {
    const [page, group] = buildOutline(version, 'guide');
    expect(entryPermalink(page!)).toBe('/definition');
    expect(entryPermalink(group!)).toBe('/premiers-pas');
    expect(entryPermalink({title: 'Vide', label: 'Vide', children: []})).toBeUndefined();
  });

  it('dans l’édition anglaise, marque en français le nom de section et la page pas encore traduits, chacun à sa place', () => {
    const english = {
      docs: [
        {
          id: 'outils/index',
          title: 'Tools',
          description: 'Tools: commons to reuse.',
          permalink: '/en/outils',
          source: '@site/i18n/en/docusaurus-plugin-content-docs/current/outils/index.md',
          frontMatter: {},
        },
        {
          id: 'outils/decidim',
          title: 'Decidim, un outil',
          description: 'Un outil : la participation.',
          permalink: '/en/outils/decidim',
          source: '@site/docs/outils/decidim.md',
          frontMatter: {},
        },
        {
          id: 'reseaux/index',
          title: 'Réseaux',
          description: 'Les réseaux : qui aide.',
          permalink: '/en/reseaux',
          source: '@site/docs/reseaux/index.md',
          frontMatter: {},
        },
      ],
      sidebars: {
        guide: [
          {type: 'category', label: 'Outils des collectivités', link: {type: 'doc', id: 'outils/index'}, items: [{type: 'doc', id: 'outils/decidim'}]},
          {type: 'category', label: 'Networks', link: {type: 'doc', id: 'reseaux/index'}, items: []},
        ],
      },
    } as never;
    const [tools, networks] = buildOutline(english, 'guide', {
      currentLocale: 'en',
      defaultLocale: 'fr',
      localeConfigs: {fr: {htmlLang: 'fr-FR'}, en: {htmlLang: 'en-GB'}},
      sectionName: (name) => (name === 'Outils des collectivités' ? 'fr-FR' : undefined),
    });
    // The name in French, its page's description in English: each says its language.
    expect(tools).toMatchObject({label: 'Outils des collectivités', lang: 'fr-FR', description: 'Tools: commons to reuse.', descriptionLang: 'en-GB'});
    expect(tools!.children).toEqual([expect.objectContaining({label: 'Decidim, un outil', lang: 'fr-FR'})]);
    // The name translated, its page not yet: only the description is French.
    expect(networks).toMatchObject({label: 'Networks', description: 'Les réseaux : qui aide.', descriptionLang: 'fr-FR'});
    expect(networks!.lang).toBeUndefined();
  });

  it('nomme la barre latérale inconnue', () => {
    expect(() => buildOutline(version, 'autre')).toThrow("la barre latérale « autre » n'existe pas");
  });
});
