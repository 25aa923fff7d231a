/**
 * SiteMapPage: « Plan du site », every page of the guide in reading order (from the sidebar, so it
 * never goes stale), then the site's other pages (home, accessibility, legal notices…).
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import {usePublicPages} from '@site/src/components/SiteSettings';
import type {OutlineEntry} from '@site/src/plugins/guide-outline/outline';
import styles from './styles.module.css';

export interface SiteMapPageProps {
  outline: OutlineEntry[];
}

function OutlineList({entries}: {entries: OutlineEntry[]}): ReactNode {
  return (
    <ul className={styles.list}>
      {entries.map((entry) => (
        <li key={entry.permalink ?? entry.title}>
          {entry.permalink ? <Link to={entry.permalink}>{entry.title}</Link> : <span>{entry.title}</span>}
          {entry.description ? <p className={styles.description}>{entry.description}</p> : null}
          {entry.children?.length ? <OutlineList entries={entry.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

export default function SiteMapPage({outline}: SiteMapPageProps): ReactNode {
  const otherPages = usePublicPages().filter((page) => page.to !== '/plan-du-site');
  return (
    <Layout
      title="Plan du site"
      description="Toutes les pages du guide Communs numériques, dans l’ordre de lecture, et les autres pages du site.">
      <main className="container margin-vert--lg" data-pagefind-ignore="all">
        <div className={styles.page}>
          <h1>Plan du site</h1>
          <h2 id="le-guide">Le guide</h2>
          <OutlineList entries={outline} />
          <h2 id="autres-pages">Autres pages</h2>
          <ul className={styles.list}>
            <li>
              <Link to="/">Accueil</Link>
            </li>
            <li>
              <Link to="/recherche">Recherche</Link>
            </li>
            {otherPages.map((page) => (
              <li key={page.to}>
                <Link to={page.to}>{page.title}</Link>
              </li>
            ))}
          </ul>
        </div>
      </main>
    </Layout>
  );
}
