/**
 * TranslationNotice: on a page of a translated edition, says that the translation may be outdated
 * (its French original changed since) or that the page is not translated yet (it is shown in
 * French), with a link to the French original. The list of such pages is computed at build time
 * (src/features/translations); an up-to-date page shows nothing.
 */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import {usePluginData} from '@docusaurus/useGlobalData';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useAlternatePageUtils} from '@docusaurus/theme-common/internal';
import {useLocation} from '@docusaurus/router';
// The site's boxes, whoever draws them (src/theme/Admonition: the GitBook hint's look).
import Admonition from '@theme/Admonition';
import type {TranslationStatusData} from '@site/src/features/translations';
import styles from './styles.module.css';

/** The state of the current page's translation; undefined when it is up to date or French. */
export function useTranslationState(): TranslationStatusData['pages'][string] | undefined {
  const {pathname} = useLocation();
  const data = usePluginData('translation-status') as TranslationStatusData | undefined;
  return data?.pages[pathname] ?? data?.pages[pathname.replace(/\/$/, '')];
}

export default function TranslationNotice(): ReactNode {
  const state = useTranslationState();
  const {
    i18n: {currentLocale, defaultLocale, localeConfigs},
  } = useDocusaurusContext();
  const alternatePages = useAlternatePageUtils();
  if (!state) return null;
  const original = alternatePages.createUrl({locale: defaultLocale, fullyQualified: false});
  const originalLink = (
    // A plain link: the French edition is another application (a full page load), and its pages
    // are not routes of this edition, which Docusaurus's broken links check would report.
    <a href={original} hrefLang={localeConfigs[defaultLocale]?.htmlLang} className={styles.link}>
      {translate({
        id: 'translationNotice.originalLink',
        message: 'Lire l’original en français',
        description: 'Link to the French original of a translated page',
      })}
    </a>
  );
  // Literal translate() calls, one per message, so that `docusaurus write-translations` finds them.
  const notice =
    state === 'outdated'
      ? {
          type: 'warning' as const,
          title: translate({
            id: 'translationNotice.outdated.title',
            message: 'Cette traduction n’est peut-être pas à jour',
            description: 'Title of the notice on a page whose translation is older than the French original',
          }),
          body: translate({
            id: 'translationNotice.outdated.body',
            message: 'La page originale, en français, a été modifiée depuis la traduction de celle-ci.',
            description: 'Text of the notice on a page whose translation is older than the French original',
          }),
          link: originalLink,
        }
      : {
          type: 'info' as const,
          title: translate({
            id: 'translationNotice.missing.title',
            message: 'Cette page n’est pas encore traduite',
            description: 'Title of the notice on a page shown in French because it is not translated yet',
          }),
          body: translate({
            id: 'translationNotice.missing.body',
            message: 'Elle est affichée dans sa version originale, en français.',
            description: 'Text of the notice on a page shown in French because it is not translated yet',
          }),
          link: null,
        };
  return (
    // In the edition's language, inside a page whose text may be marked French (src/theme/DocItem/Content).
    <div className={styles.notice} data-pagefind-ignore="all" data-translation-state={state} lang={localeConfigs[currentLocale]?.htmlLang}>
      <Admonition type={notice.type} title={notice.title}>
        <p>
          {notice.body}
          {notice.link ? <> {notice.link}</> : null}
        </p>
      </Admonition>
    </div>
  );
}
