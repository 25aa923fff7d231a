/**
 * Site settings that a deployer changes, in one typed place. Read by docusaurus.config.ts; each can
 * be overridden by an environment variable, documented in README.md.
 */

export interface SiteSettings {
  /** Scheme and host where the site is published, without a path: `SITE_URL`. */
  url: string;
  /** Path under which the site is served, starting and ending with `/`: `BASE_URL`. */
  baseUrl: string;
  /** Who publishes the guide, as shown in the footer. */
  publisher: {name: string; team: string};
}

function readBaseUrl(value: string | undefined): string {
  const baseUrl = value?.trim() || '/';
  if (!baseUrl.startsWith('/') || !baseUrl.endsWith('/')) {
    throw new Error(`BASE_URL « ${baseUrl} » : le chemin doit commencer et finir par « / » (exemple : /communs/).`);
  }
  return baseUrl;
}

function readUrl(value: string | undefined): string {
  // Locally and in tests the site is served on the loopback; a deployment sets SITE_URL.
  const url = value?.trim() || 'http://127.0.0.1:3000';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`SITE_URL « ${url} » n'est pas une adresse : écrivez par exemple https://communs.exemple.fr`);
  }
  if (parsed.pathname !== '/' || parsed.search || parsed.hash) {
    throw new Error(`SITE_URL « ${url} » : donnez seulement le schéma et l'hôte ; le chemin va dans BASE_URL.`);
  }
  return parsed.origin;
}

export function readSiteSettings(env: NodeJS.ProcessEnv = process.env): SiteSettings {
  return {
    url: readUrl(env.SITE_URL),
    baseUrl: readBaseUrl(env.BASE_URL),
    publisher: {
      name: 'Agence nationale de la cohésion des territoires',
      team: 'Incubateur des Territoires',
    },
  };
}
