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
    phone: string;
    /** Director of publication, by name; when unknown, the office that holds the role. */
    director: string;
  };
  host: {name?: string; address?: string; phone?: string};
  /** Where readers report a problem (accessibility, content); postal address when unset. */
  contact: {email?: string; url?: string};
  /** Personal data: who answers for it, how long the server logs are kept. */
  privacy: {dpoContact?: string; logRetention?: string};
  accessibility: {
    status: AccessibilityStatus;
    /** ISO date when the accessibility statement was written. */
    statementDate: string;
    /** ISO date of the last conformity audit, if there was one. */
    auditDate?: string;
    /** Share of RGAA criteria met according to that audit, in percent. */
    rate?: number;
    /** The publisher's multi-year accessibility plan (« schéma pluriannuel »). */
    planUrl?: string;
  };
}

export interface SiteSettings extends PublicSiteSettings {
  /** Scheme and host where the site is published, without a path: `SITE_URL`. */
  url: string;
  /** Path under which the site is served, starting and ending with `/`: `BASE_URL`. */
  baseUrl: string;
  /**
   * The project on the GitLab forge, for « Proposer une modification »: `FORGE_URL` (e.g.
   * https://gitlab.example.fr/incubateur/communs-numeriques) and `FORGE_BRANCH`. In GitLab CI, the
   * pipeline's own project is used. Unknown: no link, rather than an invented one.
   */
  forge?: {url: string; branch: string};
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

const optional = (value: string | undefined) => value?.trim() || undefined;

/** An ISO date (AAAA-MM-JJ) that exists, or undefined. */
function readDate(name: string, value: string | undefined): string | undefined {
  const date = optional(value);
  if (date === undefined) return undefined;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    throw new Error(`${name} « ${date} » : écrivez une date qui existe, sous la forme AAAA-MM-JJ (exemple : 2026-11-22).`);
  }
  return date;
}

function readAccessibility(env: NodeJS.ProcessEnv): PublicSiteSettings['accessibility'] {
  const status = optional(env.ACCESSIBILITY_STATUS) ?? 'non-conforme';
  if (!(status in accessibilityStatuses)) {
    throw new Error(`ACCESSIBILITY_STATUS « ${status} » : valeurs possibles ${Object.keys(accessibilityStatuses).join(', ')}.`);
  }
  const auditDate = readDate('ACCESSIBILITY_AUDIT_DATE', env.ACCESSIBILITY_AUDIT_DATE);
  const rateText = optional(env.ACCESSIBILITY_RATE);
  const rate = rateText === undefined ? undefined : Number(rateText.replace(',', '.'));
  if (rate !== undefined && (!Number.isFinite(rate) || rate < 0 || rate > 100)) {
    throw new Error(`ACCESSIBILITY_RATE « ${rateText} » : un pourcentage entre 0 et 100.`);
  }
  // A compliance level other than « non conforme » only comes from an audit, with its rate.
  if (status !== 'non-conforme' && (auditDate === undefined || rate === undefined)) {
    throw new Error(
      `ACCESSIBILITY_STATUS « ${status} » demande un audit : indiquez ACCESSIBILITY_AUDIT_DATE et ACCESSIBILITY_RATE (taux de conformité).`,
    );
  }
  return {
    status: status as AccessibilityStatus,
    statementDate: readDate('ACCESSIBILITY_STATEMENT_DATE', env.ACCESSIBILITY_STATEMENT_DATE) ?? '2026-11-22',
    auditDate,
    rate,
    planUrl: optional(env.ACCESSIBILITY_PLAN_URL),
  };
}

function readForge(env: NodeJS.ProcessEnv): SiteSettings['forge'] {
  const url = optional(env.FORGE_URL) ?? optional(env.CI_PROJECT_URL);
  if (!url) {
    return undefined;
  }
  if (!/^https?:\/\/[^/]+\/.+/.test(url)) {
    throw new Error(`FORGE_URL « ${url} » : donnez l'adresse du projet, par exemple https://gitlab.exemple.fr/groupe/projet`);
  }
  const branch = optional(env.FORGE_BRANCH) ?? optional(env.CI_DEFAULT_BRANCH) ?? 'main';
  return {url: url.replace(/\/+$/, ''), branch};
}

/** GitLab's web editor for a file of the project, from the site's root folder. */
export function forgeEditUrl(forge: NonNullable<SiteSettings['forge']>): string {
  return `${forge.url}/-/edit/${forge.branch}/`;
}

export function readSiteSettings(env: NodeJS.ProcessEnv = process.env): SiteSettings {
  return {
    url: readUrl(env.SITE_URL),
    baseUrl: readBaseUrl(env.BASE_URL),
    forge: readForge(env),
    publisher: {
      name: 'Agence nationale de la cohésion des territoires',
      team: 'Incubateur des Territoires',
      address: optional(env.PUBLISHER_ADDRESS) ?? '20, avenue de Ségur, TSA 10717, 75334 Paris Cedex 07',
      phone: optional(env.PUBLISHER_PHONE) ?? '+33 1 85 58 60 00',
      director:
        optional(env.PUBLICATION_DIRECTOR) ?? 'Le directeur général de l’Agence nationale de la cohésion des territoires',
    },
    host: {name: optional(env.HOST_NAME), address: optional(env.HOST_ADDRESS), phone: optional(env.HOST_PHONE)},
    contact: {email: optional(env.CONTACT_EMAIL), url: optional(env.CONTACT_URL)},
    privacy: {dpoContact: optional(env.DPO_CONTACT), logRetention: optional(env.LOG_RETENTION)},
    accessibility: readAccessibility(env),
  };
}

/** The settings the pages show, without the build-only ones. */
export function publicSettings({url: _url, baseUrl: _baseUrl, forge: _forge, ...shown}: SiteSettings): PublicSiteSettings {
  return shown;
}

/** Settings a published site should have and that are still unknown, for a warning at build. */
export function missingPublicationSettings(settings: SiteSettings): string[] {
  const published = !/^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(settings.url);
  if (!published) return [];
  return [
    settings.host.name ? undefined : 'HOST_NAME (hébergeur, mentions légales)',
    settings.host.phone ? undefined : 'HOST_PHONE (téléphone de l’hébergeur, mentions légales)',
    settings.contact.email || settings.contact.url ? undefined : 'CONTACT_EMAIL ou CONTACT_URL (contact accessibilité et données)',
    settings.forge ? undefined : 'FORGE_URL (lien « Proposer une modification »)',
  ].filter((item): item is string => item !== undefined);
}
