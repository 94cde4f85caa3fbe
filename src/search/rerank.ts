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
 * Chromium as-is by src/search/harness.ts, so the evaluation measures exactly this code.
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
  return fold(query)
    .split(/[\s,，、;；。?？!！"“”'‘’《》()（）:：]+/u)
    .filter((term) => term.length > 0);
}

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 三 → 3, 十五 → 15, 二十 → 20 (up to 99; anything else is returned unchanged). */
function numeralValue(numeral: string): string {
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(numeral);
  if (!match || (!match[2] && match[3])) return numeral;
  const [, tens, ten, units] = match;
  const value = ten ? (tens ? DIGITS[tens]! : 1) * 10 + (units ? DIGITS[units]! : 0) : DIGITS[tens ?? ''];
  return value === undefined ? numeral : String(value);
}

/**
 * A count written in Chinese numerals before a unit reads as digits (三天 → 3天, 十五日 → 15日): a
 * cadre types 三天 where the rule says 3天, and both must match the same way.
 */
export function foldNumerals(text: string): string {
  return text.replace(
    /[一二两三四五六七八九十]+(?=个|天|日|人|名|次|年|月|周|期|份|项|倍|元|小时|分钟|万)/gu,
    numeralValue,
  );
}

/** Text as matched: lower-case, counts in digits. */
function fold(text: string): string {
  return foldNumerals(text.toLowerCase());
}

function lower(text: string | undefined): string {
  return fold(text ?? '');
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

/**
 * Words that ask rather than say (几, 多少, 什么时候, 吗): the answer never contains them, so they are
 * left out of the pieces an article is matched on, with the measure word they take (几个, 几天):
 * `去几个人` must not match 个人.
 */
const QUESTION_WORDS =
  /什么时候|什么|多少|多久|多长时间|多长|多大|怎么|怎样|如何|哪些|哪里|哪个|哪天|是否|几[个次天日号期名位份种项周]?|吗|呢|谁/gu;

/** Distinct two-character pieces of the terms (a term of one character is its own piece). */
export function bigrams(terms: string[]): string[] {
  const out = new Set<string>();
  for (const term of terms) {
    for (const part of term.split(QUESTION_WORDS).filter(Boolean)) {
      const chars = [...part];
      if (chars.length === 1 && part === term) out.add(part);
      for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
    }
  }
  return [...out];
}

/** A question about a number, amount, period or date (几天, 多少钱, 多久, 什么时候, 标准). */
const QUANTITY_QUESTION = /几|多少|多久|多长|多大|多高|哪天|何时|什么时候|标准|期限|限额|比例/u;
/** A stated quantity: digits, or a Chinese numeral with a unit (三个工作日, 两次, 20%). */
const QUANTITY = /[0-9０-９]|[一二两三四五六七八九十百千万]+(?:个|人|名|天|日|周|月|年|次|期|元|小时|分钟|项|倍|%|％)/u;

export function asksQuantity(query: string): boolean {
  return QUANTITY_QUESTION.test(query);
}

export function statesQuantity(text: string): boolean {
  return QUANTITY.test(text);
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

/** `第五条` (an article), not `第五条第二款` (a 款 inside it) nor `第二章`. */
const ARTICLE_ONLY = /^第[〇零一二三四五六七八九十百千0-9]+条(?:之[一二三四五六七八九十]+)?$/u;

const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();

/**
 * The whole text of every article on the page (all its 款 and items), keyed by anchor. Anchors only
 * carry an article's first paragraph; the page content holds everything in reading order, so an
 * article runs from its anchor's text to the next article or heading.
 */
export function articleTexts(data: Pick<PagefindData, 'anchors' | 'content'>): Map<string, string> {
  const content = squash(data.content);
  const bounds = (data.anchors ?? [])
    .filter((anchor) => /^h\d$/i.test(anchor.element) || ARTICLE_ONLY.test(anchor.id))
    .sort((a, b) => a.location - b.location);
  let cursor = 0;
  const starts = bounds.map((anchor) => {
    const probe = squash(anchor.text ?? '').slice(0, 16);
    const at = probe ? content.indexOf(probe, cursor) : -1;
    if (at >= 0) cursor = at + probe.length;
    return at;
  });
  const texts = new Map<string, string>();
  bounds.forEach((anchor, i) => {
    if (!ARTICLE_ONLY.test(anchor.id)) return;
    const start = starts[i]!;
    const end = starts.slice(i + 1).find((at) => at > start);
    texts.set(anchor.id, start >= 0 ? content.slice(start, end).trim() : squash(anchor.text ?? ''));
  });
  return texts;
}

/**
 * Sentences and items of an article: split after 。；！？：, before （一）-style items and at the
 * page's block joins. The 本条于2026年修订 marker the editions add next to an article is not text.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[。；！？：])|\.\s+|(?=（[一二三四五六七八九十]+）)/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0 && !/^本条于\d{4}年\S{2,4}$/u.test(sentence));
}

interface SentenceMatch {
  sentence: string;
  /** How many of the query's pieces the sentence holds. */
  pieces: number;
  quantity: boolean;
}

/** The sentence answering the query best: most query pieces, then (for 几/多少 questions) a stated quantity. */
export function bestSentence(text: string, pieces: string[], wantsQuantity: boolean): SentenceMatch | undefined {
  let best: SentenceMatch | undefined;
  const sentences = sentencesOf(text);
  sentences.forEach((sentence, index) => {
    const lowered = lower(sentence);
    // A sentence ending in ： introduces what follows (每人每天：省会城市450元): they answer together.
    const next = sentence.endsWith('：') ? (sentences[index + 1] ?? '') : '';
    const match: SentenceMatch = {
      sentence,
      pieces: pieces.filter((piece) => lowered.includes(piece)).length,
      quantity: wantsQuantity && statesQuantity(sentence + next),
    };
    if (!best || match.pieces > best.pieces || (match.pieces === best.pieces && match.quantity && !best.quantity))
      best = match;
  });
  return best;
}

/**
 * The excerpt of an article hit: the sentence that matched (with the next one when it is short), or
 * the article's first sentence when none did; clipped at `maxLength` but never inside a 《title》.
 */
export function articleExcerpt(text: string, match: SentenceMatch | undefined, maxLength = 160): string {
  const sentences = sentencesOf(text);
  const index = match && match.pieces > 0 ? sentences.indexOf(match.sentence) : 0;
  let excerpt = sentences[Math.max(0, index)] ?? text;
  const next = sentences[index + 1];
  if ((excerpt.length < 40 || excerpt.endsWith('：')) && next && index >= 0) excerpt += next;
  if (excerpt.length <= maxLength) return excerpt;
  let cut = maxLength;
  const open = excerpt.lastIndexOf('《', cut);
  if (open > excerpt.lastIndexOf('》', cut)) {
    const close = excerpt.indexOf('》', cut);
    cut = close >= 0 ? close + 1 : open;
  }
  return `${excerpt.slice(0, cut)}…`;
}

export interface ArticleScore {
  anchor: PagefindAnchor;
  text: string;
  hits: number[];
  /** The article contains every term contiguously. */
  phrase: number;
  /** How many two-character pieces of the query occur in the article. */
  some: number;
  /** How many of those pieces its best sentence holds: words of the question close together. */
  together: number;
  /** A 几/多少 question, and the best sentence states a quantity. */
  quantity: number;
  /** The article's opening sentence names the terms: the article is about them. */
  lead: number;
  occurrences: number;
  match: SentenceMatch | undefined;
}

/** Scores the page's articles for the query (see articleSubResults for the order they are used in). */
export function scoreArticles(terms: string[], data: PagefindData, query = terms.join(' ')): ArticleScore[] {
  const anchors = (data.anchors ?? [])
    .filter((anchor) => ARTICLE_ID.test(anchor.id) && anchor.element !== 'h1')
    .sort((a, b) => a.location - b.location);
  const articles = anchors.filter((anchor) => ARTICLE_ONLY.test(anchor.id) && !/^h\d$/i.test(anchor.element));
  if (articles.length === 0) return [];
  const texts = articleTexts(data);
  const locations = data.locations ?? [];
  const pieces = bigrams(terms);
  const wantsQuantity = asksQuantity(query);
  return articles.map((anchor) => {
    const next = anchors.find((other) => other.location > anchor.location && ARTICLE_ONLY.test(other.id));
    const end = next ? next.location : Number.POSITIVE_INFINITY;
    const hits = locations.filter((location) => location >= anchor.location && location < end);
    const text = texts.get(anchor.id) ?? anchor.text ?? '';
    const lowered = lower(text);
    const phrase = terms.length > 0 && terms.every((term) => lowered.includes(term)) ? 1 : 0;
    const some = pieces.filter((piece) => lowered.includes(piece)).length;
    const occurrences = terms.reduce((sum, term) => sum + (term ? lowered.split(term).length - 1 : 0), 0);
    const match = bestSentence(text, phrase ? terms : pieces, wantsQuantity);
    const opening = lower(sentencesOf(text)[0]);
    const lead = terms.length > 0 && terms.every((term) => opening.includes(term)) ? 1 : 0;
    return {
      anchor,
      text,
      hits,
      phrase,
      some,
      together: match?.pieces ?? 0,
      quantity: match?.quantity ? 1 : 0,
      lead,
      occurrences,
      match,
    };
  });
}

/**
 * Order of articles answering a query: the whole phrase first; then the most pieces of the question;
 * then the most pieces within one sentence (words close together answer, words scattered over an
 * article do not); for a 几/多少 question, an article stating a quantity; then the article whose
 * opening sentence names the terms (it is about them); then the one that uses them most (it defines
 * them); then most Pagefind hits; then document order.
 */
export function compareArticles(a: ArticleScore, b: ArticleScore): number {
  return (
    b.phrase - a.phrase ||
    b.some - a.some ||
    b.together - a.together ||
    b.quantity - a.quantity ||
    b.lead - a.lead ||
    b.occurrences - a.occurrences ||
    b.hits.length - a.hits.length ||
    a.anchor.location - b.anchor.location
  );
}

/**
 * Article-level sub-results from the article anchors (`<p id="第五条">`): each article is scored on
 * its whole text (all 款 and items), and its excerpt quotes the sentence or item that matched.
 * Falls back to Pagefind's own (heading) sub-results when the page has no article anchors or no hit
 * inside one.
 */
export function articleSubResults(
  terms: string[],
  data: PagefindData,
  limit = 3,
  query = terms.join(' '),
): PagefindSubResult[] | undefined {
  const scored = scoreArticles(terms, data, query);
  const chosen = scored
    .filter((entry) => entry.phrase || entry.some > 0 || entry.hits.length > 0)
    .sort(compareArticles)
    .slice(0, limit);
  if (chosen.length === 0) return undefined;
  const pieces = bigrams(terms);
  const written = bigrams(query.toLowerCase().split(/\s+/u).filter(Boolean));
  return chosen.map(({ anchor, hits, text, match, phrase }) => ({
    title: anchorTitle(anchor),
    url: withHash(data.url, anchor.id),
    // Marked as written in the text: the folded pieces (3天) and the query's own (三天).
    excerpt: highlight(
      articleExcerpt(text, match),
      [...(phrase ? terms : pieces), ...written],
      Number.POSITIVE_INFINITY,
    ),
    // The default UI keeps the three sub-results with most locations; never empty so ours survive.
    locations: hits.length > 0 ? hits : [anchor.location],
    anchor,
  }));
}

/** Replaces a page's sub-results by article-level ones when it has article anchors. */
export function withArticleResults(terms: string[], data: PagefindData, query?: string): PagefindData {
  const articles = articleSubResults(terms, data, 3, query);
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
  const best = scoreArticles(terms, data, query).sort(compareArticles)[0];
  return best ? best.together * 2 + best.quantity : 0;
}

/**
 * Pagefind search, then re-ranking of the top `depth` results (phrase tier first, then how well one
 * article answers) and article sub-results. Returns the same response shape with `results`
 * re-ordered and each result's `data()` memoised.
 */
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
      promise = result.data().then((data) => withArticleResults(terms, data, term));
      memo.set(result, promise);
    }
    return promise;
  };
  const head = response.results.slice(0, depth);
  const tail = response.results.slice(depth);
  const loaded = await Promise.all(head.map(async (result) => ({ result, data: await load(result) })));
  const ordered = rerank(loaded, ({ data }) => phraseTier(terms, data) * 1000 + pageAnswer(terms, data, term)).map(
    ({ result }) => result,
  );
  const wrap = (result: PagefindResult): PagefindResult => ({ ...result, data: () => load(result) });
  return { ...response, results: [...ordered, ...tail].map(wrap) };
}
