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

/** The publisher, as a paragraph: name, team, postal address. */
export function Publisher(): ReactNode {
  const {publisher} = useSiteSettings();
  return (
    <p>
      {publisher.name}, {publisher.team}
      <br />
      {publisher.address}
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
      par courrier à {publisher.name}, {publisher.team}, {publisher.address}
    </>
  );
}

/** The sentence that states the compliance, as the RGAA 4.1 model words it for each case. */
export function ComplianceStatement(): ReactNode {
  const {accessibility} = useSiteSettings();
  const status = accessibilityStatuses[accessibility.status];
  if (!accessibility.auditDate) {
    return (
      <p>
        Le site Communs numériques est <strong>{status}</strong> avec le référentiel général d’amélioration de
        l’accessibilité (RGAA), version 4.1, en raison de l’absence d’audit de conformité.
      </p>
    );
  }
  return (
    <p>
      Le site Communs numériques est <strong>{status}</strong> avec le référentiel général d’amélioration de
      l’accessibilité (RGAA), version 4.1, selon l’audit réalisé le {formatFrenchDate(accessibility.auditDate)}.
    </p>
  );
}
