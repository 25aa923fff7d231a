/**
 * PhoneMenu: the navbar menu on phones, a native <details> disclosure that works the same with or
 * without JavaScript (locked-down browsers, slow links before the scripts arrive). It leads to the
 * home page, each topic of the guide and the site map, from which every page is one click away,
 * and to the same page in the other language.
 * With JavaScript it also closes on Escape (focus back on its button) and after a navigation.
 */
import React, {useEffect, useRef, type KeyboardEvent, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {translate} from '@docusaurus/Translate';
import IconMenu from '@theme/Icon/Menu';
import GuideTopics from '@site/src/components/GuideTopics';
import LanguageLinks from '@site/src/components/LanguageLinks';
import styles from './styles.module.css';

export default function PhoneMenu(): ReactNode {
  const details = useRef<HTMLDetailsElement>(null);
  const {pathname} = useLocation();
  // The edition's own addresses: `/` is `/en/` in English.
  const home = useBaseUrl('/');
  const siteMap = useBaseUrl('/plan-du-site');
  const label = translate({id: 'phoneMenu.label', message: 'Menu', description: 'Name of the navbar menu on phones'});

  // A link followed inside the page (client-side navigation) leaves the menu open: close it.
  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [pathname]);

  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key === 'Escape' && details.current?.open) {
      details.current.open = false;
      details.current.querySelector('summary')?.focus();
    }
  };

  return (
    <details ref={details} className={styles.menu} onKeyDown={onKeyDown}>
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
