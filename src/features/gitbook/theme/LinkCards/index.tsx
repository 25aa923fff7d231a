/**
 * LinkCards: what GitBook's card tables (`<table data-view="cards">`) become, a list of cards, each
 * led by its title, a link to its page; its cover image only decorates (empty description), and
 * its other lines follow. A list, so that screen readers say how many cards there are.
 */
import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

export function LinkCard({children}: {children?: ReactNode}): ReactNode {
  return <li className={styles.card}>{children}</li>;
}

export default function LinkCards({children}: {children?: ReactNode}): ReactNode {
  return <ul className={styles.cards}>{children}</ul>;
}
