/**
 * Site settings that a deployer changes, in one typed place. Read by docusaurus.config.ts; each can
 * be overridden by an environment variable, documented in README.md. What is unknown stays unknown:
 * the pages say « non renseigné » rather than show an invented name or address.
 */

/** The three levels a French accessibility statement may claim (RGAA 4.1). */
export const accessibilityStatuses = {
  'non-conforme': 'non conforme',
  'partiellement-conforme': 'partiellement conforme',
  'totalement-conforme': 'totalement conforme',
} as const;
export type AccessibilityStatus = keyof typeof accessibilityStatuses;

/** What the pages of the site may show; copied into `customFields`, so never put a secret here. */
export interface PublicSiteSettings {
  publisher: {
    /** The legal publisher. */
    name: string;
    /** The team that writes the guide. */
    team: string;
    address: string;
    /** Director of publication, by name; when unknown, the office that holds the role. */
    director: string;
  };
  host: {name?: string; address?: string};
  /** Where readers report a problem (accessibility, content); postal address when unset. */
  contact: {email?: string; url?: string};
  accessibility: {
    status: AccessibilityStatus;
    /** ISO date when the accessibility statement was written. */
    statementDate: string;
    /** ISO date of the last conformity audit, if there was one. */
    auditDate?: string;
  };
}

export interface SiteSettings extends PublicSiteSettings {
  /** Scheme and host where the site is published, without a path: `SITE_URL`. */
  url: string;
  /** Path under which the site is served, starting and ending with `/`: `BASE_URL`. */
  baseUrl: string;
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

function readStatus(value: string | undefined): AccessibilityStatus {
  // Without a valid audit, the law's wording is « non conforme ».
  const status = value?.trim() || 'non-conforme';
  if (!(status in accessibilityStatuses)) {
    throw new Error(
      `ACCESSIBILITY_STATUS « ${status} » : valeurs possibles ${Object.keys(accessibilityStatuses).join(', ')}.`,
    );
  }
  return status as AccessibilityStatus;
}

const optional = (value: string | undefined) => value?.trim() || undefined;

export function readSiteSettings(env: NodeJS.ProcessEnv = process.env): SiteSettings {
  return {
    url: readUrl(env.SITE_URL),
    baseUrl: readBaseUrl(env.BASE_URL),
    publisher: {
      name: 'Agence nationale de la cohésion des territoires',
      team: 'Incubateur des Territoires',
      address: optional(env.PUBLISHER_ADDRESS) ?? '20, avenue de Ségur, TSA 10717, 75334 Paris Cedex 07',
      director:
        optional(env.PUBLICATION_DIRECTOR) ?? 'Le directeur général de l’Agence nationale de la cohésion des territoires',
    },
    host: {name: optional(env.HOST_NAME), address: optional(env.HOST_ADDRESS)},
    contact: {email: optional(env.CONTACT_EMAIL), url: optional(env.CONTACT_URL)},
    accessibility: {
      status: readStatus(env.ACCESSIBILITY_STATUS),
      statementDate: optional(env.ACCESSIBILITY_STATEMENT_DATE) ?? '2026-11-22',
      auditDate: optional(env.ACCESSIBILITY_AUDIT_DATE),
    },
  };
}

/** The settings the pages show, without the build-only ones. */
export function publicSettings({url: _url, baseUrl: _baseUrl, ...shown}: SiteSettings): PublicSiteSettings {
  return shown;
}
