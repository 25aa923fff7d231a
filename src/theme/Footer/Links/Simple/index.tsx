/**
 * Footer links (swizzled, replaced): a real list, named, instead of links separated by « · » that
 * screen readers read aloud; the dots remain, drawn by the stylesheet.
 */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import LinkItem from '@theme/Footer/LinkItem';
import type {Props} from '@theme/Footer/Links/Simple';
import styles from './styles.module.css';

export default function FooterLinksSimple({links}: Props): ReactNode {
  return (
    <nav className="footer__links text--center" aria-label={translate({id: 'footer.links.label', message: 'Informations sur le site'})}>
      <ul className={styles.list}>
        {links.map((item) => (
          <li key={item.to ?? item.href ?? item.label} className={styles.item}>
            <LinkItem item={item} />
          </li>
        ))}
      </ul>
    </nav>
  );
}
