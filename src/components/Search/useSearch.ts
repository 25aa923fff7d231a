/**
 * useSearch: runs the searches of one search box, the latest query winning, and says in words
 * (for the live region) where it stands.
 */
import {useCallback, useEffect, useRef, useState} from 'react';
import {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {loadSearch, searchGuide, type SearchResult} from './pagefind';

export type SearchState = 'idle' | 'searching' | 'done' | 'unavailable';

export interface Search {
  state: SearchState;
  results: SearchResult[];
  /** The query the results answer. */
  answered: string;
  /** What the live region says: progress, number of results, or why search is unavailable. */
  message: string;
  /** Starts loading the engine, e.g. when the search box gets the focus. */
  prepare(): void;
  run(query: string): void;
}

export function useSearch({limit, delay = 0}: {limit?: number; delay?: number} = {}): Search {
  const baseUrl = useBaseUrl('/');
  const {selectMessage} = usePluralForm();
  const [state, setState] = useState<SearchState>('idle');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [answered, setAnswered] = useState('');
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const prepare = useCallback(() => {
    loadSearch(baseUrl).catch(() => setState('unavailable'));
  }, [baseUrl]);

  const run = useCallback(
    (query: string) => {
      clearTimeout(timer.current);
      const ticket = ++latest.current;
      const trimmed = query.trim();
      if (trimmed === '') {
        setState('idle');
        setResults([]);
        setAnswered('');
        return;
      }
      setState('searching');
      timer.current = setTimeout(() => {
        searchGuide(baseUrl, trimmed, limit).then(
          (found) => {
            if (ticket !== latest.current) return;
            setResults(found);
            setAnswered(trimmed);
            setState('done');
          },
          () => {
            if (ticket === latest.current) setState('unavailable');
          },
        );
      }, delay);
    },
    [baseUrl, limit, delay],
  );

  let message = '';
  if (state === 'searching') {
    message = translate({id: 'search.status.searching', message: 'Recherche en cours…'});
  } else if (state === 'unavailable') {
    message = translate({
      id: 'search.status.unavailable',
      message: 'La recherche est indisponible\u00a0: son index n’a pas pu être chargé. Le plan du site liste toutes les pages.',
    });
  } else if (state === 'done' && results.length === 0) {
    // Apart: in French, 0 takes the singular plural form (« 0 résultat »), which reads badly.
    message = translate({id: 'search.status.none', message: 'Aucun résultat pour « {query} »'}, {query: answered});
  } else if (state === 'done') {
    message = selectMessage(
      results.length,
      translate(
        {
          id: 'search.status.count',
          message: 'Un résultat pour « {query} »|{count} résultats pour « {query} »',
          description: 'Plural forms of the number of search results, separated by |',
        },
        {count: results.length, query: answered},
      ),
    );
  }
  return {state, results, answered, message, prepare, run};
}
