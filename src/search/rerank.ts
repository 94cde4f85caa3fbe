/**
 * Query-side re-ranking and article-level sub-results on top of Pagefind's documented JS API
 * (`search()` → results with `data()`; data has `content`, `meta`, `anchors`, `locations`, `sub_results`).
 *
 * Why: Pagefind splits an unknown two-character query (用印, 问责) into single characters and then
 * ranks a page where 用 and 印 are scattered as high as one containing 用印. We keep Pagefind's result set
 * and order, and move pages that contain the query as a contiguous phrase (title first, then the
 * hidden keywords/short title, then the body) ahead of the rest; stable otherwise.
 *
 * Why articles: Pagefind only makes sub-results from headings; articles are `<p id="第五条">`.
 * Pagefind still records every element with an id in `anchors` (with its text and word location), so
 * we build the sub-results from those: the article (or 款) holding the hits, linked at `#第五条`,
 * with the article's own text as the excerpt.
 *
 * Self-contained (no imports): bundled into the site by Vite, and type-stripped and injected into
 * Chromium as-is by scripts/search-eval.ts, so the evaluation measures exactly this code.
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

/** How many top results are checked for the phrase (their fragments are loaded, ~1–3 KB each). */
export const RERANK_DEPTH = 12;

/** Ids the text engine gives to articles, 款 and chapters: 第五条, 第五条第二款, 第二章. */
const ARTICLE_ID = /^第[〇零一二三四五六七八九十百千0-9]+(?:条|章)/;
const KEYWORDS_MARKER = '检索词';

/** The query as a phrase: whitespace-separated terms, lower-cased, without punctuation. */
export function queryTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[\s,，、;；。?？!！"“”'‘’《》()（）:：]+/u)
    .filter((term) => term.length > 0);
}

function lower(text: string | undefined): string {
  return (text ?? '').toLowerCase();
}

/**
 * 3: the title (or a short title/alias, which SearchMeta puts in `meta.title`-adjacent text) contains
 *    every term contiguously; 2: the keywords line does; 1: the body does; 0: none (characters scattered).
 */
export function phraseTier(terms: string[], data: Pick<PagefindData, 'content' | 'meta'>): number {
  if (terms.length === 0) return 0;
  const has = (text: string) => terms.every((term) => text.includes(term));
  if (has(lower(data.meta['title']))) return 3;
  const content = lower(data.content);
  const marker = content.indexOf(KEYWORDS_MARKER);
  if (marker >= 0) {
    // The hidden line "检索词：简称、别名、关键词。" that SearchMeta renders near the top of the page.
    const end = content.indexOf('。', marker);
    if (has(content.slice(marker, end < 0 ? undefined : end))) return 2;
  }
  return has(content) ? 1 : 0;
}

/** Stable re-order: higher phrase tier first, Pagefind's order within a tier. */
export function rerank<T>(items: T[], tierOf: (item: T) => number): T[] {
  return items
    .map((item, index) => ({ item, index, tier: tierOf(item) }))
    .sort((a, b) => b.tier - a.tier || a.index - b.index)
    .map(({ item }) => item);
}

/** Distinct two-character pieces of the terms (a term of one character is its own piece). */
export function bigrams(terms: string[]): string[] {
  const out = new Set<string>();
  for (const term of terms) {
    const chars = [...term];
    if (chars.length === 1) out.add(term);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  }
  return [...out];
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Escapes `text` and wraps every occurrence of the terms in <mark>, like Pagefind's excerpts. */
export function highlight(text: string, terms: string[], maxLength = 160): string {
  const clipped = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
  const wanted = [...terms].filter(Boolean).sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return escapeHtml(clipped);
  const source = clipped.toLowerCase();
  let out = '';
  let i = 0;
  while (i < clipped.length) {
    const term = wanted.find((candidate) => source.startsWith(candidate, i));
    if (term) {
      out += `<mark>${escapeHtml(clipped.slice(i, i + term.length))}</mark>`;
      i += term.length;
    } else {
      out += escapeHtml(clipped[i]!);
      i += 1;
    }
  }
  return out;
}

function withHash(url: string, id: string): string {
  return `${url.replace(/#.*$/, '')}#${encodeURIComponent(id)}`;
}

/** Readable label of an anchor id: 第五条第二款 stays, 第二章 stays. */
function anchorTitle(anchor: PagefindAnchor): string {
  return anchor.id;
}

/**
 * Article-level sub-results from the paragraph anchors (`<p id="第五条">`, `第五条第二款`):
 * each anchor owns the words up to the next anchor; anchors containing the phrase come first, then
 * the ones holding most hits. Falls back to Pagefind's own (heading) sub-results when the page has
 * no article anchors or no hit inside one.
 */
export function articleSubResults(terms: string[], data: PagefindData, limit = 3): PagefindSubResult[] | undefined {
  const anchors = (data.anchors ?? [])
    .filter((anchor) => ARTICLE_ID.test(anchor.id) && anchor.element !== 'h1')
    .sort((a, b) => a.location - b.location);
  if (anchors.length === 0) return undefined;
  const paragraphs = anchors.filter((anchor) => !/^h\d$/i.test(anchor.element));
  if (paragraphs.length === 0) return undefined;
  const locations = data.locations ?? [];
  const pieces = bigrams(terms);
  const scored = paragraphs.map((anchor) => {
    const next = anchors.find((other) => other.location > anchor.location);
    const end = next ? next.location : Number.POSITIVE_INFINITY;
    const hits = locations.filter((location) => location >= anchor.location && location < end);
    const text = lower(anchor.text);
    const phrase = terms.length > 0 && terms.every((term) => text.includes(term)) ? 1 : 0;
    // For a question typed without spaces (请假三天找谁批): how many of its two-character pieces occur.
    const some = pieces.filter((piece) => text.includes(piece)).length;
    // How often the query's terms occur: the article that keeps talking about 即办件 defines it.
    const occurrences = terms.reduce((sum, term) => sum + (term ? text.split(term).length - 1 : 0), 0);
    return { anchor, hits, phrase, some, occurrences };
  });
  const chosen = scored
    .filter((entry) => entry.phrase || entry.hits.length > 0)
    .sort(
      (a, b) =>
        b.phrase - a.phrase ||
        b.some - a.some ||
        b.occurrences - a.occurrences ||
        b.hits.length - a.hits.length ||
        a.anchor.location - b.anchor.location,
    )
    .slice(0, limit);
  if (chosen.length === 0) return undefined;
  return chosen.map(({ anchor, hits }) => ({
    title: anchorTitle(anchor),
    url: withHash(data.url, anchor.id),
    excerpt: highlight(anchor.text ?? '', terms.every((term) => lower(anchor.text).includes(term)) ? terms : pieces),
    // The default UI keeps the three sub-results with most locations; never empty so ours survive.
    locations: hits.length > 0 ? hits : [anchor.location],
    anchor,
  }));
}

/** Replaces a page's sub-results by article-level ones when it has article anchors. */
export function withArticleResults(terms: string[], data: PagefindData): PagefindData {
  const articles = articleSubResults(terms, data);
  if (!articles) return data;
  // Keep a root entry (page URL) first when Pagefind had one, so the UI shows the page excerpt too.
  const root = (data.sub_results ?? []).find((sub) => sub.url === data.url && !sub.anchor);
  return { ...data, sub_results: root ? [root, ...articles] : articles };
}

/**
 * Facet semantics for the filter checkboxes: OR within a filter, AND across filters. Pagefind reads a
 * plain array as "all of" (a page with status 重申 AND 修订: none), which is what the default UI passes.
 */
export function anyWithinFilter(filters: unknown): unknown {
  if (!filters || typeof filters !== 'object') return filters;
  return Object.fromEntries(
    Object.entries(filters as Record<string, unknown>).map(([name, value]) => [
      name,
      Array.isArray(value) ? (value.length === 1 ? value[0] : { any: value }) : value,
    ]),
  );
}

/**
 * Pagefind search, then phrase-first re-ranking of the top `depth` results and article sub-results.
 * Returns the same response shape with `results` re-ordered and each result's `data()` memoised.
 */
/** Words of a query as a Chinese reader splits it (`请假三天找谁批` → 请假 · 三天 · 找 · 谁 · 批). */
export function queryWords(query: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(query)].filter((part) => part.isWordLike).map((part) => part.segment);
}

/**
 * Pagefind requires every word of the query; a cadre's question (`请假三天找谁批`) holds words no
 * rule uses (找谁批) and so finds nothing. Then search word by word and rank pages by how much of
 * the query they cover (longer words count more), then by their summed Pagefind scores.
 */
async function searchAnyWord(
  pagefind: PagefindApi,
  term: string,
  options: object | undefined,
  empty: PagefindSearchResponse,
): Promise<PagefindSearchResponse> {
  const words = [...new Set(queryWords(term))];
  if (words.length < 2) return empty;
  const responses = await Promise.all(words.map((word) => pagefind.search(word, options)));
  // Single characters (找, 谁) match almost anything: they only break ties, unless the query has nothing else.
  const hasWords = words.some((word) => word.length > 1);
  const pages = new Map<string, { result: PagefindResult; coverage: number; score: number }>();
  responses.forEach((response, index) => {
    const word = words[index] ?? '';
    const weight = word.length > 1 || !hasWords ? word.length : 0;
    for (const result of response?.results ?? []) {
      const page = pages.get(result.id);
      if (page) {
        page.coverage += weight;
        page.score += result.score;
      } else pages.set(result.id, { result, coverage: weight, score: result.score });
    }
  });
  const results = [...pages.values()]
    .filter((page) => page.coverage > 0)
    .sort((a, b) => b.coverage - a.coverage || b.score - a.score)
    .map((page) => page.result);
  return { ...empty, results };
}

export async function rankedSearch(
  pagefind: PagefindApi,
  term: string,
  options?: object,
  depth = RERANK_DEPTH,
): Promise<PagefindSearchResponse | null> {
  const opts = options as { filters?: unknown } | undefined;
  const searchOptions = opts?.filters ? { ...opts, filters: anyWithinFilter(opts.filters) } : options;
  let response = await pagefind.search(term, searchOptions);
  if (!response || !Array.isArray(response.results)) return response;
  if (response.results.length === 0) response = await searchAnyWord(pagefind, term, searchOptions, response);
  const terms = queryTerms(term);
  const memo = new Map<PagefindResult, Promise<PagefindData>>();
  const load = (result: PagefindResult) => {
    let promise = memo.get(result);
    if (!promise) {
      promise = result.data().then((data) => withArticleResults(terms, data));
      memo.set(result, promise);
    }
    return promise;
  };
  const head = response.results.slice(0, depth);
  const tail = response.results.slice(depth);
  const loaded = await Promise.all(head.map(async (result) => ({ result, data: await load(result) })));
  const ordered = rerank(loaded, ({ data }) => phraseTier(terms, data)).map(({ result }) => result);
  const wrap = (result: PagefindResult): PagefindResult => ({ ...result, data: () => load(result) });
  return { ...response, results: [...ordered, ...tail].map(wrap) };
}
