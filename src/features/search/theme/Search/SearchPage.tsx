/**
 * SearchPage: the results page's form and results (theme/SearchRoute, at /recherche). The server writes the
 * form, the place of the results, and the note for readers without JavaScript; `<search-page>`, an
 * island (src/features/search/client/search-page.ts), reads `?q=`, searches and lists the results.
 */
import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {translate} from '@docusaurus/Translate';
import {searchMessages} from './messages';
import styles from './page.module.css';

export default function SearchPage({title}: {title: string}): ReactNode {
  return (
    <search-page className={styles.page} data-base-url={useBaseUrl('/')} data-messages={JSON.stringify(searchMessages())}>
      <h1>{title}</h1>
      <form role="search" method="get">
        <label htmlFor="recherche-texte" className={styles.label}>
          {translate({id: 'search.page.label', message: 'Mots à rechercher dans le guide'})}
        </label>
        <div className={styles.field}>
          <input id="recherche-texte" className={styles.input} type="search" name="q" autoComplete="off" />
          <button type="submit" className="button button--primary">
            {translate({id: 'search.page.submit', message: 'Rechercher'})}
          </button>
        </div>
      </form>
      <p className={clsx('no-js-only', styles.withoutScripts)}>
        {translate({
          id: 'search.page.noJavascript',
          message: 'La recherche a besoin de JavaScript, qui est désactivé dans ce navigateur.',
        })}{' '}
        <Link to="/plan-du-site">{translate({id: 'search.page.siteMap', message: 'Le plan du site liste toutes les pages.'})}</Link>
      </p>
      <p role="status" className={styles.status} />
      <ol className={styles.results} data-search-results="" />
    </search-page>
  );
}
