/**
 * « Recherche »: the results page, at `/recherche` of each edition (a route the search plugin adds,
 * index.ts). The navbar's form leads here with `?q=`; the page's island
 * searches in the browser and lists every matching page with its sections. Without JavaScript, it
 * says so and leads to the site map.
 */
import React, {type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import SearchPage from '../Search/SearchPage';

export default function SearchRoute(): ReactNode {
  const title = translate({id: 'search.page.title', message: 'Recherche'});
  return (
    <Layout
      title={title}
      description={translate({
        id: 'search.page.description',
        message: 'Rechercher un mot dans toutes les pages du guide Communs numériques, avec ou sans accents.',
      })}
    >
      <main className="container margin-vert--lg" data-pagefind-ignore="all">
        <SearchPage title={title} />
      </main>
    </Layout>
  );
}
