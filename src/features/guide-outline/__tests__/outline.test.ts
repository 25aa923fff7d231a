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

  it('nomme la barre latérale inconnue', () => {
    expect(() => buildOutline(version, 'autre')).toThrow("la barre latérale « autre » n'existe pas");
  });
});
