/**
 * The search engine in the browser, shared by the navbar's box and the results page: Pagefind's
 * script and index, fetched from the edition's `pagefind/` the first time a reader searches (never
 * with the page), then queried; results come back as plain data. Also the words the live regions
 * say, in the page's language (the server wrote them in `data-messages`).
 *
 * Loaded on demand with the search code, it imports nothing from the islands module: a shared import
 * would cost every page one more request, in series, before the islands run.
 */

interface Pagefind {
  options(options: {baseUrl?: string; excerptLength?: number}): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{results: Array<{data(): Promise<PagefindData>}>}>;
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: {title?: string};
  sub_results?: Array<{title: string; url: string; excerpt: string}>;
}

export interface SearchSection {
  url: string;
  title: string;
  /** HTML: text with the matched words in <mark>; empty when it is the page's own. */
  excerpt: string;
}

export interface SearchResult {
  url: string;
  title: string;
  /** HTML: Pagefind escapes the page's text; its <mark> tags are the only markup. */
  excerpt: string;
  sections: SearchSection[];
}

/** The texts of src/features/search/theme/Search/messages.ts. */
export interface SearchMessages {
  searching: string;
  unavailable: string;
  none: string;
  /** Plural forms separated by `|`, as Docusaurus writes them. */
  count: string;
  allResults: string;
}

/** The messages the server wrote in `data-messages`; {} when absent or unreadable. */
export function readMessages(host: HTMLElement): Partial<SearchMessages> {
  try {
    return (JSON.parse(host.dataset.messages ?? '{}') ?? {}) as Partial<SearchMessages>;
  } catch {
    return {};
  }
}

const fill = (message: string, values: Record<string, string | number>) =>
  message.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once; `baseUrl` is the edition's, ending with `/`. A failed load may be retried. */
export function loadSearch(baseUrl: string): Promise<Pagefind> {
  if (!loading) {
    loading = (async () => {
      const module = (await import(/* webpackIgnore: true */ `${baseUrl}pagefind/pagefind.js`)) as Pagefind;
      await module.options({baseUrl, excerptLength: 24});
      await module.init();
      return module;
    })();
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

/** The pages that match `query`, best first, at most `limit`. */
export async function searchGuide(baseUrl: string, query: string, limit = Infinity): Promise<SearchResult[]> {
  const pagefind = await loadSearch(baseUrl);
  const {results} = await pagefind.search(query);
  const pages = await Promise.all(results.slice(0, limit).map((result) => result.data()));
  return pages.map((page) => ({
    url: page.url,
    title: page.meta.title ?? page.url,
    excerpt: page.excerpt,
    sections: (page.sub_results ?? [])
      .filter((section) => section.url.includes('#'))
      // A section whose excerpt is the page's own shows only its title.
      .map(({title, url, excerpt}) => ({title, url, excerpt: excerpt === page.excerpt ? '' : excerpt})),
  }));
}

/** Plural categories in the order Docusaurus gives its `|`-separated forms. */
const categoryOrder: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The form of `forms` (separated by `|`) for `count`, chosen as Docusaurus's usePluralForm does. */
export function pluralForm(forms: string, count: number, lang: string): string {
  const parts = forms.split('|');
  const rules = new Intl.PluralRules(lang);
  const categories = categoryOrder.filter((category) => rules.resolvedOptions().pluralCategories.includes(category));
  const index = categories.indexOf(rules.select(count));
  return parts[Math.min(Math.max(index, 0), parts.length - 1)]!;
}

export type SearchState = 'idle' | 'searching' | 'done' | 'unavailable';

/** What the live region says: progress, the number of results, or why search is unavailable. */
export function statusMessage(messages: Partial<SearchMessages>, state: SearchState, results: number, query: string, lang: string): string {
  if (state === 'searching') return messages.searching ?? '';
  if (state === 'unavailable') return messages.unavailable ?? '';
  if (state !== 'done') return '';
  // Apart: in French, 0 takes the singular form (« 0 résultat »), which reads badly.
  if (results === 0) return fill(messages.none ?? '', {query});
  return fill(pluralForm(messages.count ?? '', results, lang), {count: results, query});
}

/**
 * Runs the searches of one search field, the latest query winning; `onChange` hears each step.
 */
export class SearchRun {
  state: SearchState = 'idle';
  results: SearchResult[] = [];
  /** The query the results answer. */
  answered = '';
  private ticket = 0;
  private timer: number | undefined;

  constructor(
    private readonly baseUrl: string,
    private readonly onChange: () => void,
    private readonly options: {limit?: number; delay?: number} = {},
  ) {}

  prepare(): void {
    loadSearch(this.baseUrl).catch(() => {
      this.state = 'unavailable';
      this.onChange();
    });
  }

  run(query: string): void {
    window.clearTimeout(this.timer);
    const ticket = ++this.ticket;
    const trimmed = query.trim();
    if (trimmed === '') {
      Object.assign(this, {state: 'idle', results: [], answered: ''});
      this.onChange();
      return;
    }
    this.state = 'searching';
    this.onChange();
    this.timer = window.setTimeout(() => {
      searchGuide(this.baseUrl, trimmed, this.options.limit).then(
        (found) => {
          if (ticket !== this.ticket) return;
          Object.assign(this, {state: 'done', results: found, answered: trimmed});
          this.onChange();
        },
        () => {
          if (ticket !== this.ticket) return;
          this.state = 'unavailable';
          this.onChange();
        },
      );
    }, this.options.delay ?? 0);
  }
}
