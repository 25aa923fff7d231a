/**
 * NavbarSearch: the search box of the navbar, an ARIA 1.2 combobox. The engine is fetched when the
 * box gets the focus, never before; suggestions are announced, browsed with the arrow keys, opened
 * with Enter; Enter on the text opens the results page. Without JavaScript it is a plain form that
 * leads to the results page. On phones, where the navbar has no room for a field, a button-sized
 * link leads to the results page and its own search field.
 */
import React, {useId, useState, type FormEvent, type KeyboardEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {useHistory} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useSearch} from './useSearch';
import styles from './styles.module.css';

/** Suggestions shown under the box; the results page shows them all. */
const suggestionCount = 5;

export default function NavbarSearch(): ReactNode {
  const id = useId();
  const history = useHistory();
  const searchPage = useBaseUrl('/recherche');
  const search = useSearch({limit: suggestionCount, delay: 120});
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(-1);

  const resultsPage = `${searchPage}?q=${encodeURIComponent(query.trim())}`;
  // The suggestions, then « all results » as the last option.
  const options = [
    ...search.results.map((result) => ({key: result.url, url: result.url, result})),
    ...(query.trim() ? [{key: 'all', url: resultsPage, result: undefined}] : []),
  ];
  const open = expanded && query.trim() !== '' && search.state !== 'idle';
  const optionId = (index: number) => `${id}-option-${index}`;

  const go = (url: string) => {
    setExpanded(false);
    setActive(-1);
    history.push(url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open || options.length === 0) {
        setExpanded(true);
        return;
      }
      event.preventDefault();
      // -1 is the text itself: the arrows cycle through it and the options.
      setActive((current) => {
        if (event.key === 'ArrowDown') return current + 1 >= options.length ? -1 : current + 1;
        return current - 1 < -1 ? options.length - 1 : current - 1;
      });
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setExpanded(false);
        setActive(-1);
      } else {
        setQuery('');
        search.run('');
      }
    } else if (event.key === 'Enter' && open && active >= 0 && active < options.length) {
      event.preventDefault();
      go(options[active]!.url);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (query.trim()) go(resultsPage);
  };

  const label = translate({id: 'search.navbar.label', message: 'Rechercher dans le guide'});
  return (
    <>
    <Link to="/recherche" className={styles.phoneLink} onFocus={search.prepare}>
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <span className="visually-hidden">{label}</span>
    </Link>
    <form role="search" action={searchPage} method="get" className={styles.navbarForm} onSubmit={onSubmit}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {label}
      </label>
      <input
        id={`${id}-input`}
        className={styles.navbarInput}
        type="search"
        name="q"
        autoComplete="off"
        spellCheck={false}
        placeholder={translate({id: 'search.navbar.placeholder', message: 'Rechercher'})}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        value={query}
        onFocus={() => {
          search.prepare();
          setExpanded(true);
        }}
        onBlur={() => setExpanded(false)}
        onChange={(event) => {
          setQuery(event.target.value);
          setExpanded(true);
          setActive(-1);
          search.run(event.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-listbox`} role="listbox" aria-label={label} className={clsx(styles.listbox, !open && styles.hidden)}>
        {open
          ? options.map((option, index) => (
              <li
                key={option.key}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={clsx(styles.option, index === active && styles.active, !option.result && styles.allResults)}
                // mousedown, not click: the input keeps the focus until the link is followed.
                onMouseDown={(event) => {
                  event.preventDefault();
                  go(option.url);
                }}>
                {option.result ? (
                  <>
                    <span className={styles.optionTitle}>{option.result.title}</span>
                    <span className={styles.optionExcerpt} dangerouslySetInnerHTML={{__html: option.result.excerpt}} />
                  </>
                ) : (
                  translate({id: 'search.navbar.all', message: 'Voir tous les résultats'})
                )}
              </li>
            ))
          : null}
      </ul>
      <p role="status" className="visually-hidden">
        {open ? search.message : ''}
      </p>
    </form>
    </>
  );
}
