/**
 * One regulation as 公文 paragraphs: title (二号 小标宋), 文号, 题注, then the body from the engine's
 * Markdown tree — 章/节 headings in 黑体, 第X条 labels in 黑体, paragraphs indented two characters,
 * tables with rules, 附件 on a page of their own.
 */
import {
  AlignmentType,
  BorderStyle,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { List, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import { analyzeTree, parseMarkdown } from '../engine/index.ts';
import { formatCaption } from '../handbook/caption.ts';
import type { Regulation } from '../handbook/model.ts';
import { SIZES, fontRun } from './gongwen-layout.ts';

type Block = Paragraph | Table;
const INDENT = { firstLine: SIZES.body * 2 * 20 };

/** Plain runs of inline Markdown; `**bold**` stays bold. */
function runs(nodes: readonly PhrasingContent[], base: IRunOptions, bold = false): TextRun[] {
  return nodes.flatMap((node): TextRun[] => {
    if (node.type === 'text') return [new TextRun({ ...base, text: node.value.replace(/\n/g, ''), bold })];
    if (node.type === 'strong') return runs(node.children, base, true);
    if (node.type === 'break') return [new TextRun({ ...base, break: 1 })];
    if (node.type === 'inlineCode') return [new TextRun({ ...base, text: node.value, bold })];
    if ('children' in node) return runs(node.children as PhrasingContent[], base, bold);
    if ('value' in node && typeof node.value === 'string') return [new TextRun({ ...base, text: node.value, bold })];
    return [];
  });
}

const plainText = (nodes: readonly PhrasingContent[]): string =>
  nodes
    .map((node) =>
      'value' in node && typeof node.value === 'string'
        ? node.value
        : 'children' in node
          ? plainText(node.children as PhrasingContent[])
          : '',
    )
    .join('');

/** A body paragraph; when it starts with an article label, the label is set in 黑体. */
function bodyParagraph(nodes: readonly PhrasingContent[], labelLength: number): Paragraph {
  const body = fontRun('body');
  const children = runs(nodes, body);
  if (labelLength > 0 && nodes[0]?.type === 'text' && nodes[0].value.length >= labelLength) {
    const [first, ...rest] = nodes as [PhrasingContent & { value: string }, ...PhrasingContent[]];
    return new Paragraph({
      indent: INDENT,
      children: [
        new TextRun({ ...fontRun('heading'), text: first.value.slice(0, labelLength) }),
        new TextRun({ ...body, text: first.value.slice(labelLength).replace(/\n/g, '') }),
        ...runs(rest, body),
      ],
    });
  }
  return new Paragraph({ indent: INDENT, children });
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function tableBlock(node: MdTable): Table {
  const run = fontRun('body', SIZES.table);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: cellBorder,
      bottom: cellBorder,
      left: cellBorder,
      right: cellBorder,
      insideHorizontal: cellBorder,
      insideVertical: cellBorder,
    },
    rows: node.children.map(
      (row, index) =>
        new TableRow({
          tableHeader: index === 0,
          children: row.children.map(
            (cell) =>
              new TableCell({
                children: [
                  new Paragraph({
                    alignment: index === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
                    children: runs(cell.children, run, index === 0),
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

function listBlocks(node: List, depth: number): Paragraph[] {
  return node.children.flatMap((item, index) => {
    const label = node.ordered ? `${(node.start ?? 1) + index}．` : '';
    return item.children.flatMap((child, childIndex): Paragraph[] => {
      if (child.type === 'list') return listBlocks(child, depth + 1);
      if (child.type !== 'paragraph') return [];
      const prefix = childIndex === 0 ? label : '';
      return [
        new Paragraph({
          indent: INDENT,
          children: [new TextRun({ ...fontRun('body'), text: prefix }), ...runs(child.children, fontRun('body'))],
        }),
      ];
    });
  });
}

function headingBlocks(text: string): Paragraph[] {
  const attachment = /^(附件\s*[0-9０-９]*)(?:[\s\u3000]+(.*))?$/.exec(text);
  if (attachment) {
    return [
      new Paragraph({ children: [new PageBreak(), new TextRun({ ...fontRun('heading'), text: attachment[1] ?? '' })] }),
      ...(attachment[2]
        ? [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              spacing: { after: SIZES.body * 20 },
              children: [new TextRun({ ...fontRun('title', SIZES.title), text: attachment[2] })],
            }),
          ]
        : []),
    ];
  }
  const division = /^第.+?[编章节]/.test(text);
  return [
    new Paragraph({
      alignment: division ? AlignmentType.CENTER : AlignmentType.LEFT,
      indent: division ? {} : INDENT,
      keepNext: true,
      children: [new TextRun({ ...fontRun('heading'), text })],
    }),
  ];
}

/** The body blocks of a regulation's Markdown (frontmatter skipped). */
export function bodyBlocks(root: Root, labelAt: ReadonlyMap<number, number>): Block[] {
  return root.children.flatMap((node: RootContent): Block[] => {
    switch (node.type) {
      case 'heading':
        return headingBlocks(plainText(node.children));
      case 'paragraph':
        return [bodyParagraph(node.children, labelAt.get(node.position?.start.offset ?? -1) ?? 0)];
      case 'list':
        return listBlocks(node, 0);
      case 'table':
        return [tableBlock(node)];
      case 'blockquote':
        return node.children.flatMap((child) => (child.type === 'paragraph' ? [bodyParagraph(child.children, 0)] : []));
      default:
        return [];
    }
  });
}

interface ParsedBody {
  root: Root;
  /** Offsets of article labels written at the start of a paragraph, with the label's length. */
  labelAt: Map<number, number>;
}

/** One parse per regulation and process: a chapter and the whole edition reuse the regulation's. */
const parsedBodies = new WeakMap<Regulation, ParsedBody>();

function parseBody(regulation: Regulation): ParsedBody {
  let parsed = parsedBodies.get(regulation);
  if (!parsed) {
    const root = parseMarkdown(regulation.source);
    const labelAt = new Map<number, number>();
    for (const article of analyzeTree(root).tree.articles) {
      if (article.title !== undefined) continue;
      labelAt.set(
        article.labelPosition.start.offset,
        article.labelPosition.end.offset - article.labelPosition.start.offset,
      );
    }
    parsed = { root, labelAt };
    parsedBodies.set(regulation, parsed);
  }
  return parsed;
}

/** Title, 文号 and 题注 of a regulation, then its body; `pageBreak` starts it on a new page. */
export function regulationBlocks(regulation: Regulation, pageBreak: boolean): Block[] {
  const { root, labelAt } = parseBody(regulation);
  const { data } = regulation;
  const centred = (text: string, role: 'title' | 'body' | 'caption', size: number = SIZES.body) =>
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ ...fontRun(role, size), text })] });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      pageBreakBefore: pageBreak,
      spacing: { after: 0 },
      children: [new TextRun({ ...fontRun('title', SIZES.title), text: data.title })],
    }),
    ...(data.docNumber ? [centred(data.docNumber, 'body')] : []),
    centred(formatCaption(data.history), 'caption'),
    new Paragraph({ children: [] }),
    ...bodyBlocks(root, labelAt),
  ];
}
