/**
 * Small text helpers shared by the parser, the citation scanner and the corpus.
 */
import { formatNumeral, parseNumeral, toAsciiDigits } from './numerals.ts';
import type { ArticleNo, RefPoint } from './types.ts';

/** Spaces that may separate a label from its text: ASCII, tab, U+3000, NBSP. */
export const SPACE = '[ \\t\\u3000\\u00a0]';

const DOUBLE_QUOTES = /["“”„‟＂「」『』〝〞]/g;
const SINGLE_QUOTES = /['‘’‚‛＇]/g;

/**
 * Normalise a document title for lookup: NFKC (full-width ASCII and brackets to
 * half-width), all quote styles unified, whitespace removed. So `"三重一大"事项…`,
 * `“三重一大”事项…` and `「三重一大」事项…` are the same key.
 */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(/[\s\u3000]+/g, '');
}

const DOC_NUMBER_RE = new RegExp(
  `^(.*?)${SPACE}*([〔［【\\[])${SPACE}*([0-9０-９]{4})${SPACE}*([〕］】\\]])${SPACE}*第?${SPACE}*([0-9０-９]+)${SPACE}*号$`,
);

export interface DocNumberParts {
  /** Normalised form: `XX政办发〔2024〕3号`. */
  key: string;
  prefix: string;
  year: number;
  number: number;
  /** Written with a bracket other than 〔〕. */
  nonStandard: boolean;
}

/**
 * Parse and normalise a 文号: brackets 〔〕［］【】[] → 〔〕, full-width digits → ASCII,
 * leading zeros dropped, spaces removed. Returns undefined if it is not a 文号.
 */
export function parseDocNumber(raw: string): DocNumberParts | undefined {
  const m = DOC_NUMBER_RE.exec(raw.trim());
  if (!m) return undefined;
  const prefix = (m[1] ?? '').normalize('NFKC').replace(/[\s\u3000]+/g, '');
  const year = Number.parseInt(toAsciiDigits(m[3] ?? ''), 10);
  const number = Number.parseInt(toAsciiDigits(m[5] ?? ''), 10);
  const open = m[2] ?? '';
  const close = m[4] ?? '';
  const nonStandard = open !== '〔' || close !== '〕' || /^0/.test(toAsciiDigits(m[5] ?? ''));
  return { key: `${prefix}〔${year}〕${number}号`, prefix, year, number, nonStandard };
}

/** Normalised 文号 key, or the trimmed input if it does not parse. */
export function docNumberKey(raw: string): string {
  return parseDocNumber(raw)?.key ?? raw.trim();
}

export function articleLabel(no: ArticleNo): string {
  return `第${formatNumeral(no.number)}条${no.sub ? `之${formatNumeral(no.sub)}` : ''}`;
}

export function sameArticle(a: ArticleNo, b: ArticleNo): boolean {
  return a.number === b.number && (a.sub ?? 0) === (b.sub ?? 0);
}

/** Compare article numbers (第五条 < 第五条之一 < 第六条). */
export function compareArticle(a: ArticleNo, b: ArticleNo): number {
  return a.number - b.number || (a.sub ?? 0) - (b.sub ?? 0);
}

/** Canonical label of a point: `第五条第二款第（三）项第1目`. */
export function pointLabel(p: RefPoint): string {
  let s = '';
  if (p.division) s += p.division;
  if (p.section !== undefined) s += formatNumeral(p.section);
  if (p.article) s += articleLabel(p.article);
  if (p.paragraph !== undefined) s += `第${formatNumeral(p.paragraph)}款`;
  if (p.item !== undefined) s += `第（${formatNumeral(p.item)}）项`;
  if (p.subitem !== undefined) s += `第${p.subitem}目`;
  if (p.attachment !== undefined) s += p.attachment;
  return s;
}

/** Anchor (HTML id) of an article's 款, for articles with several 款. */
export function paragraphAnchor(article: ArticleNo, paragraph: number): string {
  return `${articleLabel(article)}第${formatNumeral(paragraph)}款`;
}

/**
 * Anchor (HTML id) of a 项 of an article: `第七条第三项`, or `第七条第二款第三项` when the article
 * has several 款. Documented in the guide (citations.md); links to it must keep working.
 */
export function itemAnchor(article: ArticleNo, paragraph: number | undefined, item: number): string {
  return `${articleLabel(article)}${paragraph !== undefined ? `第${formatNumeral(paragraph)}款` : ''}第${formatNumeral(item)}项`;
}

/** Anchor (HTML id) of a 项 of a section (`一、` parts): `四第一项`. Documented in the guide (citations.md). */
export function sectionItemAnchor(section: number, item: number): string {
  return `${formatNumeral(section)}第${formatNumeral(item)}项`;
}

/** Anchor (HTML id) of a 目 of a 项: `第七条第三项第二目`, `四第一项第二目`. Documented in the guide. */
export function subitemAnchor(itemAnchorOf: string, subitem: number): string {
  return `${itemAnchorOf}第${formatNumeral(subitem)}目`;
}

const NUM = '[零〇○一二两三四五六七八九十百千万0-9０-９]+';
const ANCHOR_RE = new RegExp(
  `^(?:第(${NUM})条(?:之(${NUM}))?(?:第(${NUM})款)?(?:第[（(]?(${NUM})[）)]?项)?(?:第(${NUM})目)?)$`,
);
const DIVISION_ANCHOR_RE = new RegExp(`^(?:第${NUM}[编章])?(?:第${NUM}[编章节])$`);
const SECTION_NUM = '[零〇一二两三四五六七八九十百]+';
const SECTION_ANCHOR_RE = new RegExp(`^(${SECTION_NUM})(?:第(${NUM})项(?:第(${NUM})目)?)?$`);
const ATTACHMENT_ANCHOR_RE = /^附[件表录][0-9]*(?:-[0-9]+)?$/;

/**
 * Parse an anchor / link fragment (`第五条`, `第五条之一`, `第五条第二款`, `第二章`, `一`, `四第一项`)
 * into a point. Returns undefined for fragments that are none of these.
 */
export function parseAnchor(fragment: string): RefPoint | undefined {
  let f = fragment.trim();
  try {
    f = decodeURIComponent(f);
  } catch {
    /* keep as is */
  }
  f = f.replace(/^#/, '');
  if (f === '') return undefined;
  const m = ANCHOR_RE.exec(f);
  if (m) {
    const number = parseNumeral(m[1] ?? '');
    if (number === undefined) return undefined;
    const article: ArticleNo = { number };
    if (m[2]) {
      const sub = parseNumeral(m[2]);
      if (sub === undefined) return undefined;
      article.sub = sub;
    }
    const p: RefPoint = { article };
    if (m[3]) {
      const v = parseNumeral(m[3]);
      if (v !== undefined) p.paragraph = v;
    }
    if (m[4]) {
      const v = parseNumeral(m[4]);
      if (v !== undefined) p.item = v;
    }
    if (m[5]) {
      const v = parseNumeral(m[5]);
      if (v !== undefined) p.subitem = v;
    }
    return p;
  }
  if (DIVISION_ANCHOR_RE.test(f)) return { division: f };
  if (ATTACHMENT_ANCHOR_RE.test(f)) return { attachment: f };
  const sm = SECTION_ANCHOR_RE.exec(f);
  if (sm) {
    const n = parseNumeral(sm[1] ?? '');
    if (n === undefined) return undefined;
    const p: RefPoint = { section: n };
    const item = sm[2] ? parseNumeral(sm[2]) : undefined;
    const subitem = sm[3] ? parseNumeral(sm[3]) : undefined;
    if (item !== undefined) p.item = item;
    if (subitem !== undefined) p.subitem = subitem;
    return p;
  }
  return undefined;
}

/** Levenshtein distance (by code unit; titles are BMP Chinese). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}
