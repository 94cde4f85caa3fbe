/**
 * Citation scanner on the plain text of one block (paragraph, heading, table cell).
 * Works on offsets in that text; the parser maps them back to file positions and
 * Markdown text nodes.
 */
import { NUMERAL_CHARS, parseNumeral } from './numerals.ts';
import { parseDocNumber, SPACE } from './text.ts';
import type { CitationKind, CitationRef, RefPoint } from './types.ts';

export interface RawCitation {
  kind: CitationKind;
  start: number;
  end: number;
  title?: string;
  docNumber?: string;
  docNumberRaw?: string;
  docNumberNonStandard?: boolean;
  refs: CitationRef[];
  preceding?: number;
  repealContext?: boolean;
}

const NUM = `[${NUMERAL_CHARS}]+`;
const S = `${SPACE}*`;

// One element of an article reference, anchored at the current position (sticky).
const ARTICLE_PART = new RegExp(`第${S}(${NUM})${S}条(?:${S}之${S}(${NUM}))?`, 'y');
const PARAGRAPH_PART = new RegExp(`${S}第${S}(${NUM})${S}款`, 'y');
const ITEM_PART = new RegExp(`${S}第${S}(?:[（(]${S}(${NUM})${S}[）)]|([零〇一二两三四五六七八九十百]+))${S}项`, 'y');
const SUBITEM_PART = new RegExp(`${S}第${S}(${NUM})${S}目`, 'y');
const RANGE_SEP = new RegExp(`${S}(?:至|到|—|－|-|~|～)${S}(?=第)`, 'y');
const LIST_SEP = new RegExp(`${S}(?:、|和|及|以及|或者|或|与)${S}(?=第)`, 'y');

// Start tokens (leftmost match wins; 《…》 before bare numbers inside titles).
const START = new RegExp(
  [
    `《([^《》\\n]{1,100})》`, // 1: title
    `本(实施办法|实施细则|制度|办法|规定|规则|细则|条例|准则|意见|规范|方案|责任制|工作制|制)(?=${S}第${S}${NUM}${S}条)`, // 2
    `本条(?=${S}第)`,
    `前([两二三四五六七八九十]?)款`, // 3: 前款 / 前两款
    `第${S}${NUM}${S}[条款]`,
  ].join('|'),
  'g',
);

const DOC_BRACKET = new RegExp(`[〔［【\\[]${S}[0-9０-９]{4}${S}[〕］】\\]]${S}第?${S}[0-9０-９]{1,5}${S}号`, 'g');
const PREFIX_CHAR = /[A-Za-z\u3400-\u9fff]/;
const STOP_WORDS = [
  '根据',
  '依据',
  '按照',
  '依照',
  '参照',
  '遵照',
  '对照',
  '详见',
  '印发',
  '转发',
  '发布',
  '执行',
  '落实',
  '贯彻',
  '关于',
  '见',
  '以',
  '经',
  '和',
  '及',
  '与',
  '或',
  '的',
  '为',
  '是',
  '将',
  '由',
  '在',
  '于',
  '同',
  '即',
  '并',
  '原',
];

const EXAMPLE_BEFORE = /(?:如|例如|比如|示例|样式|格式|写作|写为)[为是]?[：:]?[“"「]?$/;

function numeral(s: string | undefined): number | undefined {
  return s === undefined ? undefined : parseNumeral(s);
}

interface DocHit {
  start: number;
  end: number;
  raw: string;
}

/** Find 文号 occurrences: the bracket/year/number part, then the issuer prefix before it. */
function findDocNumbers(text: string): DocHit[] {
  const hits: DocHit[] = [];
  DOC_BRACKET.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DOC_BRACKET.exec(text))) {
    const bracket = m.index;
    let i = bracket;
    while (i > 0 && bracket - i < 12 && PREFIX_CHAR.test(text[i - 1] as string)) i--;
    let run = text.slice(i, bracket);
    // issuer codes of this handbook start with ASCII letters (XX政办发): start there
    const ascii = /[A-Za-z]+[^A-Za-z]*$/.exec(run);
    if (ascii && ascii.index > 0) {
      i += ascii.index;
      run = run.slice(ascii.index);
    } else if (!ascii) {
      // cut after the last stop word (根据国办发… → 国办发)
      let cut = 0;
      for (const w of STOP_WORDS) {
        const at = run.lastIndexOf(w);
        if (at >= 0 && at + w.length > cut && at + w.length < run.length) cut = at + w.length;
      }
      i += cut;
      run = run.slice(cut);
    }
    if (run.length < 2) continue;
    // an example of the format (如：XX政发〔2024〕3号) is not a reference
    if (EXAMPLE_BEFORE.test(text.slice(Math.max(0, i - 8), i))) continue;
    const end = bracket + m[0].length;
    hits.push({ start: i, end, raw: text.slice(i, end) });
  }
  return hits;
}

/** Parse one point starting at `pos`; missing levels are inherited from `base`. */
function parsePoint(
  text: string,
  pos: number,
  base: RefPoint | undefined,
  allowArticle: boolean,
): { point: RefPoint; end: number } | undefined {
  const point: RefPoint = {};
  let p = pos;
  let level = 0; // deepest level parsed: 1 article, 2 款, 3 项, 4 目
  let first = 0;
  if (allowArticle) {
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
  // inherit the levels above the first one written (第五条第二款、第三款 → 第五条第三款)
  if (base) {
    if (first > 1 && base.article && !point.article) point.article = base.article;
    if (first > 2 && base.paragraph !== undefined && point.paragraph === undefined) point.paragraph = base.paragraph;
    if (first > 3 && base.item !== undefined && point.item === undefined) point.item = base.item;
  }
  return { point, end: p };
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
    const ref: CitationRef = { ...first.point, text: '' };
    p = first.end;
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

const REPEAL_AFTER = /^[^。；;\n]{0,40}?(?:同时废止|予以废止|废止|停止执行|不再执行|同时失效)/;

function isRepealContext(text: string, start: number, end: number): boolean {
  if (start > 0 && text[start - 1] === '原') return true;
  return REPEAL_AFTER.test(text.slice(end, end + 60));
}

export interface ScanOptions {
  /** Skip text before this offset (the article's own label). */
  from?: number;
  /** Inside an article (enables bare 第X款 and 前款). */
  inArticle: boolean;
}

/** Scan one block's text for citations. */
export function scanCitations(text: string, options: ScanOptions): RawCitation[] {
  const out: RawCitation[] = [];
  const from = options.from ?? 0;
  const docs = findDocNumbers(text).filter((d) => d.start >= from);
  const docAt = new Map<number, DocHit>();
  for (const d of docs) docAt.set(d.start, d);
  const used = new Set<DocHit>();

  const inDoc = (i: number): DocHit | undefined => {
    for (const d of docs) if (i >= d.start && i < d.end) return d;
    return undefined;
  };

  START.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = START.exec(text))) {
    const start = m.index;
    const tok = m[0];
    if (docs.length && inDoc(start)) {
      START.lastIndex = start + 1;
      continue;
    }
    let kind: CitationKind;
    let end = start + tok.length;
    const c: Partial<RawCitation> = {};
    if (tok.startsWith('《')) {
      kind = 'title';
      c.title = (m[1] ?? '').trim();
      // 《标题》（XX政办发〔2024〕3号）
      const paren = /^[（(]/.test(text.slice(end, end + 1)) ? docAt.get(end + 1) : undefined;
      if (paren && /^[）)]/.test(text.slice(paren.end, paren.end + 1))) {
        const parts = parseDocNumber(paren.raw);
        if (parts) {
          c.docNumber = parts.key;
          c.docNumberRaw = paren.raw;
          if (parts.nonStandard) c.docNumberNonStandard = true;
          used.add(paren);
          end = paren.end + 1;
        }
      }
      const ws = new RegExp(S, 'y');
      ws.lastIndex = end;
      ws.exec(text);
      const r = parseRefList(text, ws.lastIndex);
      c.refs = r.refs;
      if (r.refs.length) end = r.end;
      if (isRepealContext(text, start, end)) c.repealContext = true;
    } else if (tok === '本条') {
      kind = 'this-article';
      const r = parseRefList(text, end, false);
      if (!r.refs.length) {
        START.lastIndex = start + 1;
        continue;
      }
      c.refs = r.refs;
      end = r.end;
    } else if (tok.startsWith('本')) {
      kind = 'self';
      const ws = new RegExp(S, 'y');
      ws.lastIndex = end;
      ws.exec(text);
      const r = parseRefList(text, ws.lastIndex);
      if (!r.refs.length) {
        START.lastIndex = start + 1;
        continue;
      }
      c.refs = r.refs;
      end = r.end;
    } else if (tok.startsWith('前')) {
      const before = text[start - 1] ?? '';
      const after = text[end] ?? '';
      const falsePositive = (before !== '' && '提之以事'.includes(before)) || after === '项';
      if (falsePositive) {
        START.lastIndex = start + 1;
        continue;
      }
      kind = 'preceding';
      const n = m[3] ? parseNumeral(m[3]) : 1;
      c.preceding = n ?? 1;
      c.refs = [];
      // 前款第（一）项
      const r = parseRefList(text, end, false, {});
      if (r.refs.length && r.refs.every((x) => x.paragraph === undefined)) {
        c.refs = r.refs;
        end = r.end;
      }
    } else {
      // bare 第X条 / 第X款
      const r = parseRefList(text, start, true);
      if (!r.refs.length) {
        START.lastIndex = start + 1;
        continue;
      }
      const firstRef = r.refs[0] as CitationRef;
      if (firstRef.article) kind = 'bare';
      else if (options.inArticle) kind = 'this-article';
      else {
        START.lastIndex = r.end;
        continue;
      }
      c.refs = r.refs;
      end = r.end;
    }
    out.push({ kind, start, end, refs: c.refs ?? [], ...stripUndefined(c) });
    START.lastIndex = end;
  }

  for (const d of docs) {
    if (used.has(d)) continue;
    const parts = parseDocNumber(d.raw);
    if (!parts) continue;
    // skip 文号 inside a 《…》 title
    if (out.some((c) => c.kind === 'title' && d.start >= c.start && d.end <= c.end)) continue;
    const c: RawCitation = {
      kind: 'doc-number',
      start: d.start,
      end: d.end,
      refs: [],
      docNumber: parts.key,
      docNumberRaw: d.raw,
    };
    if (parts.nonStandard) c.docNumberNonStandard = true;
    if (isRepealContext(text, d.start, d.end)) c.repealContext = true;
    out.push(c);
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

function stripUndefined(c: Partial<RawCitation>): Partial<RawCitation> {
  const o: Partial<RawCitation> = {};
  for (const [k, v] of Object.entries(c)) if (v !== undefined) (o as Record<string, unknown>)[k] = v;
  return o;
}
