/**
 * Query-side re-ranking on top of Pagefind's documented JS API, with article-level sub-results
 * (articles.ts) and question matching (text-match.ts).
 *
 * Why: Pagefind splits an unknown two-character query (用印, 问责) into single characters and then
 * ranks a page where 用 and 印 are scattered as high as one containing 用印. We keep Pagefind's result set
 * and order, and move pages that contain the query as a contiguous phrase (title first, then the
 * hidden keywords/short title, then the body) ahead of the rest; stable otherwise.
 *
 * Then, among pages no phrase decides, the page where one article answers the question ranks first.
 *
 * Imports only its sibling modules (no packages): bundled into the site by Vite, and type-stripped and
 * injected into Chromium as-is by src/search/harness.ts, so the evaluation measures exactly this code.
 */

import { scoreArticles, withArticleResults } from './articles.ts';
import { inForceFilters, isPeriodFilter } from './date-limit.ts';
import { countFacets, loadMembership, selectResults, type FilterCounts, type FilterSelection } from './facet-counts.ts';
import type { PagefindApi, PagefindData, PagefindResult, PagefindSearchResponse } from './pagefind.ts';
import { contentWords, lower, QUESTION_WORDS, queryTerms, queryWords } from './text-match.ts';

export type {
  PagefindAnchor,
  PagefindApi,
  PagefindData,
  PagefindResult,
  PagefindSearchResponse,
  PagefindSubResult,
} from './pagefind.ts';
export { queryWords } from './text-match.ts';

/** How many top results are checked for the phrase (their fragments are loaded, ~1–3 KB each). */
export const RERANK_DEPTH = 12;

const KEYWORDS_MARKER = '检索词';

/**
 * 3: the title (or a short title/alias, which SearchMeta puts in `meta.title`-adjacent text) contains
 *    every term contiguously; 2: the keywords line does; 1: the body does; 0: none (characters scattered).
 */
export function phraseTier(terms: string[], data: Pick<PagefindData, 'content' | 'meta'>): number {
  if (terms.length === 0) return 0;
  const has = (text: string) => terms.every((term) => text.includes(term));
  if (has(lower(data.meta['title']))) return 3;
  if (has(keywordLine(data))) return 2;
  return has(lower(data.content)) ? 1 : 0;
}

/** The hidden line "检索词：简称、别名、关键词。" that SearchMeta renders near the top of the page (folded). */
function keywordLine(data: Pick<PagefindData, 'content'>): string {
  const content = lower(data.content);
  const marker = content.indexOf(KEYWORDS_MARKER);
  if (marker < 0) return '';
  const end = content.indexOf('。', marker);
  return content.slice(marker, end < 0 ? undefined : end);
}

/**
 * How much of the question the page's title, short title, aliases and keywords name: the summed
 * length of the query's words (question words left out; single characters only when the query has
 * nothing longer) found there. The office lists there what a rule is about, so among pages that
 * answer equally well, the one about the question's subject (档案 for 借档案最多借几天) comes first.
 */
export function topicCoverage(query: string, data: Pick<PagefindData, 'content' | 'meta'>): number {
  const names = `${lower(data.meta['title'])} ${keywordLine(data)}`;
  return contentWords(query).reduce((sum, word) => sum + (names.includes(word) ? word.length : 0), 0);
}

/** Stable re-order: higher phrase tier first, Pagefind's order within a tier. */
export function rerank<T>(items: T[], tierOf: (item: T) => number): T[] {
  return items
    .map((item, index) => ({ item, index, tier: tierOf(item) }))
    .sort((a, b) => b.tier - a.tier || a.index - b.index)
    .map(({ item }) => item);
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
  // Question words (多少, 几, 什么时候) are never in the answer: searching them only adds noise.
  const words = [...new Set(queryWords(term))].filter((word) => word.replace(QUESTION_WORDS, '').length > 0);
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

/**
 * How well a page answers the query beyond the phrase tier: its best article's score (pieces of the
 * question together in one sentence, and a stated quantity for 几/多少 questions). Pages whose
 * words are scattered over several articles rank below a page where one article answers.
 */
export function pageAnswer(terms: string[], data: PagefindData, query: string): number {
  return Math.max(0, ...scoreArticles(terms, data, query).map((article) => article.together * 2 + article.quantity));
}

/** What the ranked search is asked: the reader's filters (OR within, AND across) and a date. */
export interface RankedOptions {
  filters?: FilterSelection | undefined;
  /** `YYYY-MM-DD`: only the texts in force that day (src/search/date-limit.ts). */
  date?: string | undefined;
}

/** The filters a reader picks from (not the hidden period filters). */
const isReaderFilter = (filter: string) => !isPeriodFilter(filter);

/** Counts from the exact results, or (a value with none there, in fallback mode) from the fallback's. */
function mergeCounts(exact: FilterCounts, fallback: FilterCounts | undefined): FilterCounts {
  if (!fallback) return exact;
  return Object.fromEntries(
    Object.entries(exact).map(([filter, values]) => [
      filter,
      Object.fromEntries(Object.entries(values).map(([value, n]) => [value, n || (fallback[filter]?.[value] ?? 0)])),
    ]),
  );
}

/**
 * Pagefind search, then the reader's filters, then re-ranking of the top `depth` results (phrase
 * tier first, then how well one article answers) and article sub-results. The query is searched
 * once (only a date limit goes to Pagefind); the filters and their counts come from
 * facet-counts.ts, so the counts always describe the results shown. Returns the same response shape
 * with `results` re-ordered, each result's `data()` memoised, and `filters` the counts.
 */
export async function rankedSearch(
  pagefind: PagefindApi,
  term: string,
  options: RankedOptions = {},
  depth = RERANK_DEPTH,
): Promise<PagefindSearchResponse | null> {
  const selection = options.filters ?? {};
  const membership = await loadMembership(pagefind, isReaderFilter);
  const limit = options.date ? inForceFilters(await pagefind.filters(), options.date) : {};
  if (!limit) return { results: [], filters: countFacets(membership, selection, []) };
  const searchOptions = Object.keys(limit).length > 0 ? { filters: limit } : {};
  const exact = await pagefind.search(term, searchOptions);
  if (!exact || !Array.isArray(exact.results)) return exact;
  const exactCounts = countFacets(
    membership,
    selection,
    exact.results.map((result) => result.id),
  );
  let response = exact;
  let selected = selectResults(membership, selection, exact.results);
  let fallbackCounts: FilterCounts | undefined;
  if (selected.length === 0) {
    // The filters were applied after the search, so the fallback runs without them too.
    const fallback = await searchAnyWord(pagefind, term, searchOptions, exact);
    const chosen = selectResults(membership, selection, fallback.results);
    if (fallback.results.length > 0) {
      fallbackCounts = countFacets(
        membership,
        selection,
        fallback.results.map((result) => result.id),
      );
      response = fallback;
      selected = chosen;
    }
  }
  const terms = queryTerms(term);
  const memo = new Map<PagefindResult, Promise<PagefindData>>();
  const load = (result: PagefindResult) => {
    let promise = memo.get(result);
    if (!promise) {
      promise = result.data().then((data) => withArticleResults(terms, data, term));
      memo.set(result, promise);
    }
    return promise;
  };
  const head = selected.slice(0, depth);
  const tail = selected.slice(depth);
  const loaded = await Promise.all(head.map(async (result) => ({ result, data: await load(result) })));
  // Phrase tier first, then how well one article answers, then how much of the question the page is about.
  const ordered = rerank(
    loaded,
    ({ data }) => phraseTier(terms, data) * 1e6 + pageAnswer(terms, data, term) * 1e3 + topicCoverage(term, data),
  ).map(({ result }) => result);
  const wrap = (result: PagefindResult): PagefindResult => ({ ...result, data: () => load(result) });
  return {
    ...response,
    results: [...ordered, ...tail].map(wrap),
    filters: mergeCounts(exactCounts, fallbackCounts),
  };
}
