/**
 * The parts of Pagefind's documented JS API the search uses (`search()` → results with `data()`; data
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
  [key: string]: unknown;
}

export interface PagefindApi {
  search(term: string, options?: object): Promise<PagefindSearchResponse | null>;
}
