/**
 * Reads a .docx into blocks (paragraphs with inline bold, tables) with mammoth's document model,
 * and puts back the list labels Word draws but mammoth drops (see list-numbering.ts).
 */
import mammoth from 'mammoth';
import { scanParagraphs, type ListLabel, type ScannedParagraph } from './list-numbering.ts';
import type { WordPackage } from './word-package.ts';

export interface ParagraphBlock {
  kind: 'paragraph';
  /** Text with `**bold**` spans (Markdown inline), list label not included. */
  markdown: string;
  /** Plain text, list label not included. */
  plain: string;
  /** The whole paragraph is bold. */
  bold: boolean;
  styleName: string | null;
  alignment: string | null;
  label?: ListLabel;
}

export interface TableBlock {
  kind: 'table';
  /** Plain text of each cell, row by row; merged cells repeated as empty cells. */
  rows: string[][];
}

export type WordBlock = ParagraphBlock | TableBlock;

/** mammoth's document model, as far as the importer reads it. */
interface MammothNode {
  type: string;
  children?: MammothNode[];
  value?: string;
  isBold?: boolean;
  styleName?: string | null;
  alignment?: string | null;
  colSpan?: number;
}

interface Span {
  text: string;
  bold: boolean;
}

function collectSpans(node: MammothNode, bold: boolean, out: Span[]): void {
  const here = bold || node.isBold === true;
  if (node.type === 'text') out.push({ text: node.value ?? '', bold: here });
  else if (node.type === 'tab') out.push({ text: '\t', bold: here });
  else if (node.type === 'break') out.push({ text: '', bold: here });
  for (const child of node.children ?? []) collectSpans(child, here, out);
}

/** Escapes what Markdown would read as markup inside a Chinese paragraph. */
function escapeInline(text: string): string {
  return text.replace(/([\\*_`<[\]])/g, '\\$1');
}

function spansToMarkdown(spans: readonly Span[]): { markdown: string; plain: string; bold: boolean } {
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && last.bold === span.bold) last.text += span.text;
    else merged.push({ ...span });
  }
  const plain = merged.map((span) => span.text).join('');
  const visible = merged.filter((span) => span.text.trim() !== '');
  const bold = visible.length > 0 && visible.every((span) => span.bold);
  const markdown = merged
    .map((span) => {
      const text = escapeInline(span.text);
      if (!span.bold || bold || span.text.trim() === '') return text;
      const lead = /^\s*/.exec(text)?.[0] ?? '';
      const tail = /\s*$/.exec(text)?.[0] ?? '';
      return `${lead}**${text.trim()}**${tail}`;
    })
    .join('');
  return { markdown, plain, bold };
}

const squash = (text: string) => text.replace(/[\s\u3000]+/g, '');

/** Matches mammoth's paragraphs to the scanned ones in order, tolerating paragraphs one side skips. */
class LabelMatcher {
  private next = 0;
  private readonly scanned: readonly ScannedParagraph[];
  constructor(scanned: readonly ScannedParagraph[]) {
    this.scanned = scanned;
  }
  labelFor(plain: string): ListLabel | undefined {
    const key = squash(plain);
    for (let ahead = 0; ahead < 4 && this.next + ahead < this.scanned.length; ahead++) {
      const candidate = this.scanned[this.next + ahead] as ScannedParagraph;
      if (squash(candidate.text) === key) {
        this.next += ahead + 1;
        return candidate.label;
      }
    }
    return undefined;
  }
}

function readParagraph(node: MammothNode, matcher: LabelMatcher): ParagraphBlock {
  const spans: Span[] = [];
  for (const child of node.children ?? []) collectSpans(child, false, spans);
  const { markdown, plain, bold } = spansToMarkdown(spans);
  const label = matcher.labelFor(plain);
  const block: ParagraphBlock = {
    kind: 'paragraph',
    markdown,
    plain,
    bold,
    styleName: node.styleName ?? null,
    alignment: node.alignment ?? null,
  };
  if (label && !label.bullet && label.text !== '') block.label = label;
  return block;
}

function cellText(cell: MammothNode, matcher: LabelMatcher): string {
  return (cell.children ?? [])
    .filter((child) => child.type === 'paragraph')
    .map((paragraph) => {
      const block = readParagraph(paragraph, matcher);
      return `${block.label?.text ?? ''}${block.plain}`.trim();
    })
    .filter((text) => text !== '')
    .join(' ');
}

function readTable(node: MammothNode, matcher: LabelMatcher): TableBlock {
  const rows = (node.children ?? [])
    .filter((row) => row.type === 'tableRow')
    .map((row) =>
      (row.children ?? [])
        .filter((cell) => cell.type === 'tableCell')
        .flatMap((cell) => [cellText(cell, matcher), ...Array<string>(Math.max(0, (cell.colSpan ?? 1) - 1)).fill('')]),
    );
  return { kind: 'table', rows };
}

function readBlocks(nodes: readonly MammothNode[], matcher: LabelMatcher, out: WordBlock[]): void {
  for (const node of nodes) {
    if (node.type === 'paragraph') out.push(readParagraph(node, matcher));
    else if (node.type === 'table') out.push(readTable(node, matcher));
    else readBlocks(node.children ?? [], matcher, out);
  }
}

function countImages(node: MammothNode): number {
  return (node.type === 'image' ? 1 : 0) + (node.children ?? []).reduce((sum, child) => sum + countImages(child), 0);
}

/** The blocks of a Word document in reading order, and how many pictures it has (they are not imported). */
export async function readWordBlocks(pkg: WordPackage): Promise<{ blocks: WordBlock[]; images: number }> {
  let document: MammothNode | undefined;
  await mammoth.convertToHtml(
    { buffer: pkg.buffer },
    {
      transformDocument: (element: MammothNode) => {
        document = element;
        return element;
      },
    },
  );
  const matcher = new LabelMatcher(scanParagraphs(pkg.documentXml, pkg.numberingXml, pkg.stylesXml));
  const blocks: WordBlock[] = [];
  readBlocks(document?.children ?? [], matcher, blocks);
  return { blocks, images: document ? countImages(document) : 0 };
}
