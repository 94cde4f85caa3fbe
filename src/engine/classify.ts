/**
 * What one block is, by its own text: a 编/章/节 heading, an article (第X条), a section (一、),
 * an item (（一）), a subitem (1.), a list continuation or plain text. Context (which article
 * came before) is the tree builder's business.
 */
import type { Heading, Paragraph as MdParagraph, TableCell } from 'mdast';
import type { Block } from './blocks.ts';
import { flatten } from './inline.ts';
import { NUMERAL_CHARS, parseNumeral } from './numerals.ts';
import { SPACE } from './text.ts';
import type { ArticleNo, DivisionKind } from './types.ts';

const NUM = `[${NUMERAL_CHARS}]+`;
const CN = '[零〇一二两三四五六七八九十百]+';
const S = `${SPACE}*`;
const LEAD_WS = /^[\s\u3000\u00a0]*/;
const DIVISION_RE = new RegExp(`^第${S}(${NUM})${S}(编|章|节)${S}([^]*)$`);
const ARTICLE_RE = new RegExp(`^第${S}(${NUM})${S}条(?:${S}之${S}(${NUM}))?`);
const AFTER_LABEL = /^[\s\u3000\u00a0:：]*/;
const SECTION_RE = new RegExp(`^(${CN})${S}[、．.]${S}`);
export const ITEM_RE = new RegExp(`^[（(]${S}(${CN})${S}[）)]${S}`);
const SUBITEM_RE = new RegExp(
  `^(?:([0-9０-９]{1,3})${S}[.．、](?![0-9０-９])|[（(]${S}([0-9０-９]{1,3})${S}[）)])${S}`,
);
export const SENTENCE_PUNCT = /[。；;，,：:！？!?]/;
const NOT_ARTICLE_AFTER = '的所规中至到、和或及与第款项之，,。；;';

export type Cls =
  | { t: 'division'; kind: DivisionKind; number: number; title: string }
  | {
      t: 'article';
      no: ArticleNo;
      labelStart: number;
      labelEnd: number;
      rest: number;
      bold: boolean;
      spaced: boolean;
      title?: string;
    }
  | { t: 'section'; number: number; label: string; rest: number }
  | { t: 'item'; number: number; label: string; rest: number; style: 'paren' | 'arabic' }
  | { t: 'subitem'; number: number; label: string; rest: number }
  | { t: 'text' }
  | { t: 'bullet' }
  | { t: 'continuation' }
  | { t: 'other-heading' }
  | { t: 'cell' }
  | { t: 'attachment'; kind: '附件' | '附表' | '附录'; number?: number; label: string; title?: string };

function leadingStrongText(node: MdParagraph | Heading | TableCell): string | undefined {
  let first = node.children[0];
  if (first?.type === 'text' && first.value.trim() === '' && node.children[1]) first = node.children[1];
  if (first?.type !== 'strong') return undefined;
  return flatten(first.children).text.trim();
}

export function classify(b: Block): Cls {
  if (b.kind === 'cell') return { t: 'cell' };
  const text = b.flat.text;
  const lead = LEAD_WS.exec(text)?.[0].length ?? 0;
  const body = text.slice(lead);
  if (b.inList) return classifyListParagraph(b, body, lead);
  return (
    classifyAttachment(body) ??
    classifyDivision(b, body) ??
    classifyArticle(b, text, body, lead) ??
    classifySection(body, lead) ??
    classifyNumberedItem(body, lead) ??
    (b.kind === 'heading' ? { t: 'other-heading' } : { t: 'text' })
  );
}

function classifyListParagraph(b: Block, body: string, lead: number): Cls {
  if (!b.listFirst) return { t: 'continuation' };
  const numbered = classifyNumberedItem(body, lead);
  if (numbered) return numbered;
  if (b.ordered && b.ordinal !== undefined)
    return { t: 'subitem', number: b.ordinal, label: `${b.ordinal}.`, rest: lead };
  return { t: 'bullet' };
}

/** `第二章　总则`: a heading, or a short paragraph without sentence punctuation. */
function classifyDivision(b: Block, body: string): Cls | undefined {
  const d = DIVISION_RE.exec(body);
  if (!d) return undefined;
  const n = parseNumeral(d[1] ?? '');
  const title = (d[3] ?? '').trim();
  const ok = b.kind === 'heading' || (title.length <= 30 && !SENTENCE_PUNCT.test(title) && !title.includes('\n'));
  return n !== undefined && ok ? { t: 'division', kind: d[2] as DivisionKind, number: n, title } : undefined;
}

/** `第五条　…`, `**第五条**…`, `### 第五条　考勤时间`; not `第五条的规定…` (a sentence citing it). */
function classifyArticle(b: Block, text: string, body: string, lead: number): Cls | undefined {
  const a = ARTICLE_RE.exec(body);
  if (!a) return undefined;
  const n = parseNumeral(a[1] ?? '');
  const sub = a[2] !== undefined ? parseNumeral(a[2]) : undefined;
  if (n === undefined || (a[2] !== undefined && sub === undefined)) return undefined;
  const labelEnd = lead + a[0].length;
  const after = AFTER_LABEL.exec(text.slice(labelEnd))?.[0] ?? '';
  const next = text[labelEnd] ?? '';
  const strong = leadingStrongText(b.node);
  const bold = strong !== undefined && strong.replace(/[\s\u3000]/g, '') === a[0].replace(/[\s\u3000]/g, '');
  const isArticle =
    b.kind === 'heading' || bold || after.length > 0 || next === '' || !NOT_ARTICLE_AFTER.includes(next);
  if (!isArticle) return undefined;
  const no: ArticleNo = sub !== undefined ? { number: n, sub } : { number: n };
  const rest = labelEnd + after.length;
  const cls: Cls = {
    t: 'article',
    no,
    labelStart: lead,
    labelEnd,
    rest,
    bold,
    spaced: after.length > 0 || next === '',
  };
  const title = b.kind === 'heading' ? text.slice(rest).trim() : '';
  if (title) cls.title = title;
  return cls;
}

const ATTACHMENT_RE = new RegExp(
  `^(附${S}[件表录]|附(?=${S}[：:]))${S}([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})?${S}(?:[：:．.、]|$|${SPACE}+)${S}([^]*)$`,
);

/** `附件1：XX登记表`, `附表`, `附：` (a heading or a short line; `附件所列…` is a sentence). */
function classifyAttachment(body: string): Cls | undefined {
  const m = ATTACHMENT_RE.exec(body);
  if (!m) return undefined;
  const title = (m[3] ?? '').trim();
  if (title.length > 60 || title.includes('\n') || /[。；;]$/.test(title)) return undefined;
  const word = (m[1] ?? '').replace(/\s/g, '');
  const kind = word === '附表' ? '附表' : word === '附录' ? '附录' : '附件';
  const number = m[2] ? parseNumeral(m[2]) : undefined;
  const label = body.slice(0, body.length - (m[3] ?? '').length).trim();
  const cls: Cls = { t: 'attachment', kind, label };
  if (number !== undefined) cls.number = number;
  if (title) cls.title = title;
  return cls;
}

function classifySection(body: string, lead: number): Cls | undefined {
  const sec = SECTION_RE.exec(body);
  const n = sec ? parseNumeral(sec[1] ?? '') : undefined;
  return sec && n !== undefined
    ? { t: 'section', number: n, label: `${sec[1]}、`, rest: lead + sec[0].length }
    : undefined;
}

/** `（一）` 项 or `1.`/`1．`/`1、`/`（1）` 目 at the start of a block, in a list or not. */
function classifyNumberedItem(body: string, lead: number): Cls | undefined {
  const it = ITEM_RE.exec(body);
  if (it) {
    const n = parseNumeral(it[1] ?? '');
    if (n !== undefined)
      return { t: 'item', number: n, label: it[0].trim(), rest: lead + it[0].length, style: 'paren' };
  }
  const su = SUBITEM_RE.exec(body);
  if (su) {
    const n = parseNumeral(su[1] ?? su[2] ?? '');
    if (n !== undefined) return { t: 'subitem', number: n, label: su[0].trim(), rest: lead + su[0].length };
  }
  return undefined;
}
