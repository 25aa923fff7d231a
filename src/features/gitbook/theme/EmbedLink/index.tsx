/**
 * EmbedLink: what GitBook's `{% embed %}` becomes, a link card to the content (a video, a slide
 * deck…) rather than a frame: nothing is loaded from another site with the page.
 */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import styles from './styles.module.css';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export default function EmbedLink({url, children}: {url: string; children?: ReactNode}): ReactNode {
  const host = hostOf(url);
  return (
    <p className={styles.card}>
      <a href={url} className={styles.link}>
        <span className={styles.title}>{children ?? translate({id: 'embedLink.default', message: 'Voir le contenu intégré à la page d’origine'})}</span>{' '}
        <span className={styles.host}>{translate({id: 'embedLink.host', message: 'sur {host}'}, {host})}</span>
      </a>
    </p>
  );
}
