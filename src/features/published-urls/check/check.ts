/**
 * The promise to intranets that link to the guide: every address ever published still leads
 * somewhere, a page and its section, edition by edition, either because the site still has it or
 * because src/features/published-urls/redirects.json sends it to its new place.
 *
 * What was published: the manifest (src/features/published-urls/published-urls.json: the
 * addresses recorded so far, those of the GitBook space among them) and the addresses of the site
 * as it was last published (its sources at the publication's git commit, read by cli.ts): a page
 * that a merge request adds is new, not broken, and is recorded by its publication. Only an
 * address that disappears fails, with the exact fix for each edition.
 */
import type {PublishedPage, SiteUrls} from './collect';
import type {Redirect} from './redirects';
import {redirectsFile} from './redirects';

/** Locale → its addresses (route → section ids): the manifest's form. */
export type PublishedUrls = Record<string, SiteUrls>;

/** Locale → its pages, with the files that publish them and their sections in order. */
export type SitePages = Record<string, PublishedPage[]>;

export interface UrlCheck {
  /** Addresses that would break, each with how to fix it. */
  problems: string[];
  /** Addresses the site publishes that were never published: new pages and sections. */
  added: string[];
}

/** The prefix of an edition's addresses: none for French, `/en` for English. */
const editionPrefix = (locale: string) => (locale === 'fr' ? '' : `/${locale}`);
const editionName = (locale: string) => (locale === 'fr' ? 'édition française' : `édition « ${locale} »`);
const redirectLine = (from: string, to: string) => `{"from": "${from}", "to": "${to}"}`;

/** Route → ids: the pages' addresses. */
function addresses(pages: readonly PublishedPage[] | undefined): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const page of pages ?? []) {
    const ids = map.get(page.route) ?? new Set<string>();
    for (const heading of page.headings) ids.add(heading.id);
    map.set(page.route, ids);
  }
  return map;
}

/** Everything published in an edition: the manifest's addresses and the last publication's. */
function publishedIn(manifest: SiteUrls | undefined, previous: readonly PublishedPage[] | undefined): Map<string, Set<string>> {
  const map = addresses(previous);
  for (const [route, ids] of Object.entries(manifest ?? {})) map.set(route, new Set([...(map.get(route) ?? []), ...ids]));
  return map;
}

// An address as servers and the redirect files can carry it: a path from `/`, without spaces,
// without a trailing `/`, and an optional `#section`.
const addressPattern = /^\/(?:[A-Za-z0-9._~%-]+(?:\/[A-Za-z0-9._~%-]+)*)?(?:#[^\s#]+)?$/;

export interface CheckInput {
  manifest: PublishedUrls;
  /** The site's pages at its last publication; undefined when unknown (no git history). */
  previous?: SitePages;
  current: SitePages;
  redirects: readonly Redirect[];
}

export function checkPublishedUrls({manifest, previous, current, redirects}: CheckInput): UrlCheck {
  const problems: string[] = [];
  const added: string[] = [];
  const byFrom = new Map(redirects.map((redirect) => [redirect.from, redirect.to]));
  const locales = [...new Set([...Object.keys(manifest), ...Object.keys(current)])].sort((a, b) => (a === 'fr' ? -1 : b === 'fr' ? 1 : a.localeCompare(b)));

  // The redirects: well written, once each.
  const seenFrom = new Set<string>();
  for (const redirect of redirects) {
    for (const [field, value] of [
      ['from', redirect.from],
      ['to', redirect.to],
    ] as const) {
      if (!addressPattern.test(value)) {
        problems.push(
          `${redirectsFile} : « ${field} » « ${value} » n’est pas une adresse du site : écrivez un chemin qui commence par /, sans espace ni / final (par exemple /ancienne-page ou /page#section).`,
        );
      }
    }
    if (seenFrom.has(redirect.from)) problems.push(`${redirectsFile} : ${redirect.from} est redirigée deux fois : gardez une seule ligne pour cette adresse.`);
    seenFrom.add(redirect.from);
  }

  const french = addresses(current.fr);
  for (const locale of locales) {
    const prefix = editionPrefix(locale);
    const pages = current[locale] ?? [];
    const here = addresses(pages);
    const fileOf = new Map(pages.filter((page) => page.file).map((page) => [page.route, page.file!]));
    const routeOfFile = new Map(pages.filter((page) => page.file).map((page) => [page.file!, page.route]));
    const before = new Map((previous?.[locale] ?? []).map((page) => [page.route, page]));
    const exists = (url: string) => {
      const [route, section] = url.split('#') as [string, string | undefined];
      return here.has(route) && (section === undefined || here.get(route)!.has(section));
    };
    /** Where an address finally leads, through the redirects (a page moved twice): servers and browsers follow them. */
    const leadsSomewhere = (url: string, hops = 0): boolean => {
      if (exists(url)) return true;
      const [route, section] = url.split('#') as [string, string | undefined];
      const next = byFrom.get(url) ?? (byFrom.has(route) ? `${byFrom.get(route)!.split('#')[0]}${section ? `#${section}` : ''}` : undefined);
      return next !== undefined && hops < 10 && leadsSomewhere(next, hops + 1);
    };

    // A redirect holds in every edition: the server redirects /en/… as it redirects /….
    for (const {from, to} of redirects) {
      if (exists(from)) {
        const file = fileOf.get(from.split('#')[0]!);
        problems.push(
          `${prefix}${from} (${editionName(locale)}) : cette adresse existe encore${file ? ` (${file})` : ''}, la redirection vers ${to} de ${redirectsFile} ne servirait jamais.${
            file && locale !== 'fr' && !french.has(from.split('#')[0]!)
              ? ` Une traduction garde le slug de sa page française : donnez à ${file} le même slug que la page française.`
              : ' Supprimez la redirection, ou changez l’adresse de la page.'
          }`,
        );
      } else if (!leadsSomewhere(to)) {
        problems.push(
          `${redirectsFile} : la redirection de ${prefix}${from} mène à ${prefix}${to}, qui n’existe pas dans l’${editionName(locale)}. Corrigez « to » : une page du site, et si besoin l’identifiant d’un de ses titres.`,
        );
      }
    }

    for (const [route, ids] of publishedIn(manifest[locale], previous?.[locale])) {
      const redirected = byFrom.get(route);
      if (!here.has(route) && redirected === undefined) {
        // Where its file went: the same page under a new slug gives the exact redirect.
        const file = before.get(route)?.file;
        const moved = file ? routeOfFile.get(file) : undefined;
        problems.push(
          moved
            ? `${prefix}${route} (${editionName(locale)}) : ${file} a changé d’adresse, de ${route} à ${moved}. Des intranets pointent peut-être vers l’ancienne : ajoutez dans ${redirectsFile} ${redirectLine(route, moved)}.`
            : `${prefix}${route} (${editionName(locale)}) : cette page publiée n’existe plus${file ? ` (${file})` : ''} et aucune redirection ne la remplace. Des intranets pointent peut-être vers elle : ajoutez dans ${redirectsFile} ${redirectLine(route, '/adresse-de-la-page-qui-reprend-son-contenu')}, avec l’adresse de la page qui reprend son contenu.`,
        );
        continue;
      }
      const landing = here.has(route) ? route : redirected!.split('#')[0]!;
      for (const id of ids) {
        const url = `${route}#${id}`;
        if (here.get(landing)?.has(id) || byFrom.has(url)) continue;
        problems.push(
          sectionProblem(
            locale,
            route,
            landing,
            id,
            before.get(route),
            pages.find((page) => page.route === landing),
          ),
        );
      }
    }

    // New addresses: said, and recorded by the publication.
    const known = publishedIn(manifest[locale], previous?.[locale]);
    for (const [route, ids] of here) {
      if (!known.has(route)) added.push(`${prefix}${route}`);
      for (const id of ids) if (!known.get(route)?.has(id)) added.push(`${prefix}${route}#${id}`);
    }
  }
  return {problems, added};
}

/**
 * A published section that is gone: keep its id on the heading that replaced it (the heading that
 * now stands where it stood), or redirect it to that heading, or to the page.
 */
function sectionProblem(locale: string, route: string, landing: string, id: string, before: PublishedPage | undefined, now: PublishedPage | undefined): string {
  const prefix = editionPrefix(locale);
  const where = landing !== route ? ` dans ${landing}, où ${route} est redirigée` : now?.file ? ` (${now.file})` : '';
  const index = before?.headings.findIndex((heading) => heading.id === id) ?? -1;
  const beforeIds = new Set(before?.headings.map((heading) => heading.id));
  const replacing = landing === route && index >= 0 ? now?.headings[index] : undefined;
  if (replacing && !beforeIds.has(replacing.id)) {
    return `${prefix}${route}#${id} (${editionName(locale)}) : cette section publiée n’existe plus${where}. Gardez son identifiant : écrivez {#${id}} à la fin du titre « ${replacing.text} » (ligne ${replacing.line})${replacing.explicit === false ? '' : ` à la place de {#${replacing.id}}`} ; ou ajoutez dans ${redirectsFile} ${redirectLine(`${route}#${id}`, `${route}#${replacing.id}`)}.`;
  }
  return `${prefix}${route}#${id} (${editionName(locale)}) : cette section publiée n’existe plus${where}. Gardez son identifiant {#${id}} sur le titre qui la remplace, ou ajoutez dans ${redirectsFile} ${redirectLine(`${route}#${id}`, landing)} (vers le haut de la page, ou vers le titre qui en reprend le contenu : ${landing}#identifiant).`;
}

/** The manifest with the new addresses added; addresses are never removed from it. */
export function recordUrls(published: PublishedUrls, current: PublishedUrls): PublishedUrls {
  const result: PublishedUrls = {};
  for (const locale of [...new Set([...Object.keys(published), ...Object.keys(current)])].sort()) {
    const pages: SiteUrls = {};
    const old = published[locale] ?? {};
    const now = current[locale] ?? {};
    for (const page of [...new Set([...Object.keys(old), ...Object.keys(now)])].sort()) {
      pages[page] = [...new Set([...(old[page] ?? []), ...(now[page] ?? [])])].sort();
    }
    result[locale] = pages;
  }
  return result;
}
