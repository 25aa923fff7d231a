/**
 * SiteSettings: the deployer's settings (src/shared/settings/site.ts) shown in pages — publisher, host,
 * contact, accessibility status — so that the legal pages never repeat or invent them.
 *
 * The sentences are translatable (ids `siteSettings.*`): the French text is the default message,
 * the other editions' text is in i18n/<locale>/code.json. Dates and numbers follow the edition read.
 */
import React, {type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {PublicSiteSettings} from '@site/src/shared/settings/site';
import {accessibilityStatusLabel, formatDate} from './labels';

export {accessibilityStatusLabel, formatDate, formatFrenchDate} from './labels';

export function useSiteSettings(): PublicSiteSettings {
  const {siteConfig} = useDocusaurusContext();
  const settings = siteConfig.customFields?.site as PublicSiteSettings | undefined;
  if (!settings) {
    throw new Error('Réglages du site absents : docusaurus.config.ts doit les placer dans customFields.site.');
  }
  return settings;
}

/** « non conforme », « partiellement conforme » or « totalement conforme »; “not compliant”… in English. */
export function AccessibilityStatus(): ReactNode {
  const {i18n} = useDocusaurusContext();
  return accessibilityStatusLabel(useSiteSettings().accessibility.status, i18n.currentLocale);
}

/**
 * The language tag of the edition read, for dates and numbers: the locale's `htmlLang` (fr-FR,
 * en-GB: « 22 novembre 2026 », “22 November 2026”), else the locale itself.
 */
function useLanguageTag(): string {
  const {i18n} = useDocusaurusContext();
  return i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
}

/**
 * A value of the deployment's settings (names, addresses, durations), written in French: marked
 * `lang` in another edition, so that screen readers read it with a French voice.
 */
export function FrenchValue({children}: {children: ReactNode}): ReactNode {
  const {i18n} = useDocusaurusContext();
  if (i18n.currentLocale === i18n.defaultLocale) return children;
  return <span lang={i18n.localeConfigs[i18n.defaultLocale]?.htmlLang ?? i18n.defaultLocale}>{children}</span>;
}

/** Formats the settings' dates in the edition read. */
function useFormatDate(): (isoDate: string) => string {
  const language = useLanguageTag();
  return (isoDate) => formatDate(isoDate, language);
}

export function StatementDate(): ReactNode {
  return useFormatDate()(useSiteSettings().accessibility.statementDate);
}

/** « Téléphone : … », the line of a telephone number. */
function phoneLine(phone: string): string {
  return translate(
    {
      id: 'siteSettings.phone',
      message: 'Téléphone : {phone}',
      description: 'Line of a telephone number in the legal notice (publisher, host)',
    },
    {phone},
  );
}

/** The publisher, as a paragraph: name, team, postal address, telephone. */
export function Publisher(): ReactNode {
  const {publisher} = useSiteSettings();
  return (
    <p>
      <FrenchValue>
        {publisher.name}, {publisher.team}
      </FrenchValue>
      <br />
      <FrenchValue>{publisher.address}</FrenchValue>
      <br />
      {phoneLine(publisher.phone)}
    </p>
  );
}

/**
 * The director of publication, by name (PUBLICATION_DIRECTOR). A public build cannot go without it
 * (src/shared/settings/site.ts); a local or draft build names the office that holds the role.
 */
export function PublicationDirector(): ReactNode {
  const {director, name} = useSiteSettings().publisher;
  return (
    <p>
      {director ? (
        <FrenchValue>{director}</FrenchValue>
      ) : (
        <Translate
          id="siteSettings.director.office"
          description="Legal notice, director of publication, when the deployment has not named them: the office that holds the role; {publisherName} is the publisher"
          values={{publisherName: <FrenchValue>{name}</FrenchValue>}}
        >
          {'Le directeur général de l’{publisherName}'}
        </Translate>
      )}
    </p>
  );
}

/** The host, as a paragraph; said to be unknown rather than guessed. */
export function Host(): ReactNode {
  const {host} = useSiteSettings();
  if (!host.name) {
    return (
      <p>
        {translate({
          id: 'siteSettings.host.unknown',
          message: 'Non renseigné par l’instance qui publie ce site.',
          description: 'Legal notice, « Hébergement » section, when the deployment has not given its host',
        })}
      </p>
    );
  }
  return (
    <p>
      <FrenchValue>{host.name}</FrenchValue>
      {host.address ? (
        <>
          <br />
          <FrenchValue>{host.address}</FrenchValue>
        </>
      ) : null}
      {host.phone ? (
        <>
          <br />
          {phoneLine(host.phone)}
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
      <Translate
        id="siteSettings.contact.email"
        description="How to contact the team, ending a sentence after a colon: by e-mail, {email} is the address as a link"
        values={{email: <a href={`mailto:${contact.email}`}>{contact.email}</a>}}
      >
        {'par courriel à {email}'}
      </Translate>
    );
  }
  if (contact.url) {
    return (
      <Translate
        id="siteSettings.contact.form"
        description="How to contact the team, ending a sentence after a colon: {contactForm} is the link to the contact form"
        values={{
          contactForm: (
            <a href={contact.url}>
              {translate({
                id: 'siteSettings.contact.formLink',
                message: 'formulaire de contact',
                description: 'Text of the link to the contact form, inside siteSettings.contact.form',
              })}
            </a>
          ),
        }}
      >
        {'par le {contactForm}'}
      </Translate>
    );
  }
  return (
    <Translate
      id="siteSettings.contact.post"
      description="How to contact the team, ending a sentence after a colon: by post to the publisher (name, team, postal address)"
      values={{
        publisherName: <FrenchValue>{publisher.name}</FrenchValue>,
        publisherTeam: <FrenchValue>{publisher.team}</FrenchValue>,
        publisherAddress: <FrenchValue>{publisher.address}</FrenchValue>,
      }}
    >
      {'par courrier à l’{publisherName}, {publisherTeam}, {publisherAddress}'}
    </Translate>
  );
}

/** Who answers for personal data: the data protection officer, or the publisher by post. */
export function DataProtectionContact(): ReactNode {
  const {privacy, publisher} = useSiteSettings();
  if (privacy.dpoContact) {
    return <FrenchValue>{privacy.dpoContact}</FrenchValue>;
  }
  return (
    <Translate
      id="siteSettings.dataProtectionContact.post"
      description="Personal data page, after « écrivez » / “write”: by post to the publisher’s data protection officer"
      values={{publisherName: <FrenchValue>{publisher.name}</FrenchValue>, publisherAddress: <FrenchValue>{publisher.address}</FrenchValue>}}
    >
      {'par courrier au délégué à la protection des données de l’{publisherName}, {publisherAddress}'}
    </Translate>
  );
}

/**
 * How long the server logs are kept (LOG_RETENTION, e.g. « 12 mois »). A public build cannot go
 * without it (src/shared/settings/site.ts); a local or draft build says it is not given yet.
 */
export function LogRetention(): ReactNode {
  const {privacy} = useSiteSettings();
  if (privacy.logRetention) return <FrenchValue>{privacy.logRetention}</FrenchValue>;
  return translate({
    id: 'siteSettings.logRetention.unknown',
    message: 'une durée que l’instance qui publie ce site n’a pas encore renseignée',
    description: 'Personal data page, retention period of the server logs when the deployment has not given one',
  });
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
  const {i18n} = useDocusaurusContext();
  const formatSettingsDate = useFormatDate();
  const status = <strong>{accessibilityStatusLabel(accessibility.status, i18n.currentLocale)}</strong>;
  return (
    <p>
      {accessibility.auditDate ? (
        <Translate
          id="siteSettings.compliance.withAudit"
          description="Accessibility statement, compliance status after an audit: {status} is the compliance level (bold), {auditDate} the audit’s date"
          values={{status, auditDate: formatSettingsDate(accessibility.auditDate)}}
        >
          {
            'Le site Communs numériques est {status} avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1, selon l’audit réalisé le {auditDate}.'
          }
        </Translate>
      ) : (
        <Translate
          id="siteSettings.compliance.withoutAudit"
          description="Accessibility statement, compliance status without an audit: {status} is the compliance level (bold)"
          values={{status}}
        >
          {
            'Le site Communs numériques est {status} avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1, en raison de l’absence d’audit de conformité.'
          }
        </Translate>
      )}
    </p>
  );
}

/** The audit's result, or why there is none. */
export function AuditResult(): ReactNode {
  const {accessibility} = useSiteSettings();
  const language = useLanguageTag();
  if (accessibility.auditDate && accessibility.rate !== undefined) {
    const rate = new Intl.NumberFormat(language, {maximumFractionDigits: 1}).format(accessibility.rate);
    return (
      <p>
        {translate(
          {
            id: 'siteSettings.audit.result',
            message: 'L’audit de conformité réalisé le {auditDate} révèle que {rate} % des critères du RGAA 4.1 sont respectés.',
            description: 'Accessibility statement, result of the audit: {auditDate} its date, {rate} the share of criteria met (a number)',
          },
          {auditDate: formatDate(accessibility.auditDate, language), rate},
        )}
      </p>
    );
  }
  return (
    <p>
      {translate({
        id: 'siteSettings.audit.none',
        message: 'Aucun audit de conformité n’a encore été réalisé : aucun taux de conformité n’est donc publié.',
        description: 'Accessibility statement, « Résultats des tests » section, when there has been no audit',
      })}
    </p>
  );
}

/** The publisher's multi-year accessibility plan, when its address is known. */
export function AccessibilityPlan(): ReactNode {
  const {accessibility, publisher} = useSiteSettings();
  if (accessibility.planUrl) {
    return (
      <p>
        <Translate
          id="siteSettings.accessibilityPlan.link"
          description="Accessibility statement: {plan} is the link to the publisher’s multi-year accessibility plan, {publisherName} the publisher"
          values={{
            publisherName: <FrenchValue>{publisher.name}</FrenchValue>,
            plan: (
              <a href={accessibility.planUrl}>
                {translate({
                  id: 'siteSettings.accessibilityPlan.linkText',
                  message: 'schéma pluriannuel de mise en accessibilité',
                  description: 'Text of the link to the multi-year accessibility plan, inside siteSettings.accessibilityPlan.link',
                })}
              </a>
            ),
          }}
        >
          {'Le {plan} de l’{publisherName} présente sa politique d’accessibilité et ses plans d’action annuels.'}
        </Translate>
      </p>
    );
  }
  return (
    <p>
      <Translate
        id="siteSettings.accessibilityPlan.unknown"
        description="Accessibility statement, when the address of the publisher’s multi-year accessibility plan is not given"
        values={{publisherName: <FrenchValue>{publisher.name}</FrenchValue>}}
      >
        {'L’adresse du schéma pluriannuel de mise en accessibilité de l’{publisherName} n’est pas encore renseignée sur ce site.'}
      </Translate>
    </p>
  );
}
