/**
 * The navbar's search box, as an ARIA 1.2 combobox: suggestions as the reader types, announced by a
 * live region, browsed with ↑/↓ (the text itself between the last and the first), opened with
 * Enter or a click; Escape closes them, then empties the field; Enter on the text opens the results
 * page (the form's own submission). Loaded on the field's first focus (site-search.ts).
 */
import {readMessages, SearchRun, statusMessage} from './search-engine';

/** Suggestions shown under the box; the results page shows them all. */
const suggestionCount = 5;

interface Option {
  url: string;
  title?: string;
  excerpt?: string;
}

export function attachSearchBox(host: HTMLElement, input: HTMLInputElement): void {
  const form = input.form;
  const listboxElement = host.querySelector<HTMLElement>('[role="listbox"]');
  const statusElement = host.querySelector<HTMLElement>('[role="status"]');
  if (!form || !listboxElement || !statusElement) return;
  const listbox: HTMLElement = listboxElement;
  const status: HTMLElement = statusElement;
  const messages = readMessages(host);
  const lang = document.documentElement.lang || 'fr';
  let expanded = true;
  let active = -1;
  let options: Option[] = [];

  const search = new SearchRun(host.dataset.baseUrl ?? '/', () => render(), {limit: suggestionCount, delay: 120});
  const resultsPage = () => `${form.action.split('?')[0]}?q=${encodeURIComponent(input.value.trim())}`;
  const optionId = (index: number) => `${listbox.id}-option-${index}`;
  const isOpen = () => expanded && input.value.trim() !== '' && search.state !== 'idle';

  function render(): void {
    const open = isOpen();
    options = [
      ...search.results.map((result) => ({url: result.url, title: result.title, excerpt: result.excerpt})),
      ...(input.value.trim() ? [{url: resultsPage()}] : []),
    ];
    if (active >= options.length) active = -1;
    listbox.replaceChildren(
      ...(open
        ? options.map((option, index) => {
            const item = document.createElement('li');
            item.id = optionId(index);
            item.setAttribute('role', 'option');
            item.setAttribute('aria-selected', String(index === active));
            if (option.title === undefined) {
              item.dataset.allResults = '';
              item.textContent = messages.allResults ?? '';
            } else {
              const title = document.createElement('span');
              title.textContent = option.title;
              const excerpt = document.createElement('span');
              // Pagefind escapes the page's text; only its <mark> tags are markup.
              excerpt.innerHTML = option.excerpt ?? '';
              item.append(title, excerpt);
            }
            // mousedown, not click: the field keeps the focus until the page opens.
            item.addEventListener('mousedown', (event) => {
              event.preventDefault();
              window.location.assign(option.url);
            });
            return item;
          })
        : []),
    );
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (open && active >= 0) input.setAttribute('aria-activedescendant', optionId(active));
    else input.removeAttribute('aria-activedescendant');
    status.textContent = open ? statusMessage(messages, search.state, search.results.length, search.answered, lang) : '';
  }

  input.addEventListener('focus', () => {
    expanded = true;
    render();
  });
  input.addEventListener('blur', () => {
    expanded = false;
    render();
  });
  input.addEventListener('input', () => {
    expanded = true;
    active = -1;
    search.run(input.value);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!isOpen() || options.length === 0) {
        expanded = true;
        render();
        return;
      }
      event.preventDefault();
      // -1 is the text itself: the arrows cycle through it and the options.
      if (event.key === 'ArrowDown') active = active + 1 >= options.length ? -1 : active + 1;
      else active = active - 1 < -1 ? options.length - 1 : active - 1;
      render();
    } else if (event.key === 'Escape') {
      if (isOpen()) {
        event.preventDefault();
        expanded = false;
        active = -1;
        render();
      } else {
        input.value = '';
        search.run('');
      }
    } else if (event.key === 'Enter' && isOpen() && active >= 0 && active < options.length) {
      event.preventDefault();
      window.location.assign(options[active]!.url);
    }
  });
  // Enter on the text submits the form to the results page; an empty field goes nowhere.
  form.addEventListener('submit', (event) => {
    if (input.value.trim() === '') event.preventDefault();
  });

  search.prepare();
  // What the reader typed while this code was on its way.
  if (input.value.trim()) search.run(input.value);
  render();
}
