/**
 * NavbarSearch: the search box of the navbar. Without JavaScript it is a plain form that leads to the
 * results page. `<site-search>`, an island (src/features/search/client/site-search.ts), makes it an
 * ARIA 1.2 combobox with suggestions; the engine is fetched on the box's first focus, never before.
 * On phones, where the navbar has no room for a field, a button-sized link leads to the results
 * page and its own search field.
 */
import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {translate} from '@docusaurus/Translate';
import {searchMessages} from './messages';
import styles from './styles.module.css';

/** One box per page: fixed ids, which the island's option ids extend. */
const inputId = 'recherche-navbar';
const listboxId = 'recherche-navbar-suggestions';

export default function NavbarSearch(): ReactNode {
  const label = translate({id: 'search.navbar.label', message: 'Rechercher dans le guide'});
  return (
    <site-search data-base-url={useBaseUrl('/')} data-messages={JSON.stringify(searchMessages())}>
      <Link to="/recherche" className={styles.phoneLink}>
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="visually-hidden">{label}</span>
      </Link>
      <form role="search" action={useBaseUrl('/recherche')} method="get" className={styles.navbarForm}>
        <label htmlFor={inputId} className="visually-hidden">
          {label}
        </label>
        <input
          id={inputId}
          className={styles.navbarInput}
          type="search"
          name="q"
          autoComplete="off"
          spellCheck={false}
          placeholder={translate({id: 'search.navbar.placeholder', message: 'Rechercher'})}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={false}
          aria-controls={listboxId}
        />
        <ul id={listboxId} role="listbox" aria-label={label} className={styles.listbox} hidden />
        <p role="status" className="visually-hidden" />
      </form>
    </site-search>
  );
}
