import {describe, expect, it} from 'vitest';
import {sectionRedirects} from '../../site-redirects';
import type {PublishedPage} from '../collect';
import {checkPublishedUrls, recordUrls, type SitePages} from '../check';

/** A page of an edition, from its file, with its sections' ids in the page's order. */
const page = (route: string, file: string, ...ids: string[]): PublishedPage => ({
  route,
  file,
  headings: ids.map((id, index) => ({id, text: `Titre ${id}`, line: 10 + index})),
});
const fr = {definition: 'docs/definition.md', caracteristiques: 'docs/caracteristiques.md'};
const en = {
  definition: 'i18n/en/docusaurus-plugin-content-docs/current/definition.md',
  caracteristiques: 'i18n/en/docusaurus-plugin-content-docs/current/caracteristiques.md',
};

/** The site as it was published: both editions, the same addresses. */
const published: SitePages = {
  fr: [page('/definition', fr.definition, 'ce-qui-fait-un-commun', 'pour-aller-plus-loin'), page('/caracteristiques', fr.caracteristiques)],
  en: [page('/definition', en.definition, 'ce-qui-fait-un-commun', 'pour-aller-plus-loin'), page('/caracteristiques', en.caracteristiques)],
};
const noManifest = {};
const check = (current: SitePages, redirects: {from: string; to: string}[] = [], manifest = noManifest) =>
  checkPublishedUrls({manifest, previous: published, current, redirects});

describe('adresses publiées', () => {
  it('passent quand le site les a toutes, dans chaque édition', () => {
    expect(check(published)).toEqual({problems: [], added: []});
  });

  it('une nouvelle page, une nouvelle section : rien à faire, elles sont dites nouvelles', () => {
    const grown: SitePages = {
      fr: [...published.fr!, page('/gouvernance', 'docs/gouvernance.md', 'qui-decide')],
      en: [...published.en!, page('/gouvernance', 'docs/gouvernance.md', 'qui-decide')],
    };
    expect(check(grown)).toEqual({problems: [], added: ['/gouvernance', '/gouvernance#qui-decide', '/en/gouvernance', '/en/gouvernance#qui-decide']});
  });

  it('une page supprimée sans redirection fait échouer, dans chaque édition, avec la redirection à ajouter', () => {
    const {problems} = check({fr: [published.fr![0]!], en: [published.en![0]!]});
    expect(problems).toEqual([
      expect.stringMatching(
        /^\/caracteristiques \(édition française\) : cette page publiée n’existe plus \(docs\/caracteristiques\.md\) .*ajoutez dans src\/features\/published-urls\/redirects\.json \{"from": "\/caracteristiques", "to": "\/adresse-de-la-page-qui-reprend-son-contenu"\}/,
      ),
      expect.stringMatching(/^\/en\/caracteristiques \(édition « en »\) : cette page publiée n’existe plus/),
    ]);
  });

  it('une page qui change de slug : la redirection exacte, ancienne → nouvelle adresse', () => {
    const moved: SitePages = {
      fr: [published.fr![0]!, page('/caracteristiques-des-communs', fr.caracteristiques)],
      en: [published.en![0]!, page('/caracteristiques-des-communs', en.caracteristiques)],
    };
    expect(check(moved).problems).toEqual([
      `/caracteristiques (édition française) : docs/caracteristiques.md a changé d’adresse, de /caracteristiques à /caracteristiques-des-communs. Des intranets pointent peut-être vers l’ancienne : ajoutez dans src/features/published-urls/redirects.json {"from": "/caracteristiques", "to": "/caracteristiques-des-communs"}.`,
      expect.stringMatching(/^\/en\/caracteristiques \(édition « en »\) : .* \{"from": "\/caracteristiques", "to": "\/caracteristiques-des-communs"\}/),
    ]);
    expect(check(moved, [{from: '/caracteristiques', to: '/caracteristiques-des-communs'}]).problems).toEqual([]);
  });

  it('la traduction qui garde l’ancien slug est nommée, avec ce qu’il faut y changer', () => {
    const frenchOnly: SitePages = {fr: [published.fr![0]!, page('/caracteristiques-des-communs', fr.caracteristiques)], en: published.en!};
    const {problems} = check(frenchOnly, [{from: '/caracteristiques', to: '/caracteristiques-des-communs'}]);
    expect(problems).toEqual([
      expect.stringMatching(
        /^\/en\/caracteristiques \(édition « en »\) : cette adresse existe encore \(i18n\/en\/docusaurus-plugin-content-docs\/current\/caracteristiques\.md\).* donnez à i18n\/en\/docusaurus-plugin-content-docs\/current\/caracteristiques\.md le même slug que la page française\./,
      ),
    ]);
  });

  it('un titre français renommé avec son identifiant fait échouer, même si la traduction garde l’ancien : l’ancre, et les deux façons de la garder', () => {
    const renamed: SitePages = {fr: [page('/definition', fr.definition, 'ce-qui-fait-un-commun', 'ressources'), published.fr![1]!], en: published.en!};
    const {problems, added} = check(renamed);
    expect(problems).toEqual([
      `/definition#pour-aller-plus-loin (édition française) : cette section publiée n’existe plus (docs/definition.md). Gardez son identifiant : écrivez {#pour-aller-plus-loin} à la fin du titre « Titre ressources » (ligne 11) à la place de {#ressources} ; ou ajoutez dans src/features/published-urls/redirects.json {"from": "/definition#pour-aller-plus-loin", "to": "/definition#ressources"}.`,
    ]);
    expect(added).toEqual(['/definition#ressources']);
    // The section redirect, in both editions: the English page still has the old id, not the new one.
    expect(check(renamed, [{from: '/definition#pour-aller-plus-loin', to: '/definition#ressources'}]).problems).toEqual([
      expect.stringContaining('/en/definition#pour-aller-plus-loin (édition « en ») : cette adresse existe encore'),
    ]);
  });

  it('une section supprimée sans titre qui la remplace : la redirection vers la page', () => {
    const {problems} = check({fr: [page('/definition', fr.definition, 'ce-qui-fait-un-commun'), published.fr![1]!], en: published.en!});
    expect(problems).toEqual([expect.stringContaining('{"from": "/definition#pour-aller-plus-loin", "to": "/definition"}')]);
  });

  it('le manifeste compte aussi : une adresse qu’il enregistre et que le site n’a plus fait échouer', () => {
    const {problems} = checkPublishedUrls({manifest: {fr: {'/ancienne': []}}, current: published, redirects: []});
    expect(problems).toEqual([expect.stringMatching(/^\/ancienne \(édition française\) : cette page publiée n’existe plus et aucune redirection/)]);
  });

  it('une page redirigée garde ses sections quand la nouvelle page les a', () => {
    const moved: SitePages = {
      fr: [page('/notre-definition', fr.definition, 'ce-qui-fait-un-commun', 'pour-aller-plus-loin'), published.fr![1]!],
      en: [page('/notre-definition', en.definition, 'ce-qui-fait-un-commun', 'pour-aller-plus-loin'), published.en![1]!],
    };
    expect(check(moved, [{from: '/definition', to: '/notre-definition'}]).problems).toEqual([]);
    const without: SitePages = {fr: [page('/notre-definition', fr.definition, 'ce-qui-fait-un-commun'), published.fr![1]!], en: moved.en!};
    expect(check(without, [{from: '/definition', to: '/notre-definition'}]).problems).toEqual([
      expect.stringMatching(
        /^\/definition#pour-aller-plus-loin \(édition française\) : cette section publiée n’existe plus dans \/notre-definition, où \/definition est redirigée/,
      ),
    ]);
  });

  it('une redirection vers une adresse qui n’existe pas, ou depuis une page qui existe, fait échouer', () => {
    const {problems} = check(published, [
      {from: '/ancienne', to: '/introuvable'},
      {from: '/definition', to: '/caracteristiques'},
    ]);
    expect(problems).toEqual([
      expect.stringContaining('la redirection de /ancienne mène à /introuvable, qui n’existe pas dans l’édition française'),
      expect.stringContaining('/definition (édition française) : cette adresse existe encore (docs/definition.md)'),
      expect.stringContaining('la redirection de /en/ancienne mène à /en/introuvable, qui n’existe pas dans l’édition « en »'),
      expect.stringMatching(/^\/en\/definition \(édition « en »\) : cette adresse existe encore .* Supprimez la redirection/),
    ]);
  });

  it('une redirection vers une adresse elle-même redirigée (une page déplacée deux fois) passe : serveurs et navigateurs suivent', () => {
    const moved: SitePages = {
      fr: [published.fr![0]!, page('/caracteristiques-des-communs', fr.caracteristiques)],
      en: [published.en![0]!, page('/caracteristiques-des-communs', en.caracteristiques)],
    };
    const chain = [
      {from: '/ancienne', to: '/caracteristiques'},
      {from: '/caracteristiques', to: '/caracteristiques-des-communs'},
    ];
    expect(check(moved, chain).problems).toEqual([]);
    expect(
      check(moved, [
        {from: '/a', to: '/b'},
        {from: '/b', to: '/a'},
      ]).problems,
    ).toEqual(expect.arrayContaining([expect.stringContaining('la redirection de /a mène à /b, qui n’existe pas')]));
  });

  it('une redirection mal écrite ou en double fait échouer', () => {
    const {problems} = check(published, [
      {from: '/ancien guide', to: '/definition'},
      {from: '/vieille-page/', to: '/definition'},
      {from: '/ancienne', to: '/definition'},
      {from: '/ancienne', to: '/caracteristiques'},
    ]);
    expect(problems.slice(0, 3)).toEqual([
      expect.stringContaining('« from » « /ancien guide » n’est pas une adresse du site'),
      expect.stringContaining('« from » « /vieille-page/ » n’est pas une adresse du site'),
      expect.stringContaining('/ancienne est redirigée deux fois'),
    ]);
  });

  it('urls:update ajoute les nouvelles adresses et n’en retire jamais', () => {
    const manifest = {fr: {'/definition': ['ce-qui-fait-un-commun', 'pour-aller-plus-loin'], '/caracteristiques': []}};
    const current = {fr: {'/definition': ['ce-qui-fait-un-commun'], '/nouvelle': ['section']}};
    expect(recordUrls(manifest, current)).toEqual({
      fr: {'/caracteristiques': [], '/definition': ['ce-qui-fait-un-commun', 'pour-aller-plus-loin'], '/nouvelle': ['section']},
    });
  });
});

describe('redirections de sections, suivies dans le navigateur', () => {
  it('valent pour l’ancienne page et pour celle où le serveur redirige', () => {
    expect(
      sectionRedirects([
        {from: '/communs-numeriques', to: '/definition'},
        {from: '/communs-numeriques#quelles-caracteristiques', to: '/caracteristiques'},
      ]),
    ).toEqual({
      '/communs-numeriques#quelles-caracteristiques': '/caracteristiques',
      '/definition#quelles-caracteristiques': '/caracteristiques',
    });
  });
});
