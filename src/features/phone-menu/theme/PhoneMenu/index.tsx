/**
 * PhoneMenu: the navbar menu on phones, a native <details> disclosure that works the same with or
 * without JavaScript (locked-down browsers, slow links before the scripts arrive). It leads to the
 * home page, each topic of the guide and the site map, from which every page is one click away,
 * and to the same page in the other language.
 * With JavaScript an island (src/features/phone-menu/client/phone-menu.ts) also closes it on Escape (focus
 * back on its button) and when one of its links leads to a section of the same page.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {translate} from '@docusaurus/Translate';
import IconMenu from '@theme/Icon/Menu';
import GuideTopics from '@site/src/features/guide-outline/theme/GuideTopics';
import LanguageLinks from '@site/src/features/translations/theme/LanguageLinks';
import styles from './styles.module.css';

export default function PhoneMenu(): ReactNode {
  const {pathname} = useLocation();
  // The edition's own addresses: `/` is `/en/` in English.
  const home = useBaseUrl('/');
  const siteMap = useBaseUrl('/plan-du-site');
  const label = translate({id: 'phoneMenu.label', message: 'Menu', description: 'Name of the navbar menu on phones'});

  return (
    // `key`: a client-side navigation (pages that keep React) renders a new, closed menu.
    <details key={pathname} className={styles.menu} data-phone-menu="">
      <summary className={styles.summary}>
        <IconMenu aria-hidden="true" />
        <span className="visually-hidden">{label}</span>
      </summary>
      <nav className={styles.panel} aria-label={label}>
        <ul>
          <li>
            <Link to="/" aria-current={pathname === home ? 'page' : undefined}>
              {translate({id: 'phoneMenu.home', message: 'Accueil'})}
            </Link>
          </li>
          <GuideTopics />
          <li>
            <Link to="/plan-du-site" aria-current={pathname === siteMap ? 'page' : undefined}>
              {translate({id: 'phoneMenu.siteMap', message: 'Plan du site'})}
            </Link>
          </li>
          <li className={styles.languages}>
            <LanguageLinks />
          </li>
        </ul>
      </nav>
    </details>
  );
}
