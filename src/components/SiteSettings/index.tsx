/**
 * SiteSettings: the deployer's settings (src/config/site.ts) shown in pages — publisher, host,
 * contact, accessibility status — so that the legal pages never repeat or invent them.
 */
import React, {type ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {accessibilityStatuses, type PublicSiteSettings} from '@site/src/config/site';

export function useSiteSettings(): PublicSiteSettings {
  const {siteConfig} = useDocusaurusContext();
  const settings = siteConfig.customFields?.site as PublicSiteSettings | undefined;
  if (!settings) {
    throw new Error('Réglages du site absents : docusaurus.config.ts doit les placer dans customFields.site.');
  }
  return settings;
}

/** « non conforme », « partiellement conforme » or « totalement conforme ». */
export function AccessibilityStatus(): ReactNode {
  return accessibilityStatuses[useSiteSettings().accessibility.status];
}

/** A date of the settings, written the French way: « 22 novembre 2026 ». */
export function formatFrenchDate(isoDate: string): string {
  return new Intl.DateTimeFormat('fr-FR', {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${isoDate}T00:00:00Z`));
}

export function StatementDate(): ReactNode {
  return formatFrenchDate(useSiteSettings().accessibility.statementDate);
}

/** The site's pages outside the guide (accessibility, legal notices…), as docusaurus.config.ts lists them. */
export interface PublicPage {
  to: string;
  title: string;
}

export function usePublicPages(): PublicPage[] {
  const {siteConfig} = useDocusaurusContext();
  return (siteConfig.customFields?.publicPages as PublicPage[] | undefined) ?? [];
}

/** The publisher, as a paragraph: name, team, postal address, telephone. */
export function Publisher(): ReactNode {
  const {publisher} = useSiteSettings();
  return (
    <p>
      {publisher.name}, {publisher.team}
      <br />
      {publisher.address}
      <br />
      Téléphone : {publisher.phone}
    </p>
  );
}

/** The director of publication, as a paragraph. */
export function PublicationDirector(): ReactNode {
  return <p>{useSiteSettings().publisher.director}</p>;
}

/** The host, as a paragraph; said to be unknown rather than guessed. */
export function Host(): ReactNode {
  const {host} = useSiteSettings();
  if (!host.name) {
    return <p>Non renseigné par l’instance qui publie ce site.</p>;
  }
  return (
    <p>
      {host.name}
      {host.address ? (
        <>
          <br />
          {host.address}
        </>
      ) : null}
      {host.phone ? (
        <>
          <br />
          Téléphone : {host.phone}
        </>
      ) : null}
    </p>
  );
}

/** How to reach the team: e-mail, then a contact page, then the publisher's postal address. */
export function Contact(): ReactNode {
  const {contact, publisher} = useSiteSettings();
  if (contact.email) {
    return (
      <>
        par courriel à <a href={`mailto:${contact.email}`}>{contact.email}</a>
      </>
    );
  }
  if (contact.url) {
    return (
      <>
        par le <a href={contact.url}>formulaire de contact</a>
      </>
    );
  }
  return (
    <>
      par courrier à l’{publisher.name}, {publisher.team}, {publisher.address}
    </>
  );
}

/** Who answers for personal data: the data protection officer, or the publisher by post. */
export function DataProtectionContact(): ReactNode {
  const {privacy, publisher} = useSiteSettings();
  if (privacy.dpoContact) {
    return <>{privacy.dpoContact}</>;
  }
  return (
    <>
      par courrier au délégué à la protection des données de l’{publisher.name}, {publisher.address}
    </>
  );
}

/** How long the server logs are kept. */
export function LogRetention(): ReactNode {
  const {privacy} = useSiteSettings();
  return privacy.logRetention ?? 'la durée fixée par la réglementation applicable aux hébergeurs';
}

/** The site's address, as published. */
export function SiteAddress(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const address = `${siteConfig.url}${siteConfig.baseUrl}`;
  return <a href={address}>{address}</a>;
}

/** The sentence that states the compliance, as the RGAA 4.1 model words it for each case. */
export function ComplianceStatement(): ReactNode {
  const {accessibility} = useSiteSettings();
  const status = accessibilityStatuses[accessibility.status];
  return (
    <p>
      Le site Communs numériques est <strong>{status}</strong> avec le référentiel général d’amélioration de
      l’accessibilité (RGAA), version 4.1,{' '}
      {accessibility.auditDate
        ? `selon l’audit réalisé le ${formatFrenchDate(accessibility.auditDate)}.`
        : 'en raison de l’absence d’audit de conformité.'}
    </p>
  );
}

/** The audit's result, or why there is none. */
export function AuditResult(): ReactNode {
  const {accessibility} = useSiteSettings();
  if (accessibility.auditDate && accessibility.rate !== undefined) {
    const rate = new Intl.NumberFormat('fr-FR', {maximumFractionDigits: 1}).format(accessibility.rate);
    return (
      <p>
        L’audit de conformité réalisé le {formatFrenchDate(accessibility.auditDate)} révèle que {rate} % des
        critères du RGAA 4.1 sont respectés.
      </p>
    );
  }
  return <p>Aucun audit de conformité n’a encore été réalisé : aucun taux de conformité n’est donc publié.</p>;
}

/** The publisher's multi-year accessibility plan, when its address is known. */
export function AccessibilityPlan(): ReactNode {
  const {accessibility, publisher} = useSiteSettings();
  if (accessibility.planUrl) {
    return (
      <p>
        Le <a href={accessibility.planUrl}>schéma pluriannuel de mise en accessibilité</a> de l’{publisher.name} présente
        sa politique d’accessibilité et ses plans d’action annuels.
      </p>
    );
  }
  return (
    <p>
      L’adresse du schéma pluriannuel de mise en accessibilité de l’{publisher.name} n’est pas encore renseignée sur ce
      site.
    </p>
  );
}
