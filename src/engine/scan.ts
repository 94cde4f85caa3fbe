/**
 * Citation scanner on the plain text of one block (paragraph, heading, table cell).
 * Works on offsets in that text; the parser maps them back to file positions and
 * Markdown text nodes.
 */
import { findDocNumbers, type DocHit } from './doc-numbers.ts';
import { NUMERAL_CHARS, parseNumeral } from './numerals.ts';
import { parseRefList } from './ref-list.ts';
import { parseDocNumber, SPACE } from './text.ts';
import type { CitationKind, CitationRef, RelativeRef } from './types.ts';

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
  relative?: RelativeRef;
  /** Kind `named`: the text before 第X条 that names a document without 《》 (`依照公务员法`). */
  name?: string;
  repealContext?: boolean;
}

const NUM = `[${NUMERAL_CHARS}]+`;
const S = `${SPACE}*`;
/** 第二、三条: further numbers written under one 第…条 (the ref parser reads them). */
const NUM_LIST = `(?:、${NUM})*`;

/** What a document calls itself: 本法, 本条例, 本办法, 本决定… */
const SELF_NAMES =
  '实施办法|实施细则|实施条例|制度|办法|规定|规则|细则|条例|准则|意见|规范|方案|责任制|工作制|制|法典|法|决定|章程|解释|修正案';

// Start tokens (leftmost match wins; 《…》 before bare numbers inside titles).
const START = new RegExp(
  // the first-character test lets the regex engine skip ordinary text quickly
  '(?=[《本前下附第])(?:' +
    [
      `《([^《》\\n]{1,100})》`, // 1: title
      `本(?:${SELF_NAMES})(?=${S}第${S}${NUM}${NUM_LIST}${S}条)`,
      `本条(?=${S}第)`,
      `前([两二三四五六七八九十]?)款`, // 2: 前款 / 前两款
      `(前|下)([两二三四五六七八九十一]?)条(?!件|款|文|例|约|目|据)`, // 3, 4: 前条 / 前两条 / 下条
      `本款(?=${S}第)`,
      `(前|本)([两二三四五六七八九十]?)项(?!目)`, // 5, 6: 前项 / 前两项 / 本项
      `附${S}([件表录])${S}([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})`, // 7, 8: 附件1
      `第${S}${NUM}${NUM_LIST}${S}[条款]`,
    ].join('|') +
    ')',
  'g',
);

/** Words that end a document's name: 法, 条例, 规定, 办法… (`依照公务员法第五十九条`). */
const DOC_NAME_END =
  /(?:法典|法|条例|规定|办法|细则|规则|决定|准则|章程|解释|意见|通知|纲要|守则|制度|方案|规范|公约|协定|条约|修正案(?:[（(][一二三四五六七八九十]+[）)])?)$/;
const DOC_WORD = '(?:法典|法|条例|规定|办法|细则|规则|决定|准则|章程|解释|意见|通知|纲要|守则|制度|方案|规范)';
/** A name that points back at a document named earlier (该法, 上述条例): which one is not certain. */
const ANAPHORIC_NAME = new RegExp(
  `(?:^|依照|根据|按照|依据|参照|违反|适用|和|及|与|或者|并|的|对)(?:该|此|上述|前述|其|原|相关|有关)(?:部|项)?${DOC_WORD}$`,
);
/** 本通知, 本规范…: the document itself, whatever it calls itself. */
const SELF_NAME = new RegExp(`本${DOC_WORD}$`);
/** Words that lead into a name (依照公务员法) and are not part of it. */
const NAME_LEAD =
  /^(?:依照|根据|按照|依据|参照|违反|适用|对照|符合|属于|删去|删除|并且|并|和|或者|以及|及|与|除|经|由|对|按|依|有|是|即|为|将|把|在)/;
/** Characters a document name is written with (Chinese, digits, brackets of 修正案（九）, middle dot). */
const NAME_CHAR = /[\u3400-\u9fff0-9０-９（）()·]/;

/**
 * 修改前商标法第二十七条, 修订后的《…》第五条: a particular version of the document, whose numbers need
 * not be those of the text in the handbook. Such a citation stays text.
 */
const VERSION_BEFORE = /(?:修改|修订|修正)[前后]的?$/;
const VERSION_NAME = /^(?:修改|修订|修正)[前后]的?/;

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
  const from = options.from ?? 0;
  const docs = findDocNumbers(text).filter((d) => d.start >= from);
  const state: ScanState = { text, options, docs, docAt: new Map(docs.map((d) => [d.start, d])), used: new Set() };
  const out: RawCitation[] = [];
  START.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = START.exec(text))) {
    const start = m.index;
    const found = docs.length && inDoc(docs, start) ? undefined : readToken(state, m);
    if (!found) {
      START.lastIndex = start + 1;
      continue;
    }
    if (found !== SKIPPED) {
      out.push(found);
      START.lastIndex = found.end;
      state.previous = { end: found.end, citation: found };
    }
  }
  out.push(...docNumberCitations(state, out));
  out.sort((a, b) => a.start - b.start);
  return out;
}

interface ScanState {
  text: string;
  options: ScanOptions;
  docs: DocHit[];
  docAt: Map<number, DocHit>;
  used: Set<DocHit>;
  /** The last citation read, or the end of one kept as text (`skipped`), for lists that run on. */
  previous?: { end: number; citation?: RawCitation };
}

/**
 * What may stand between a list's elements, with points the ref parser did not read before it
 * (商标法第十条第一款第（二）项、第十一条; 公务员法第五十九条第（一）至（三）项、第六十条).
 */
const LIST_JOIN = new RegExp(
  `^(?:[第（）()${NUMERAL_CHARS}至到—~～项款目之、]|${SPACE})*?(?:、|和|及|与|或|以及|或者)$`,
);

/** A token of another document's citation kept as text; a list that runs on from it stays text too. */
function skipDocument(st: ScanState, end: number): RawCitation {
  START.lastIndex = end;
  st.previous = { end };
  return SKIPPED;
}

/**
 * 第X条 right after a citation of another document, joined by 、/和 (a list the ref parser could
 * not carry on): the same document, or text when that citation was kept as text.
 */
function continuation(st: ScanState, start: number): Pick<RawCitation, 'kind' | 'name' | 'title'> | 'text' | undefined {
  const prev = st.previous;
  if (!prev || !LIST_JOIN.test(st.text.slice(prev.end, start))) return undefined;
  const c = prev.citation;
  if (!c) return 'text';
  if (c.kind === 'named' && c.name) return { kind: 'named', name: c.name };
  if (c.kind === 'title' && c.title && c.refs.length) return { kind: 'title', title: c.title };
  return undefined;
}

/** A token that is consumed without producing a citation (START.lastIndex already moved). */
const SKIPPED: RawCitation = { kind: 'bare', start: 0, end: 0, refs: [] };

function inDoc(docs: readonly DocHit[], i: number): DocHit | undefined {
  for (const d of docs) if (i >= d.start && i < d.end) return d;
  return undefined;
}

/** The citation starting at a START match, or undefined when the token is not one. */
function readToken(st: ScanState, m: RegExpExecArray): RawCitation | undefined {
  const tok = m[0];
  const start = m.index;
  const end = start + tok.length;
  if (tok.startsWith('《')) return readTitle(st, start, end, (m[1] ?? '').trim());
  if (tok === '本条') return readWithRefs(st.text, 'this-article', start, end, false);
  if (tok === '本款') return readRelative(st.text, start, end, { level: 'paragraph', offset: 0, count: 1 }, true);
  if (tok.startsWith('本') && tok.endsWith('项')) return undefined; // 本项 alone names the item it stands in
  if (tok.startsWith('本')) return readWithRefs(st.text, 'self', start, skipSpace(st.text, end), true);
  if (m[2] !== undefined) return readPreceding(st.text, start, end, m[2]);
  if (m[3] !== undefined) return readRelativeArticle(st.text, start, end, m[3], m[4] ?? '');
  if (m[5] !== undefined) return readRelativeItem(st.text, start, end, m[6] ?? '');
  if (m[7] !== undefined) return readAttachment(start, end, m[7], m[8] ?? '');
  return readBare(st, start);
}

function skipSpace(text: string, pos: number): number {
  const ws = new RegExp(S, 'y');
  ws.lastIndex = pos;
  ws.exec(text);
  return ws.lastIndex;
}

/** 《标题》, optionally （文号）, optionally 第X条… */
function readTitle(st: ScanState, start: number, tokenEnd: number, title: string): RawCitation | undefined {
  const { text } = st;
  let end = tokenEnd;
  const c: RawCitation = { kind: 'title', start, end, title, refs: [] };
  // 《标题》（XX政办发〔2024〕3号）
  const paren = /^[（(]/.test(text.slice(end, end + 1)) ? st.docAt.get(end + 1) : undefined;
  const parts = paren && /^[）)]/.test(text.slice(paren.end, paren.end + 1)) ? parseDocNumber(paren.raw) : undefined;
  if (paren && parts) {
    c.docNumber = parts.key;
    c.docNumberRaw = paren.raw;
    if (parts.nonStandard) c.docNumberNonStandard = true;
    st.used.add(paren);
    end = paren.end + 1;
  }
  const r = parseRefList(text, skipSpace(text, end));
  c.refs = r.refs;
  c.end = r.refs.length ? r.end : end;
  if (r.refs.length && VERSION_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return skipDocument(st, c.end);
  if (isRepealContext(text, start, c.end)) c.repealContext = true;
  return c;
}

/** 本条第X款… / 本办法第X条…: nothing without the refs. */
function readWithRefs(
  text: string,
  kind: CitationKind,
  start: number,
  refsAt: number,
  allowArticle: boolean,
): RawCitation | undefined {
  const r = parseRefList(text, refsAt, allowArticle);
  return r.refs.length ? { kind, start, end: r.end, refs: r.refs } : undefined;
}

/** 前款 / 前两款 / 前款第（一）项 (not 提前款项, 以前款式…). */
function readPreceding(text: string, start: number, end: number, count: string | undefined): RawCitation | undefined {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if ((before !== '' && '提之以事'.includes(before)) || after === '项') return undefined;
  const c: RawCitation = { kind: 'preceding', start, end, refs: [], preceding: count ? (parseNumeral(count) ?? 1) : 1 };
  const r = parseRefList(text, end, false, {});
  if (r.refs.length && r.refs.every((x) => x.paragraph === undefined)) {
    c.refs = r.refs;
    c.end = r.end;
  }
  return c;
}

/** 前条 / 前两条 / 下条 (not 以下条款, 前条件…), optionally followed by 第X款第X项. */
function readRelativeArticle(
  text: string,
  start: number,
  end: number,
  direction: string,
  count: string,
): RawCitation | undefined {
  // 以下条款 (the following clauses), 提前条…: not the next or previous article
  const before = text[start - 1] ?? '';
  if (before !== '' && (direction === '下' ? '以之如' : '提事').includes(before)) return undefined;
  const n = count ? parseNumeral(count) : 1;
  if (n === undefined || n < 1) return undefined;
  const rel: RelativeRef =
    direction === '下' ? { level: 'article', offset: 1, count: 1 } : { level: 'article', offset: -n, count: n };
  if (direction === '下' && n !== 1) return undefined;
  return readRelative(text, start, end, rel, false);
}

/** 附件1 / 附表二: a point of this regulation outside its articles. */
function readAttachment(start: number, end: number, kind: string, number: string): RawCitation | undefined {
  const n = parseNumeral(number);
  if (n === undefined) return undefined;
  const anchor = `附${kind}${n}`;
  return { kind: 'attachment', start, end, refs: [{ attachment: anchor, text: anchor }] };
}

/** 前项 / 前两项 (not 前项目…). */
function readRelativeItem(text: string, start: number, end: number, count: string): RawCitation | undefined {
  const before = text[start - 1] ?? '';
  if (before !== '' && '提事'.includes(before)) return undefined;
  const n = count ? parseNumeral(count) : 1;
  if (n === undefined || n < 1) return undefined;
  return { kind: 'relative', start, end, refs: [], relative: { level: 'item', offset: -n, count: n } };
}

/** A relative citation and the finer points after it (前条第一款第一项、第二项; 本款第（二）项). */
function readRelative(
  text: string,
  start: number,
  end: number,
  relative: RelativeRef,
  needRefs: boolean,
): RawCitation | undefined {
  const r = parseRefList(text, end, false, {});
  if (needRefs && !r.refs.length) return undefined;
  const c: RawCitation = { kind: 'relative', start, end, refs: [], relative };
  if (r.refs.length && (relative.level !== 'paragraph' || r.refs.every((x) => x.paragraph === undefined))) {
    c.refs = r.refs;
    c.end = r.end;
  } else if (needRefs) return undefined;
  return c;
}

/**
 * Bare 第X条 / 第X款. A document name written before it without 《》 (公务员法第五十九条) makes it a
 * citation of that document (kind `named`), never of this one; 该法第X条 stays text.
 */
function readBare(st: ScanState, start: number): RawCitation | undefined {
  const r = parseRefList(st.text, start, true);
  if (!r.refs.length) return undefined;
  const first = r.refs[0] as CitationRef;
  if (!first.article) {
    if (!st.options.inArticle) {
      START.lastIndex = r.end;
      return SKIPPED;
    }
    return { kind: 'this-article', start, end: r.end, refs: r.refs };
  }
  const cont = continuation(st, start);
  if (cont === 'text') return skipDocument(st, r.end);
  if (cont) return { ...cont, start, end: r.end, refs: r.refs };
  const run = nameRunBefore(st.text, start);
  if (run && DOC_NAME_END.test(run) && !SELF_NAME.test(run)) {
    if (ANAPHORIC_NAME.test(run) || VERSION_NAME.test(run)) return skipDocument(st, r.end);
    return { kind: 'named', start, end: r.end, refs: r.refs, name: run };
  }
  return { kind: 'bare', start, end: r.end, refs: r.refs };
}

/** The run of name characters right before `pos` (at most 40), leading verbs (依照…) removed. */
function nameRunBefore(text: string, pos: number): string {
  let i = pos;
  while (i > 0 && pos - i < 40 && NAME_CHAR.test(text[i - 1] as string)) i--;
  let run = text.slice(i, pos);
  for (let lead = NAME_LEAD.exec(run); lead && lead[0].length < run.length; lead = NAME_LEAD.exec(run))
    run = run.slice(lead[0].length);
  return run;
}

/** 文号 not already part of a 《标题》（文号） citation. */
function docNumberCitations(st: ScanState, found: readonly RawCitation[]): RawCitation[] {
  const out: RawCitation[] = [];
  for (const d of st.docs) {
    if (st.used.has(d)) continue;
    const parts = parseDocNumber(d.raw);
    if (!parts) continue;
    // skip 文号 inside a 《…》 title
    if (found.some((c) => c.kind === 'title' && d.start >= c.start && d.end <= c.end)) continue;
    const c: RawCitation = {
      kind: 'doc-number',
      start: d.start,
      end: d.end,
      refs: [],
      docNumber: parts.key,
      docNumberRaw: d.raw,
    };
    if (parts.nonStandard) c.docNumberNonStandard = true;
    if (isRepealContext(st.text, d.start, d.end)) c.repealContext = true;
    out.push(c);
  }
  return out;
}
