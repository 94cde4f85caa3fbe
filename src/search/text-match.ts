/**
 * Matching a cadre's question against regulation text: the same folding on both sides (lower case,
 * counts in digits), the two-character pieces a question is matched on (question words left out),
 * whether a question asks for a quantity and whether a text states one, and highlighting.
 *
 * Self-contained (no imports), like every module of the browser-side search: see rerank.ts.
 */

/** Words of a query as a Chinese reader splits it (`请假三天找谁批` → 请假 · 三天 · 找 · 谁 · 批). */
let segmenter: Intl.Segmenter | undefined;

export function queryWords(query: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(query)].filter((part) => part.isWordLike).map((part) => part.segment);
}

/**
 * The words of a question that must be in its answer, folded: question words left out, single
 * characters only when the query has nothing longer (找, 批 match almost anything).
 */
export function contentWords(query: string): string[] {
  const words = [...new Set(queryWords(fold(query)))].filter((word) => word.replace(QUESTION_WORDS, '').length > 0);
  return words.some((word) => word.length > 1) ? words.filter((word) => word.length > 1) : words;
}

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
export function fold(text: string): string {
  return foldNumerals(text.toLowerCase());
}

export function lower(text: string | undefined): string {
  return fold(text ?? '');
}

/**
 * Words that ask rather than say (几, 多少, 什么时候, 吗): the answer never contains them, so they are
 * left out of the pieces an article is matched on, with the measure word they take (几个, 几天):
 * `去几个人` must not match 个人.
 */
export const QUESTION_WORDS =
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

/** A question (几天, 谁批, 怎么报销) rather than a topic (值班补休, 公车私用). */
export function isQuestion(query: string): boolean {
  return asksQuantity(query) || new RegExp(QUESTION_WORDS.source, 'u').test(query);
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
