/**
 * The search engine in the browser: Pagefind's script and index, fetched from `pagefind/` the first
 * time a reader searches (never with the page), then queried; results come back as plain data.
 */

/** The part of Pagefind's browser API the site uses. */
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
  title: string;
  url: string;
  /** HTML: text with the matched words in <mark>. */
  excerpt: string;
}

export interface SearchResult {
  url: string;
  title: string;
  /** HTML: text with the matched words in <mark>. */
  excerpt: string;
  /** Sections of the page where the words appear, with their anchor. */
  sections: SearchSection[];
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind once; `baseUrl` is the site's, ending with `/`. */
export function loadSearch(baseUrl: string): Promise<Pagefind> {
  if (!loading) {
    loading = (async () => {
      // A runtime URL, left alone by the bundler: the index is written after the build.
      const module = (await import(/* webpackIgnore: true */ `${baseUrl}pagefind/pagefind.js`)) as Pagefind;
      await module.options({baseUrl, excerptLength: 24});
      await module.init();
      return module;
    })();
    // A failed load (offline, development server) may be retried at the next search.
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
