/**
 * The parts of Pagefind's documented JS API the search uses (`search()` → results with `data()`, `filters()`; data
 * has `content`, `meta`, `anchors`, `locations`, `sub_results`). Types only.
 */

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations?: unknown[];
  anchor?: PagefindAnchor;
}

export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
  anchors?: PagefindAnchor[];
  locations?: number[];
  sub_results?: PagefindSubResult[];
  [key: string]: unknown;
}

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindData>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
  /** Per filter value, how many results carry it (src/search/facet-counts.ts for the ranked search). */
  filters?: Record<string, Record<string, number>>;
  [key: string]: unknown;
}

export interface PagefindApi {
  /** `term` null: a filter-only search (every page carrying the filters). */
  search(term: string | null, options?: object): Promise<PagefindSearchResponse | null>;
  /** Every filter and value in the index, with its page count. */
  filters(): Promise<Record<string, Record<string, number>>>;
}
