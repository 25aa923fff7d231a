/**
 * What search says (src/features/search/client/search-engine.ts reads them from `data-messages`),
 * translated at build time: progress, no result, the number of results, search unavailable.
 */
import {translate} from '@docusaurus/Translate';
import type {SearchMessages} from '@site/src/features/search/client/search-engine';

export function searchMessages(): SearchMessages {
  return {
    searching: translate({id: 'search.status.searching', message: 'Recherche en cours…'}),
    unavailable: translate({
      id: 'search.status.unavailable',
      message: 'La recherche est indisponible\u00a0: son index n’a pas pu être chargé. Le plan du site liste toutes les pages.',
    }),
    // `{query}` and `{count}` stay placeholders: the island fills them.
    none: translate({id: 'search.status.none', message: 'Aucun résultat pour «\u202f{query}\u202f»'}, {query: '{query}'}),
    count: translate(
      {
        id: 'search.status.count',
        message: 'Un résultat pour «\u202f{query}\u202f»|{count} résultats pour «\u202f{query}\u202f»',
        description: 'Plural forms of the number of search results, separated by |',
      },
      {count: '{count}', query: '{query}'},
    ),
    allResults: translate({id: 'search.navbar.all', message: 'Voir tous les résultats'}),
  };
}
