/**
 * The points of a citation after its document: `第三条、第五条第二款至第四款和第八条`, with later
 * elements inheriting the levels above the first one they write (第五条第二款、第三款).
 */
import { NUMERAL_CHARS, parseNumeral } from './numerals.ts';
import { SPACE } from './text.ts';
import type { CitationRef, RefPoint } from './types.ts';

const NUM = `[${NUMERAL_CHARS}]+`;
const S = `${SPACE}*`;

// One element of an article reference, anchored at the current position (sticky).
const ARTICLE_PART = new RegExp(`第${S}(${NUM})${S}条(?:${S}之${S}(${NUM}))?`, 'y');
const PARAGRAPH_PART = new RegExp(`${S}第${S}(${NUM})${S}款`, 'y');
const ITEM_PART = new RegExp(`${S}第${S}(?:[（(]${S}(${NUM})${S}[）)]|([零〇一二两三四五六七八九十百]+))${S}项`, 'y');
const SUBITEM_PART = new RegExp(`${S}第${S}(${NUM})${S}目`, 'y');
const RANGE_SEP = new RegExp(`${S}(?:至|到|—|－|-|~|～)${S}(?=第)`, 'y');
// 第二、三条 / 第一、二款 / 第（二）、（三）、（四）项: one 第 for several numbers of one level
const ITEM_NUM = `(?:[（(]${S}${NUM}${S}[）)]|${NUM})`;
const ABBREVIATED: Record<AbbreviatedLevel, RegExp> = {
  article: new RegExp(`第${S}(${NUM})((?:${S}、${S}${NUM})+)${S}条(?!${S}之)`, 'y'),
  paragraph: new RegExp(`${S}第${S}(${NUM})((?:${S}、${S}${NUM})+)${S}款`, 'y'),
  item: new RegExp(`${S}第${S}(${ITEM_NUM})((?:${S}、${S}${ITEM_NUM})+)${S}项`, 'y'),
};
type AbbreviatedLevel = 'article' | 'paragraph' | 'item';
const LIST_SEP = new RegExp(`${S}(?:、|和|及|以及|或者|或|与)${S}(?=第)`, 'y');
function numeral(s: string | undefined): number | undefined {
  return s === undefined ? undefined : parseNumeral(s);
}

interface ParsedPoint {
  point: RefPoint;
  end: number;
  /** 第二、三条: the points after the first, written with the same 第…条. */
  more?: RefPoint[];
}

/** The numbers of an abbreviated list (`二、三` of 第二、三条, `（二）、（三）` of 第（二）、（三）项). */
function abbreviatedNumbers(first: string, rest: string): number[] | undefined {
  const all = [first, ...rest.split('、').slice(1)].map((n) => numeral(n.replace(/[\s（()）]/g, '')));
  return all.every((n): n is number => n !== undefined) ? all : undefined;
}

/** 第二、三条 at `pos` (a level written once for several numbers): the point for each number. */
function parseAbbreviated(
  text: string,
  pos: number,
  level: AbbreviatedLevel,
  point: RefPoint,
): ParsedPoint | undefined {
  const re = ABBREVIATED[level];
  re.lastIndex = pos;
  const m = re.exec(text);
  const numbers = m ? abbreviatedNumbers(m[1] ?? '', m[2] ?? '') : undefined;
  if (!numbers) return undefined;
  const at = (n: number): RefPoint => (level === 'article' ? { article: { number: n } } : { ...point, [level]: n });
  const [head, ...rest] = numbers.map(at);
  return head ? { point: head, end: re.lastIndex, more: rest } : undefined;
}

/** Parse one point starting at `pos`; missing levels are inherited from `base`. */
function parsePoint(
  text: string,
  pos: number,
  base: RefPoint | undefined,
  allowArticle: boolean,
): ParsedPoint | undefined {
  const point: RefPoint = {};
  let p = pos;
  let level = 0; // deepest level parsed: 1 article, 2 款, 3 项, 4 目
  let first = 0;
  if (allowArticle) {
    const list = parseAbbreviated(text, p, 'article', point);
    if (list) return list;
    ARTICLE_PART.lastIndex = p;
    const a = ARTICLE_PART.exec(text);
    if (a) {
      const n = numeral(a[1]);
      if (n === undefined) return undefined;
      point.article = { number: n };
      const sub = numeral(a[2]);
      if (a[2] !== undefined) {
        if (sub === undefined) return undefined;
        point.article.sub = sub;
      }
      p = ARTICLE_PART.lastIndex;
      level = 1;
      first = 1;
    }
  }
  const paragraphs = parseAbbreviated(text, p, 'paragraph', point);
  if (paragraphs) return withInherited(paragraphs, base, first || 2);
  PARAGRAPH_PART.lastIndex = p;
  const k = PARAGRAPH_PART.exec(text);
  if (k) {
    const n = numeral(k[1]);
    if (n !== undefined) {
      point.paragraph = n;
      p = PARAGRAPH_PART.lastIndex;
      level = 2;
      first ||= 2;
    }
  }
  const items = parseAbbreviated(text, p, 'item', point);
  if (items) return withInherited(items, base, first || 3);
  ITEM_PART.lastIndex = p;
  const it = ITEM_PART.exec(text);
  if (it) {
    const n = numeral(it[1] ?? it[2]);
    if (n !== undefined) {
      point.item = n;
      p = ITEM_PART.lastIndex;
      level = 3;
      first ||= 3;
    }
  }
  SUBITEM_PART.lastIndex = p;
  const su = SUBITEM_PART.exec(text);
  if (su) {
    const n = numeral(su[1]);
    if (n !== undefined) {
      point.subitem = n;
      p = SUBITEM_PART.lastIndex;
      level = 4;
      first ||= 4;
    }
  }
  if (level === 0) return undefined;
  return { point: inheritFrom(base, point, first), end: p };
}

/** The levels above the first one written come from `base` (第五条第二款、第三款 → 第五条第三款). */
function inheritFrom(base: RefPoint | undefined, point: RefPoint, first: number): RefPoint {
  if (!base) return point;
  if (first > 1 && base.article && !point.article) point.article = base.article;
  if (first > 2 && base.paragraph !== undefined && point.paragraph === undefined) point.paragraph = base.paragraph;
  if (first > 3 && base.item !== undefined && point.item === undefined) point.item = base.item;
  return point;
}

function withInherited(parsed: ParsedPoint, base: RefPoint | undefined, first: number): ParsedPoint {
  const more = (parsed.more ?? []).map((point) => inheritFrom(base, point, first));
  return { point: inheritFrom(base, parsed.point, first), end: parsed.end, more };
}

/**
 * Parse `第三条、第五条第二款至第四款和第八条` starting at `pos`.
 * `allowArticle` false for 本条… (款 and below only).
 */
export function parseRefList(
  text: string,
  pos: number,
  allowArticle = true,
  base?: RefPoint,
): { refs: CitationRef[]; end: number } {
  const refs: CitationRef[] = [];
  let p = pos;
  let prev: RefPoint | undefined = base;
  for (;;) {
    const start = p;
    const first = parsePoint(text, p, prev, allowArticle);
    if (!first) break;
    p = first.end;
    if (first.more?.length) {
      // 第二、三条: one ref per number, all written by the same text
      const written = text.slice(start, p);
      for (const point of [first.point, ...first.more]) refs.push({ ...point, text: written });
      prev = first.more.at(-1);
      LIST_SEP.lastIndex = p;
      if (!LIST_SEP.exec(text) || !parsePoint(text, LIST_SEP.lastIndex, prev, allowArticle)) break;
      p = LIST_SEP.lastIndex;
      continue;
    }
    const ref: CitationRef = { ...first.point, text: '' };
    RANGE_SEP.lastIndex = p;
    if (RANGE_SEP.exec(text)) {
      const second = parsePoint(text, RANGE_SEP.lastIndex, first.point, allowArticle);
      if (second) {
        ref.to = second.point;
        p = second.end;
      }
    }
    ref.text = text.slice(start, p);
    refs.push(ref);
    prev = ref.to ?? first.point;
    LIST_SEP.lastIndex = p;
    if (!LIST_SEP.exec(text)) break;
    const next = LIST_SEP.lastIndex;
    // only continue if another point follows
    if (!parsePoint(text, next, prev, allowArticle)) break;
    p = next;
  }
  return { refs, end: refs.length ? p : pos };
}
