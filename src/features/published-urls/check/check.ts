/**
 * The promise to intranets that link to the guide: every address ever published (the manifest,
 * src/features/published-urls/published-urls.json) still leads somewhere, a page and its section, either because the
 * site still has it or because src/features/published-urls/redirects.json sends it to its new place.
 */
import type {SiteUrls} from './collect';
import type {Redirect} from './redirects';

/** Locale → its addresses. */
export type PublishedUrls = Record<string, SiteUrls>;

export interface UrlCheck {
  /** Addresses that would break, each with how to fix it. */
  problems: string[];
  /** Addresses the site publishes that the manifest does not record yet. */
  unrecorded: string[];
}

const redirectExample = (from: string, to = '/nouvelle-adresse') => `{"from": "${from}", "to": "${to}"}`;

export function checkPublishedUrls(published: PublishedUrls, current: PublishedUrls, redirects: readonly Redirect[]): UrlCheck {
  const problems: string[] = [];
  const unrecorded: string[] = [];
  const byFrom = new Map(redirects.map((redirect) => [redirect.from, redirect.to]));
  const allCurrent: SiteUrls = Object.assign({}, ...Object.values(current)) as SiteUrls;
  const exists = (url: string) => {
    const [page, section] = url.split('#') as [string, string | undefined];
    return page in allCurrent && (section === undefined || allCurrent[page]!.includes(section));
  };

  // An address as servers and the redirect files can carry it: a path from `/`, without spaces,
  // without a trailing `/`, and an optional `#section`.
  const addressPattern = /^\/(?:[A-Za-z0-9._~%-]+(?:\/[A-Za-z0-9._~%-]+)*)?(?:#[^\s#]+)?$/;
  const seenFrom = new Set<string>();
  for (const redirect of redirects) {
    for (const [field, value] of [
      ['from', redirect.from],
      ['to', redirect.to],
    ] as const) {
      if (!addressPattern.test(value)) {
        problems.push(
          `src/features/published-urls/redirects.json : « ${field} » « ${value} » n’est pas une adresse du site : écrivez un chemin qui commence par /, sans espace ni / final (par exemple /ancienne-page ou /page#section).`,
        );
      }
    }
    if (seenFrom.has(redirect.from)) {
      problems.push(`src/features/published-urls/redirects.json : ${redirect.from} est redirigée deux fois : gardez une seule ligne pour cette adresse.`);
    }
    seenFrom.add(redirect.from);
    if (!exists(redirect.to)) {
      problems.push(
        `src/features/published-urls/redirects.json : la redirection de ${redirect.from} mène à ${redirect.to}, qui n’existe pas. Corrigez « to » : une page du site, et si besoin une ancre de ses titres.`,
      );
    }
    if (exists(redirect.from)) {
      problems.push(
        `src/features/published-urls/redirects.json : ${redirect.from} existe encore sur le site, la redirection vers ${redirect.to} ne servirait jamais. Supprimez-la, ou supprimez l’ancienne page.`,
      );
    }
  }

  for (const [locale, pages] of Object.entries(published)) {
    const here = current[locale] ?? {};
    for (const [page, sections] of Object.entries(pages)) {
      const pageRedirect = byFrom.get(page);
      if (!(page in here) && pageRedirect === undefined) {
        problems.push(
          `${page} (${locale}) : cette page publiée n’existe plus et aucune redirection ne la remplace. Des intranets pointent peut-être vers elle : ajoutez dans src/features/published-urls/redirects.json ${redirectExample(page)}, vers la page qui reprend son contenu.`,
        );
        continue;
      }
      const landing = page in here ? page : pageRedirect!.split('#')[0]!;
      for (const section of sections) {
        const url = `${page}#${section}`;
        if (page in here && here[page]!.includes(section)) continue;
        if (byFrom.has(url)) continue;
        if (landing in allCurrent && allCurrent[landing]!.includes(section)) continue;
        problems.push(
          `${url} (${locale}) : cette section publiée n’existe plus${landing !== page ? ` dans ${landing}, où ${page} est redirigée` : ''}. Gardez son identifiant {#${section}} sur le titre qui la remplace, ou ajoutez dans src/features/published-urls/redirects.json ${redirectExample(url, `${landing}#nouvelle-section`)}.`,
        );
      }
    }
  }
  // Every locale the site publishes, recorded or not yet (a new translation).
  for (const [locale, here] of Object.entries(current)) {
    const pages = published[locale] ?? {};
    const prefix = locale === 'fr' ? '' : `/${locale}`;
    for (const [page, sections] of Object.entries(here)) {
      if (!(page in pages)) unrecorded.push(`${prefix}${page}`);
      for (const section of sections) {
        if (!(pages[page] ?? []).includes(section)) unrecorded.push(`${prefix}${page}#${section}`);
      }
    }
  }
  return {problems, unrecorded};
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
