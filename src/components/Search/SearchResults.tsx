/** SearchResults: the results of a search, each page with its highlighted excerpt and sections. */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {SearchResult} from './pagefind';
import styles from './styles.module.css';

export default function SearchResults({results}: {results: SearchResult[]}): ReactNode {
  return (
    <ol className={styles.results}>
      {results.map((result) => (
        <li key={result.url} className={styles.result}>
          <h2 className={styles.resultTitle}>
            <Link to={result.url}>{result.title}</Link>
          </h2>
          {/* Pagefind escapes the page text; only its <mark> tags are markup. */}
          <p className={styles.excerpt} dangerouslySetInnerHTML={{__html: result.excerpt}} />
          {result.sections.length > 0 ? (
            <ul className={styles.sections}>
              {result.sections.map((section) => (
                <li key={section.url}>
                  <Link to={section.url}>{section.title}</Link>
                  {section.excerpt ? (
                    <span className={styles.excerpt} dangerouslySetInnerHTML={{__html: ` — ${section.excerpt}`}} />
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
