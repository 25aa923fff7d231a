/**
 * NoJsMenu: the phone menu that works without JavaScript, a native <details>. It is shown until the
 * page is hydrated (always, when JavaScript is off or blocked), then the theme's menu takes over.
 * It leads to the home page, each topic of the guide and the site map, from which every page is
 * one click away.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import IconMenu from '@theme/Icon/Menu';
import GuideTopics from '@site/src/components/GuideTopics';
import styles from './styles.module.css';

export default function NoJsMenu(): ReactNode {
  const label = translate({id: 'noJsMenu.label', message: 'Menu', description: 'Name of the phone menu without JavaScript'});
  return (
    <details className={styles.menu}>
      <summary className={styles.summary}>
        <IconMenu aria-hidden="true" />
        <span className="visually-hidden">{label}</span>
      </summary>
      <nav className={styles.panel} aria-label={label}>
        <ul>
          <li>
            <Link to="/">{translate({id: 'noJsMenu.home', message: 'Accueil'})}</Link>
          </li>
          <GuideTopics />
          <li>
            <Link to="/plan-du-site">{translate({id: 'noJsMenu.siteMap', message: 'Plan du site'})}</Link>
          </li>
        </ul>
      </nav>
    </details>
  );
}
