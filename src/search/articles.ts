/**
 * Article-level sub-results. Pagefind only makes sub-results from headings; articles are
 * `<p id="第五条">`. Pagefind still records every element with an id in `anchors` (with its text and
 * word location), and the page content holds every 款 and item in reading order, so each article is
 * scored on its whole text and its excerpt quotes the sentence or item that matched.
 */
import type { PagefindAnchor, PagefindData, PagefindSubResult } from './pagefind.ts';
import { asksQuantity, bigrams, contentWords, highlight, isQuestion, lower, statesQuantity } from './text-match.ts';

/** Ids the text engine gives to articles, 款 and chapters: 第五条, 第五条第二款, 第二章. */
const ARTICLE_ID = /^第[〇零一二三四五六七八九十百千0-9]+(?:条|章)/;

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
  /** For a topic query, the opening sentence names every word of it (not necessarily together). */
  about: number;
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
  // A topic (值班补休), not a question (几天, 谁批): the article about it is the one that opens with it.
  const words = isQuestion(query) ? [] : contentWords(query);
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
    const about = words.length > 0 && words.every((word) => opening.includes(word)) ? 1 : 0;
    return {
      anchor,
      text,
      hits,
      phrase,
      some,
      together: match?.pieces ?? 0,
      quantity: match?.quantity ? 1 : 0,
      lead,
      about,
      occurrences,
      match,
    };
  });
}

/**
 * Order of articles answering a query: for a topic query, the article opening with its words (it is
 * about the topic, where another may mention the phrase in passing); then the whole phrase; then the most pieces of the question;
 * then the most pieces within one sentence (words close together answer, words scattered over an
 * article do not); for a 几/多少 question, an article stating a quantity; then the article whose
 * opening sentence names the terms (it is about them); then the one that uses them most (it defines
 * them); then most Pagefind hits; then document order.
 */
export function compareArticles(a: ArticleScore, b: ArticleScore): number {
  return (
    b.about - a.about ||
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
