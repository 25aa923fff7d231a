/**
 * What the conversion of a page tells a person, in one place: each problem alone (its message,
 * which the to-do list prints when it is the only one of its kind at its line) and how it is said
 * with its like (report.ts groups the problems of one kind at one line in a single to-do line).
 */
import {fileNameOfUrl} from '../../../shared/url-file-name';
import type {Problem} from './page-types';

/** « 1ʳᵉ », « 2ᵉ »: an element's rank, as French writes it. */
function ordinal(rank: number): string {
  return rank === 1 ? '1ʳᵉ' : `${rank}ᵉ`;
}

/** An image as a person finds it in the page: its file's name, else its rank at its place. */
export function imageLabel(url: string | undefined, rank?: number): string {
  const name = url ? fileNameOfUrl(url) : '';
  if (name) return name;
  return rank === undefined ? 'image sans adresse' : `${ordinal(rank)} image`;
}

/** Labels of images at one place, each told apart: a name that comes back gets its rank. */
export function imageLabels(urls: ReadonlyArray<string | undefined>): string[] {
  const names = urls.map((url) => imageLabel(url));
  return names.map((name, index) =>
    !urls[index] ? `${ordinal(index + 1)} image` : names.indexOf(name) !== names.lastIndexOf(name) ? `${name} (${ordinal(index + 1)} image)` : name,
  );
}

/** An image without text alternative: in Markdown (`![](…)`) or in HTML (`<img alt="">`). */
export function imageWithoutAlt(element: string, form: 'markdown' | 'html'): Problem {
  const where = form === 'markdown' ? 'entre les crochets, ![description](…)' : 'dans son attribut alt="…"';
  return {
    message: `image sans texte de remplacement : décrivez ce qu’elle montre ${where} (la construction s’arrête sur une image sans description).`,
    item: {
      what: 'images sans description',
      element,
      todo: `décrivez ce que chacune montre ${form === 'markdown' ? 'entre ses crochets, ![description](…)' : 'dans son attribut alt="…"'} (la construction s’arrête sur une image sans description).`,
    },
  };
}

/** What becomes of an image of another site that could not be downloaded. */
export type RemoteImageOutcome = 'link' | 'words' | 'dropped';

const notFetched: Record<RemoteImageOutcome, {becomes: string; what: string; todo: string}> = {
  link: {
    becomes: 'elle devient un lien vers cette adresse ; enregistrez l’image à côté de la page et remettez-la, avec sa description.',
    what: 'images d’autres sites non téléchargées, devenues des liens',
    todo: 'enregistrez chaque image à côté de la page et remettez-la à la place de son lien, avec sa description.',
  },
  words: {
    becomes: 'dans le lien qui l’entoure, elle devient sa description ; enregistrez l’image à côté de la page et remettez-la dans ce lien.',
    what: 'images d’autres sites non téléchargées, devenues leur description dans leur lien',
    todo: 'enregistrez chaque image à côté de la page et remettez-la dans son lien.',
  },
  dropped: {
    becomes: 'cette variante de l’image est retirée, l’image elle-même reste ; enregistrez-la à côté de la page et remettez-la si elle sert.',
    what: 'variantes d’images d’autres sites non téléchargées, retirées',
    todo: 'enregistrez-les à côté de la page et remettez-les si elles servent.',
  },
};

/**
 * An image of another site that could not be fetched: a link to it instead (`link`), its words
 * inside the link that held it (`words`), or, for a variant of an image still shown (a `<source>`,
 * a `srcset` candidate), left out (`dropped`).
 */
export function remoteImageNotFetched(url: string, outcome: RemoteImageOutcome = 'link'): Problem {
  const {becomes, what, todo} = notFetched[outcome];
  return {message: `image d’un autre site (${url}) qui n’a pas pu être téléchargée : ${becomes}`, item: {what, element: url, todo}};
}

/** An element that would load something from another site, made a link to it. */
export function loaderMadeLink(tag: string, url: string): Problem {
  return {
    message: `élément <${tag}> qui chargeait ${url} : il devient un lien vers cette adresse, car une page du site ne charge rien d’un autre site ; recopiez dans la page ce qu’il montrait, si les lecteurs en ont besoin.`,
    item: {
      what: 'éléments qui chargeaient un autre site, devenus des liens',
      element: `<${tag}> ${url}`,
      todo: 'recopiez dans la page ce qu’ils montraient, si les lecteurs en ont besoin.',
    },
  };
}

/** An element or attribute that loads or runs something, taken out of the page. */
export function loaderRemoved(what: string, detail: string): Problem {
  return {
    message: `${what} retiré : ${detail}`,
    item: {what: 'éléments et attributs HTML retirés', element: what, todo: detail},
  };
}

/** Messages of the addresses that could not be rewritten. */
export function brokenLink(url: string): Problem {
  return {
    message: `lien que GitBook n’avait pas pu résoudre (« ${url} ») : il devient du texte ; retrouvez la page ou le fichier visé et refaites le lien.`,
    item: {
      what: 'liens que GitBook n’avait pas pu résoudre, devenus du texte',
      element: `« ${url} »`,
      todo: 'retrouvez la page ou le fichier que visait chacun et refaites le lien.',
    },
  };
}

export function missingLink(url: string): Problem {
  return {
    message: `lien vers « ${url} », introuvable dans l'export : corrigez-le ou supprimez-le (la construction s'arrêtera sur ce lien).`,
    item: {
      what: "liens introuvables dans l'export",
      element: `« ${url} »`,
      todo: "corrigez ou supprimez chacun (la construction s'arrêtera sur ces liens).",
    },
  };
}

export function unlistedLink(url: string): Problem {
  return {
    message: `lien vers « ${url} », une page de l'export absente de SUMMARY.md, donc non importée : ajoutez-la au sommaire de l'export et relancez l'import, ou supprimez le lien.`,
    item: {
      what: "liens vers des pages de l'export absentes de SUMMARY.md, donc non importées",
      element: `« ${url} »`,
      todo: "ajoutez chaque page au sommaire de l'export et relancez l'import, ou supprimez le lien.",
    },
  };
}

export function missingAnchor(hash: string, pageTitle?: string): Problem {
  return {
    message: pageTitle
      ? `lien vers la section « #${hash} » de « ${pageTitle} », qu'aucun titre de cette page ne porte : corrigez l'ancre (la construction s'arrêtera sur elle).`
      : `lien vers la section « #${hash} », qu'aucun titre de la page ne porte : corrigez l'ancre (la construction s'arrêtera sur elle).`,
    item: {
      what: "liens vers des sections qu'aucun titre ne porte",
      element: pageTitle ? `« #${hash} » de « ${pageTitle} »` : `« #${hash} »`,
      todo: "corrigez chaque ancre (la construction s'arrêtera sur elles).",
    },
  };
}

export function variableWithoutValue(expression: string): Problem {
  return {
    message: `expression GitBook « ${expression} » : sa valeur n’est pas dans l’export (.gitbook/vars.yaml) ; écrivez-la à sa place.`,
    item: {
      what: 'expressions GitBook sans valeur dans l’export (.gitbook/vars.yaml)',
      element: `« ${expression} »`,
      todo: 'écrivez la valeur de chacune à sa place.',
    },
  };
}
