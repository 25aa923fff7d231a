/**
 * The results page: reads `?q=` (the navbar's form leads here), runs the search and lists every
 * matching page with its excerpt and the sections where the words appear. A new search from the
 * page's own field updates the address (`?q=…`) without reloading. Loaded with the page
 * (site-search.ts); without JavaScript the page says that search needs it.
 */
import {readMessages, SearchRun, statusMessage, type SearchResult} from './search-engine';

function resultItem(result: SearchResult): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.title;
  heading.append(link);
  const excerpt = document.createElement('p');
  // Pagefind escapes the page's text; only its <mark> tags are markup.
  excerpt.innerHTML = result.excerpt;
  item.append(heading, excerpt);
  if (result.sections.length > 0) {
    const sections = document.createElement('ul');
    for (const section of result.sections) {
      const entry = document.createElement('li');
      const sectionLink = document.createElement('a');
      sectionLink.href = section.url;
      sectionLink.textContent = section.title;
      entry.append(sectionLink);
      if (section.excerpt) {
        const sectionExcerpt = document.createElement('span');
        sectionExcerpt.innerHTML = ` — ${section.excerpt}`;
        entry.append(sectionExcerpt);
      }
      sections.append(entry);
    }
    item.append(sections);
  }
  return item;
}

export function attachSearchPage(host: HTMLElement): void {
  const form = host.querySelector('form');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = host.querySelector<HTMLElement>('[role="status"]');
  const list = host.querySelector<HTMLElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  const messages = readMessages(host);
  const lang = document.documentElement.lang || 'fr';

  const search = new SearchRun(host.dataset.baseUrl ?? '/', () => {
    status.textContent = statusMessage(messages, search.state, search.results.length, search.answered, lang);
    if (search.state !== 'searching') list.replaceChildren(...search.results.map(resultItem));
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    window.history.replaceState(window.history.state, '', query ? `?q=${encodeURIComponent(query)}` : window.location.pathname);
    search.run(query);
  });

  const query = new URLSearchParams(window.location.search).get('q') ?? '';
  input.value = query;
  search.run(query);
}
