/**
 * Footer links (swizzled, replaced): a real list, named, instead of links separated by « · » that
 * screen readers read aloud; the dots remain, drawn by the stylesheet. Items given as `html` are
 * shown as they are, as in Docusaurus's own component. Below them, the guide's PDF when it exists.
 */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import LinkItem from '@theme/Footer/LinkItem';
import type {Props} from '@theme/Footer/Links/Simple';
import GuidePdfLink from '@site/src/features/pdf/theme/GuidePdfLink';
import styles from './styles.module.css';

export default function FooterLinksSimple({links}: Props): ReactNode {
  return (
    <nav className="footer__links text--center" aria-label={translate({id: 'footer.links.label', message: 'Informations sur le site'})}>
      <ul className={styles.list}>
        {links.map((item) => (
          <li key={item.to ?? item.href ?? item.html ?? item.label} className={styles.item}>
            {/* An `html` item (docusaurus.config.ts writes it, so it is safe): a link to a file that
                is not a page, such as the update feed, which <LinkItem> would route or mark external. */}
            {item.html ? <span dangerouslySetInnerHTML={{__html: item.html}} /> : <LinkItem item={item} />}
          </li>
        ))}
      </ul>
      <GuidePdfLink />
    </nav>
  );
}
