import {describe, expect, it} from 'vitest';
import {sectionRedirects} from '../../site-redirects';
import {checkPublishedUrls, recordUrls} from '../check';

const published = {fr: {'/definition': ['ce-qui-fait-un-commun', 'pour-aller-plus-loin'], '/caracteristiques': []}};

describe('adresses publiées', () => {
  it('passent quand le site les a toutes', () => {
    expect(checkPublishedUrls(published, published, [])).toEqual({problems: [], unrecorded: []});
  });

  it('une page supprimée sans redirection fait échouer, avec la redirection à ajouter', () => {
    const {problems} = checkPublishedUrls(published, {fr: {'/definition': published.fr['/definition']}}, []);
    expect(problems).toEqual([
      expect.stringMatching(
        /^\/caracteristiques \(fr\) : cette page publiée n’existe plus et aucune redirection ne la remplace\. .*ajoutez dans src\/features\/published-urls\/redirects\.json \{"from": "\/caracteristiques", "to": "\/nouvelle-adresse"\}/,
      ),
    ]);
  });

  it('un titre renommé fait échouer, sauf s’il garde son identifiant ou s’il est redirigé', () => {
    const renamed = {fr: {'/definition': ['ce-qui-fait-un-commun', 'ressources'], '/caracteristiques': []}};
    const {problems} = checkPublishedUrls(published, renamed, []);
    expect(problems).toEqual([
      expect.stringMatching(
        /^\/definition#pour-aller-plus-loin \(fr\) : cette section publiée n’existe plus\. Gardez son identifiant \{#pour-aller-plus-loin\}/,
      ),
    ]);
    const redirected = checkPublishedUrls(published, renamed, [{from: '/definition#pour-aller-plus-loin', to: '/definition#ressources'}]);
    expect(redirected.problems).toEqual([]);
    expect(redirected.unrecorded).toEqual(['/definition#ressources']);
  });

  it('une page redirigée garde ses sections quand la nouvelle page les a', () => {
    const moved = {fr: {'/notre-definition': ['ce-qui-fait-un-commun', 'pour-aller-plus-loin'], '/caracteristiques': []}};
    expect(checkPublishedUrls(published, moved, [{from: '/definition', to: '/notre-definition'}]).problems).toEqual([]);
    const without = {fr: {'/notre-definition': ['ce-qui-fait-un-commun'], '/caracteristiques': []}};
    expect(checkPublishedUrls(published, without, [{from: '/definition', to: '/notre-definition'}]).problems).toEqual([
      expect.stringMatching(
        /^\/definition#pour-aller-plus-loin \(fr\) : cette section publiée n’existe plus dans \/notre-definition, où \/definition est redirigée/,
      ),
    ]);
  });

  it('une redirection vers une adresse qui n’existe pas, ou depuis une page qui existe, fait échouer', () => {
    const {problems} = checkPublishedUrls(published, published, [
      {from: '/ancienne', to: '/introuvable'},
      {from: '/definition', to: '/caracteristiques'},
    ]);
    expect(problems).toEqual([
      expect.stringContaining('la redirection de /ancienne mène à /introuvable, qui n’existe pas'),
      expect.stringContaining('/definition existe encore sur le site'),
    ]);
  });

  it('une redirection mal écrite ou en double fait échouer', () => {
    const {problems} = checkPublishedUrls(published, published, [
      {from: '/ancien guide', to: '/definition'},
      {from: '/vieille-page/', to: '/definition'},
      {from: '/ancienne', to: '/definition'},
      {from: '/ancienne', to: '/caracteristiques'},
    ]);
    expect(problems).toEqual([
      expect.stringContaining('« from » « /ancien guide » n’est pas une adresse du site'),
      expect.stringContaining('« from » « /vieille-page/ » n’est pas une adresse du site'),
      expect.stringContaining('/ancienne est redirigée deux fois'),
    ]);
  });

  it('urls:update ajoute les nouvelles adresses et n’en retire jamais', () => {
    const current = {fr: {'/definition': ['ce-qui-fait-un-commun'], '/nouvelle': ['section']}};
    expect(recordUrls(published, current)).toEqual({
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
