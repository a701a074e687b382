// The part of Pagefind's browser API (/pagefind/pagefind.js) the search page uses, loaded once on first use.

/** Pagefind's search API, as far as the search page uses it. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  /** Loads the WebAssembly module and the index's metadata, which a search would otherwise wait for. */
  init(): Promise<void>;
  /** Fetches the index chunks a search for `term` needs, so the search itself finds them loaded. */
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, "asc" | "desc"> }): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
}

/** Result counts per filter value, by filter name. */
export type FilterCounts = Record<string, Record<string, number>>;

/** One hit of a search, whose data loads on demand. */
export interface PagefindHit {
  id: string;
  /** Which metadata fields matched the query (Pagefind 1.5 and later). */
  matchedMetaFields?: string[];
  data(): Promise<PagefindResult>;
}

/** What a search returns. */
export interface PagefindResponse {
  results: PagefindHit[];
  filters: FilterCounts;
}

/** One result's data: its page, excerpt, metadata and filter values. */
export interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/**
 * Returns a function that loads Pagefind from under the site's path prefix on its first call (again after a failure):
 * the index in `index` ("de/pagefind/" for a language other than the default), else the default language's.
 */
export function pagefindLoader(pathPrefix: string, index = "pagefind/"): () => Promise<PagefindApi> {
  let pagefind: Promise<PagefindApi> | undefined;
  return () => {
    pagefind ??= (async () => {
      const api = (await import(`${pathPrefix}${index}pagefind.js`)) as PagefindApi;
      // No worker: it would cost another 41 KB before the first result, and our indexes search in milliseconds.
      // Aliases are names, so they count as much as titles; dates are no words anyone searches for.
      await api.options({ baseUrl: pathPrefix, excerptLength: 24, noWorker: true, ranking: { metaWeights: { title: 5, aliases: 5, updated: 0 } } });
      // What every search needs, loaded while the reader is still typing, as Pagefind's default UI does on focus.
      await api.init();
      return api;
    })();
    pagefind.catch(() => (pagefind = undefined));
    return pagefind;
  };
}
