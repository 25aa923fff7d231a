/**
 * SiteMapPage: « Plan du site », every page of the guide in reading order (from the sidebar, so it
 * never goes stale), then the site's other pages (home, accessibility, legal notices…).
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import {usePublicPages} from '@site/src/shared/client/public-pages';
import type {OutlineEntry} from '@site/src/features/guide-outline/outline';
import styles from './styles.module.css';

export interface SiteMapPageProps {
  outline: OutlineEntry[];
}

function OutlineList({entries}: {entries: OutlineEntry[]}): ReactNode {
  return (
    <ul className={styles.list}>
      {entries.map((entry) => (
        <li key={entry.permalink ?? entry.title}>
          {entry.permalink ? (
            <Link to={entry.permalink} lang={entry.lang}>
              {entry.title}
            </Link>
          ) : (
            <span lang={entry.lang}>{entry.title}</span>
          )}
          {entry.description ? (
            <p className={styles.description} lang={entry.descriptionLang ?? entry.lang}>
              {entry.description}
            </p>
          ) : null}
          {entry.children?.length ? <OutlineList entries={entry.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

export default function SiteMapPage({outline}: SiteMapPageProps): ReactNode {
  const otherPages = usePublicPages().filter((page) => page.to !== '/plan-du-site');
  const title = translate({id: 'siteMap.title', message: 'Plan du site', description: 'Title of the site map page'});
  return (
    <Layout
      title={title}
      description={translate({
        id: 'siteMap.description',
        message: 'Toutes les pages du guide Communs numériques, dans l’ordre de lecture, et les autres pages du site.',
        description: 'Description of the site map page, for search engines and link previews',
      })}
    >
      <main className="container margin-vert--lg" data-pagefind-ignore="all">
        <div className={styles.page}>
          <h1>{title}</h1>
          {/* The same ids in every language: a link to a section survives the language switch. */}
          <h2 id="le-guide">{translate({id: 'siteMap.guide', message: 'Le guide', description: 'Site map: heading of the list of the guide pages'})}</h2>
          <OutlineList entries={outline} />
          <h2 id="autres-pages">
            {translate({id: 'siteMap.otherPages', message: 'Autres pages', description: 'Site map: heading of the list of the pages outside the guide'})}
          </h2>
          <ul className={styles.list}>
            <li>
              <Link to="/">{translate({id: 'siteMap.home', message: 'Accueil', description: 'Site map: link to the home page'})}</Link>
            </li>
            <li>
              <Link to="/recherche">{translate({id: 'siteMap.search', message: 'Recherche', description: 'Site map: link to the search page'})}</Link>
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
