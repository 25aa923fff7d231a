/**
 * « Recherche »: the results page. Reads `?q=` (the navbar's form leads here), runs the search in
 * the browser and lists every matching page with its sections. Without JavaScript, it says so and
 * leads to the site map.
 */
import React, {useEffect, useState, type FormEvent, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import SearchResults from '@site/src/components/Search/SearchResults';
import {useSearch} from '@site/src/components/Search/useSearch';
import styles from '@site/src/components/Search/page.module.css';

export default function SearchPage(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const search = useSearch();
  const [query, setQuery] = useState('');
  const {run} = search;

  // The query comes from the address, which the static HTML cannot know: read it once hydrated.
  useEffect(() => {
    const fromAddress = new URLSearchParams(location.search).get('q') ?? '';
    setQuery(fromAddress);
    run(fromAddress);
  }, [location.search, run]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    history.replace({search: query.trim() ? `?q=${encodeURIComponent(query.trim())}` : ''});
  };

  const title = translate({id: 'search.page.title', message: 'Recherche'});
  return (
    <Layout
      title={title}
      description={translate({
        id: 'search.page.description',
        message: 'Rechercher un mot dans toutes les pages du guide Communs numériques, avec ou sans accents.',
      })}>
      <main className="container margin-vert--lg" data-pagefind-ignore="all">
        <div className={styles.page}>
          <h1>{title}</h1>
          <form role="search" method="get" onSubmit={onSubmit} className={styles.form}>
            <label htmlFor="recherche-texte" className={styles.label}>
              {translate({id: 'search.page.label', message: 'Mots à rechercher dans le guide'})}
            </label>
            <div className={styles.field}>
              <input
                id="recherche-texte"
                className={styles.input}
                type="search"
                name="q"
                autoComplete="off"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
              <button type="submit" className="button button--primary">
                {translate({id: 'search.page.submit', message: 'Rechercher'})}
              </button>
            </div>
          </form>
          <p className="no-js-only">
            {translate({
              id: 'search.page.noJavascript',
              message: 'La recherche a besoin de JavaScript, qui est désactivé dans ce navigateur.',
            })}{' '}
            <Link to="/plan-du-site">
              {translate({id: 'search.page.siteMap', message: 'Le plan du site liste toutes les pages.'})}
            </Link>
          </p>
          <p role="status" className={styles.status}>
            {search.message}
          </p>
          <SearchResults results={search.results} />
        </div>
      </main>
    </Layout>
  );
}
