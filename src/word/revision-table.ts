/**
 * 修订对照表 for the review meeting: old text | new text | 修订说明, one row per changed article, from the
 * article alignment and word diff of src/editions (the same comparison as the site's 对照 page).
 * Deleted words are struck through in the old text, added words underlined in bold in the new.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { COMPARISON_KIND_LABELS, type ComparisonRow } from '../editions/compare.ts';
import type { RevisedEntry } from '../editions/site.ts';
import { formatChineseDate } from '../handbook/chinese-date.ts';
import { SIZES, fontRun } from './gongwen-layout.ts';
import { packGongwen } from './export-document.ts';

/** 修订说明 of one row: what kind of change, as the comparison page tags it. */
export function rowExplanation(row: ComparisonRow): string {
  const tags = [COMPARISON_KIND_LABELS[row.kind]];
  if (row.punctuationOnly) tags.push('仅标点调整');
  if (row.renumbered && row.kind !== 'added' && row.kind !== 'removed') tags.push('条序变化');
  if (row.moved) tags.push('位置调整');
  return tags.join('，');
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const run = () => fontRun('body', SIZES.table);

function textCell(children: TextRun[], header = false): TableCell {
  return new TableCell({
    children: [new Paragraph({ alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT, children })],
  });
}

function sideRuns(row: ComparisonRow, side: 'before' | 'after'): TextRun[] {
  const units = side === 'before' ? row.before : row.after;
  if (units.length === 0) return [new TextRun({ ...run(), text: side === 'before' ? '（无）' : '（删除）' })];
  const label = units.map((unit) => unit.label).join('、');
  const out: TextRun[] = [new TextRun({ ...fontRun('heading', SIZES.table), text: `${label}\u3000` })];
  const skip = side === 'before' ? 'insert' : 'delete';
  for (const part of row.parts) {
    if (part.type === skip) continue;
    const changed = part.type !== 'equal';
    const pieces = part.text.split('\n');
    pieces.forEach((piece, index) => {
      out.push(
        new TextRun({
          ...run(),
          text: piece,
          ...(index > 0 ? { break: 1 } : {}),
          ...(changed && side === 'before' ? { strike: true } : {}),
          ...(changed && side === 'after' ? { bold: true, underline: {} } : {}),
        }),
      );
    });
  }
  return out;
}

/** The table rows: a header, then each changed article. */
export function revisionRows(revised: RevisedEntry): ComparisonRow[] {
  return revised.comparison.rows.filter((row) => row.kind !== 'unchanged');
}

/** The 修订对照表 of one revised regulation as a .docx (A4 landscape). */
export function exportRevisionTable(revised: RevisedEntry, previousYear: number): Promise<Buffer> {
  const title = revised.regulation.data.title;
  const rows = revisionRows(revised);
  const header = new TableRow({
    tableHeader: true,
    children: [`原条文（${previousYear}年版）`, '修订后条文', '修订说明'].map((text) =>
      textCell([new TextRun({ ...fontRun('heading', SIZES.table), text })], true),
    ),
  });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [42, 42, 16],
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      header,
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: false,
            children: [
              textCell(sideRuns(row, 'before')),
              textCell(sideRuns(row, 'after')),
              textCell([new TextRun({ ...run(), text: rowExplanation(row) })]),
            ],
          }),
      ),
    ],
  });
  const { entry } = revised;
  const unchanged = revised.comparison.counts.unchanged;
  const children: FileChild[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ ...fontRun('title', SIZES.title), text: `《${title}》修订对照表` })],
    }),
    ...(entry
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({
                ...fontRun('caption'),
                text: `（${formatChineseDate(entry.date)}${entry.by ?? ''}修订${entry.docNumber ? `，${entry.docNumber}` : ''}）`,
              }),
            ],
          }),
        ]
      : []),
    ...(entry?.note
      ? [new Paragraph({ children: [new TextRun({ ...fontRun('body'), text: `修订说明：${entry.note}` })] })]
      : []),
    new Paragraph({
      children: [new TextRun({ ...fontRun('body'), text: `共改动 ${rows.length} 处，其余 ${unchanged} 条未作改动。` })],
    }),
    table,
  ];
  return packGongwen(`《${title}》修订对照表`, children, true);
}
