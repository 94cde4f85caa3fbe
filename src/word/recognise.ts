/**
 * Recognises a regulation in the blocks of a Word document: title, 文号, 题注 (→ history), 施行 date,
 * 编/章/节 headings, 第X条 paragraphs, （一） items, 附件 and tables, written out as the handbook's Markdown.
 */
import { parseDocNumber } from '../engine/index.ts';
import type { HistoryEntry } from '../schema/index.ts';
import { findEffectiveClause, parseCaption, DATE_PATTERN } from './document-dates.ts';
import type { ParagraphBlock, TableBlock, WordBlock } from './word-blocks.ts';

export interface RecognisedRegulation {
  title: string;
  docNumber?: string;
  /** From the 题注, oldest first (may be empty). */
  history: HistoryEntry[];
  /** From the 施行 sentence; undefined when the text has none or says 自印发之日起 without a date. */
  effective?: string;
  effectiveOnIssue: boolean;
  /** Markdown body (no frontmatter). */
  body: string;
  /** Plain text of the whole document, for proposing department and chapter. */
  plainText: string;
  attachments: string[];
  tables: number;
  /** Things the clerk should look at (Chinese). */
  warnings: string[];
}

const NUMERAL = '[一二三四五六七八九十百零〇两0-9０-９]+';
const DIVISION = new RegExp(`^第(${NUMERAL})(编|章|节)(?:[\\s\\u3000]*)(.*)$`);
const ARTICLE = new RegExp(`^(第${NUMERAL}条(?:之[一二三四五六七八九十]+)?)(?:[\\s\\u3000：:、]*)([\\s\\S]*)$`);
/** `第 一 条` typed with spaces inside the label. */
const SPACED_LABEL = new RegExp(`^(\\*\\*)?第[\\s\\u3000]*(${NUMERAL})[\\s\\u3000]*(条|章|节|编)`);
const ATTACHMENT_HEAD = /^附\s*件\s*([0-9０-９一二三四五六七八九十]*)\s*[：:]?\s*$/;
const ATTACHMENT_NOTE = /^附\s*件\s*[：:]/;
const SIGNATURE_DATE = new RegExp(`^${DATE_PATTERN}$`);

interface Line {
  block: ParagraphBlock;
  /** Label (from Word list numbering) + text, as Markdown. */
  markdown: string;
  plain: string;
}

/** Joins a recovered list label to its text the way the handbook writes it. */
function withLabel(block: ParagraphBlock): Line {
  const label = block.label?.text.trim().replace(/^(\d+)\.$/, '$1．') ?? '';
  const gap = /^第.+[条章节编]$/.test(label) ? '\u3000' : '';
  const clean = (text: string) =>
    text.replace(/\t/g, '\u3000').replace(/\n/g, '').trim().replace(SPACED_LABEL, '$1第$2$3');
  return {
    block,
    markdown: `${label}${gap}${clean(block.markdown)}`,
    plain: `${label}${gap}${clean(block.plain)}`,
  };
}

const isCentred = (block: ParagraphBlock) => block.alignment === 'center' || block.alignment === 'both-center';
const isTitleStyle = (block: ParagraphBlock) =>
  /^(title|标题)$/i.test(block.styleName ?? '') || /^heading 1$|^标题 1$/i.test(block.styleName ?? '');

function isDocNumberLine(text: string): boolean {
  return parseDocNumber(text.replace(/\s+/g, '')) !== undefined && text.length <= 30;
}

/** Normalises a body line: 第X条 followed by one full-width space, ASCII （一）, no stray bold on labels. */
function normaliseLine(markdown: string): string {
  const unbolded = markdown.replace(/^\*\*(第[^*]{1,12}?条(?:之[一二三四五六七八九十]+)?)\*\*/, '$1');
  const article = ARTICLE.exec(unbolded);
  let text = unbolded;
  if (article && article[2] !== '') text = `${article[1]}\u3000${(article[2] as string).replace(/^\*\*\s*\*\*/, '')}`;
  return text.replace(/^\(([一二三四五六七八九十]+)\)/, '（$1）').replace(/^([0-9]+)\.(?!\d)/, '$1．');
}

function escapeCell(text: string): string {
  return text
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** A GFM table; the first row is the header. */
export function tableMarkdown(table: TableBlock): string {
  const width = Math.max(1, ...table.rows.map((row) => row.length));
  const rows = table.rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
  const [head = Array<string>(width).fill(''), ...rest] = rows;
  const line = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(head), `| ${Array<string>(width).fill('---').join(' | ')} |`, ...rest.map(line)].join('\n');
}

interface Header {
  title: string;
  docNumber?: string;
  history: HistoryEntry[];
  /** Index of the first body block. */
  bodyStart: number;
}

/** 发文机关标志 (XX镇人民政府文件) and 签发人 lines above the title of a 公文. */
const LETTERHEAD = /^(?:.{2,30}文件|签发人[：:].*)$/;
/** The title of a 印发通知 wrapping the regulation: 关于印发《机关考勤制度》的通知. */
const NOTICE_TITLE = /^关于(?:修订)?(?:印发|重新印发|下发)《(.+?)》的通知$/;

/** Title lines, 文号 and 题注 at the top, before the first 章/条/ordinary paragraph. */
function readHeader(blocks: readonly WordBlock[], start: number, warnings: string[]): Header {
  const titleLines: string[] = [];
  const history: HistoryEntry[] = [];
  let docNumber: string | undefined;
  // A title may run over two centred lines; a blank line, 题注 or 文号 after it ends it.
  let titleClosed = false;
  let index = start;
  for (; index < blocks.length; index++) {
    const block = blocks[index] as WordBlock;
    if (block.kind !== 'paragraph') break;
    const text = withLabel(block).plain.trim();
    if (text === '') {
      titleClosed = titleLines.length > 0;
      continue;
    }
    const caption = parseCaption(text);
    if (caption) {
      history.push(...caption);
      titleClosed = titleLines.length > 0;
      continue;
    }
    if (isDocNumberLine(text)) {
      const parsed = parseDocNumber(text.replace(/\s+/g, ''));
      docNumber = parsed?.key;
      if (parsed?.nonStandard) warnings.push(`文号“${text}”已规范为“${parsed.key}”（六角括号〔〕、去掉序号的前导零）`);
      titleClosed = titleLines.length > 0;
      continue;
    }
    if (titleLines.length === 0 && LETTERHEAD.test(text)) continue;
    if (DIVISION.test(text) || ARTICLE.test(text) || block.label) break;
    const title = text.replace(/^《(.*)》$/, '$1');
    if (titleLines.length === 0) {
      if (/[。；：:]$/.test(text) || text.length > 60) break;
      titleLines.push(title);
      continue;
    }
    if (titleClosed || !(isCentred(block) || isTitleStyle(block)) || /[。；：:]$/.test(text)) break;
    titleLines.push(title);
  }
  const title = titleLines.join('').replace(/[\s\u3000]+/g, '');
  return { title, ...(docNumber ? { docNumber } : {}), history, bodyStart: index };
}

/**
 * A 印发通知 with the regulation inside: skips the notice (主送, 正文, 落款) up to the regulation's own
 * title and reads its header there; the notice's 文号 is kept when the regulation has none.
 */
function readRegulationHeader(blocks: readonly WordBlock[], warnings: string[]): Header {
  const header = readHeader(blocks, 0, warnings);
  const inner = NOTICE_TITLE.exec(header.title)?.[1];
  if (!inner) return header;
  const key = inner.replace(/[\s\u3000]+/g, '');
  const at = blocks.findIndex(
    (block, index) =>
      index >= header.bodyStart && block.kind === 'paragraph' && block.plain.replace(/[\s\u3000《》]+/g, '') === key,
  );
  if (at < 0) {
    warnings.push(`标题是印发通知“${header.title}”，正文中没有找到《${inner}》本身，请核对导入的正文`);
    return { ...header, title: inner };
  }
  warnings.push(`这是印发《${inner}》的通知：通知部分未导入，从制度标题开始导入`);
  const own = readHeader(blocks, at, warnings);
  const docNumber = own.docNumber ?? header.docNumber;
  return {
    ...own,
    ...(docNumber ? { docNumber } : {}),
    history: own.history.length > 0 ? own.history : header.history,
  };
}

/** Drops a trailing 落款 (issuer and date lines, right-aligned) and reports it. */
function trimSignature(lines: Array<WordBlock>, warnings: string[]): WordBlock[] {
  const out = [...lines];
  for (;;) {
    const last = out.at(-1);
    if (!last || last.kind !== 'paragraph') break;
    const text = last.plain.trim();
    if (text === '') {
      out.pop();
      continue;
    }
    const signature =
      SIGNATURE_DATE.test(text) || (last.alignment === 'right' && text.length <= 30 && !/[。；]$/.test(text));
    if (!signature) break;
    warnings.push(`文末落款“${text}”未导入（发文机关和日期记在 history 中）`);
    out.pop();
  }
  return out;
}

interface BodyState {
  out: string[];
  attachments: string[];
  tables: number;
  /** Heading level of 章 (## when there is no 编). */
  hasPart: boolean;
  pendingAttachment?: string | undefined;
  attachmentNote: string[];
}

function divisionHeading(kind: string, hasPart: boolean): string {
  const depth = kind === '编' ? 2 : kind === '章' ? (hasPart ? 3 : 2) : hasPart ? 4 : 3;
  return '#'.repeat(depth);
}

function pushParagraph(state: BodyState, line: Line): void {
  const text = line.plain.trim();
  if (state.pendingAttachment !== undefined) {
    // The line after 附件N is the attachment's title.
    const name = `附件${state.pendingAttachment}`;
    state.out.push(`## ${name}\u3000${text}`);
    state.attachments.push(`${name}\u3000${text}`);
    state.pendingAttachment = undefined;
    return;
  }
  const division = DIVISION.exec(text);
  if (division && text.length <= 40 && !/[。；]$/.test(text)) {
    const title = (division[3] as string).trim();
    state.out.push(
      `${divisionHeading(division[2] as string, state.hasPart)} 第${division[1]}${division[2]}${title ? `\u3000${title}` : ''}`,
    );
    return;
  }
  const attachment = ATTACHMENT_HEAD.exec(text);
  if (attachment) {
    state.pendingAttachment = (attachment[1] as string).replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
    return;
  }
  state.out.push(normaliseLine(line.markdown));
}

/** Writes the body blocks as Markdown. */
function writeBody(blocks: readonly WordBlock[]): {
  body: string;
  attachments: string[];
  tables: number;
  plain: string[];
} {
  const plain: string[] = [];
  const hasPart = blocks.some(
    (block) => block.kind === 'paragraph' && /^第.{1,4}编/.test(withLabel(block).plain.trim()),
  );
  const state: BodyState = { out: [], attachments: [], tables: 0, hasPart, attachmentNote: [] };
  // 附件：1．…  (the list of attachments after the text) is kept only when the attachments are not in the file.
  const hasAttachments = blocks.some((block) => block.kind === 'paragraph' && ATTACHMENT_HEAD.test(block.plain.trim()));
  let inNote = false;
  for (const block of blocks) {
    if (block.kind === 'table') {
      if (state.pendingAttachment !== undefined) {
        const name = `附件${state.pendingAttachment}`;
        state.out.push(`## ${name}`);
        state.attachments.push(name);
        state.pendingAttachment = undefined;
      }
      state.out.push(tableMarkdown(block));
      state.tables += 1;
      plain.push(...block.rows.map((row) => row.join(' ')));
      continue;
    }
    const line = withLabel(block);
    const text = line.plain.trim();
    if (text === '') continue;
    plain.push(text);
    if (ATTACHMENT_NOTE.test(text) && !ATTACHMENT_HEAD.test(text)) inNote = true;
    else if (inNote && !/^[0-9０-９]+[．.、]/.test(text)) inNote = false;
    if (inNote && hasAttachments) continue;
    if (inNote && state.out.at(-1)?.startsWith('## 附件') !== true) state.out.push('## 附件');
    pushParagraph(state, line);
  }
  if (state.pendingAttachment !== undefined) state.out.push(`## 附件${state.pendingAttachment}`);
  return { body: state.out.join('\n\n'), attachments: state.attachments, tables: state.tables, plain };
}

/** Recognises the regulation in a Word document's blocks. */
export function recogniseRegulation(blocks: readonly WordBlock[]): RecognisedRegulation {
  const warnings: string[] = [];
  const header = readRegulationHeader(blocks, warnings);
  if (!header.title) warnings.push('没有找到标题：文档开头应是制度名称（居中的一行）');
  const bodyBlocks = trimSignature(blocks.slice(header.bodyStart), warnings);
  const { body, attachments, tables, plain } = writeBody(bodyBlocks);
  const plainText = [header.title, ...plain].join('\n');
  const effectiveClause = findEffectiveClause(plain.join('\n'));
  if (header.history.length === 0) {
    warnings.push('没有找到题注（如“（2023年3月5日镇党政联席会议审议通过）”），制定日期和会议需要补充（--date、--by）');
  }
  if (!effectiveClause) warnings.push('正文中没有“自……起施行”的句子，施行日期按制定日期填写，请核对');
  if (body.trim() === '') warnings.push('正文为空');
  return {
    title: header.title,
    ...(header.docNumber ? { docNumber: header.docNumber } : {}),
    history: header.history,
    ...(effectiveClause?.date ? { effective: effectiveClause.date } : {}),
    effectiveOnIssue: effectiveClause?.onIssue ?? false,
    body,
    plainText,
    attachments,
    tables,
    warnings,
  };
}
