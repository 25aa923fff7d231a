/**
 * Site settings that a deployer changes, in one typed place. Read by docusaurus.config.ts; each can
 * be overridden by an environment variable, documented in README.md. What is unknown stays unknown:
 * the pages say « non renseigné » rather than show an invented name or address.
 */

import {accessibilityStatuses, type AccessibilityStatus} from '../i18n/accessibility-statuses';

export {accessibilityStatuses, type AccessibilityStatus};

/** What the pages of the site may show; copied into `customFields`, so never put a secret here. */
export interface PublicSiteSettings {
  publisher: {
    /** The legal publisher. */
    name: string;
    /** The team that writes the guide. */
    team: string;
    address: string;
    phone: string;
    /** Director of publication, by name; unknown, the pages name the office that holds the role. */
    director?: string;
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
    throw new Error(`ACCESSIBILITY_STATUS « ${status} » demande un audit : indiquez ACCESSIBILITY_AUDIT_DATE et ACCESSIBILITY_RATE (taux de conformité).`);
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
      director: optional(env.PUBLICATION_DIRECTOR),
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

/** A site served on this machine only (`127.0.0.1`, `localhost`): the law's settings may wait. */
export function isLoopback(url: string): boolean {
  return /^https?:\/\/(127(\.\d{1,3}){3}|localhost|\[::1\])(:\d+)?$/.test(url);
}

/**
 * `PUBLICATION_DRAFT=1`: a build to read, not to publish (a merge request's review, a GitBook space
 * just imported). What would stop a publication (a missing mandatory setting, a content problem) is
 * listed in the build's log instead. The one switch, for both.
 */
export function isDraft(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PUBLICATION_DRAFT?.trim() === '1';
}

/** A setting the law requires of a published public site, that the deployment has not given. */
export interface PublicationGap {
  /** The environment variable(s) to set. */
  variable: string;
  /** What it is, in the pages. */
  what: string;
  /** The text that requires it. */
  law: string;
}

const lcen = 'loi n° 2004-575 du 21 juin 2004 pour la confiance dans l’économie numérique (LCEN), article 6';
const accessibilityLaw = 'loi n° 2005-102 du 11 février 2005, article 47, et décret n° 2019-768 du 24 juillet 2019 (RGAA)';

/**
 * The mandatory settings a public build still lacks (none for a site served on the loopback): the
 * host and a named director of publication (legal notice), a contact (accessibility statement,
 * personal data), the multi-year accessibility plan, the log retention period (personal data).
 */
export function publicationGaps(settings: SiteSettings): PublicationGap[] {
  if (isLoopback(settings.url)) return [];
  const gaps: Array<PublicationGap | false> = [
    !settings.host.name && {variable: 'HOST_NAME', what: 'nom de l’hébergeur (mentions légales)', law: lcen},
    !settings.host.address && {variable: 'HOST_ADDRESS', what: 'adresse de l’hébergeur (mentions légales)', law: lcen},
    !settings.host.phone && {variable: 'HOST_PHONE', what: 'téléphone de l’hébergeur (mentions légales)', law: lcen},
    !settings.publisher.director && {
      variable: 'PUBLICATION_DIRECTOR',
      what: 'nom du directeur ou de la directrice de la publication, une personne et non une fonction (mentions légales)',
      law: `${lcen} ; loi n° 82-652 du 29 juillet 1982, article 93-2`,
    },
    !settings.contact.email &&
      !settings.contact.url && {
        variable: 'CONTACT_EMAIL ou CONTACT_URL',
        what: 'courriel ou formulaire de contact, pour signaler un défaut d’accessibilité et exercer ses droits sur ses données',
        law: `${accessibilityLaw} : la déclaration d’accessibilité donne un moyen de contact ; RGPD, article 13`,
      },
    !settings.accessibility.planUrl && {
      variable: 'ACCESSIBILITY_PLAN_URL',
      what: 'adresse du schéma pluriannuel de mise en accessibilité de l’éditeur (déclaration d’accessibilité)',
      law: accessibilityLaw,
    },
    !settings.privacy.logRetention && {
      variable: 'LOG_RETENTION',
      what: 'durée de conservation des journaux du serveur, par exemple « 12 mois » (données personnelles)',
      law: 'RGPD (règlement (UE) 2016/679), article 13, paragraphe 2, point a',
    },
  ];
  return gaps.filter((gap): gap is PublicationGap => gap !== false);
}

/** The gaps, one line each: what to set, and why. */
export function publicationGapLines(gaps: readonly PublicationGap[]): string[] {
  return gaps.map(({variable, what, law}) => `- ${variable} : ${what} ; exigé par ${law}.`);
}

/** Settings a published site should have, that the law does not require: a warning at build. */
export function missingOptionalSettings(settings: SiteSettings): string[] {
  if (isLoopback(settings.url)) return [];
  return settings.forge ? [] : ['FORGE_URL (lien « Proposer une modification »)'];
}
