/**
 * Word exports of the handbook as 公文 drafts: one regulation, one chapter, or the whole edition
 * (each regulation starting on a new page), packed as .docx.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun, type FileChild } from 'docx';
import { formatChapterHeading } from '../handbook/chapter-heading.ts';
import { groupByChapter } from '../handbook/grouping.ts';
import type { ChapterEntry, EditionModel, Regulation } from '../handbook/model.ts';
import { FONT_TABLE_OVERRIDE } from './font-table.ts';
import { DOCUMENT_STYLES, SIZES, fontRun, gongwenSection } from './gongwen-layout.ts';
import { regulationBlocks } from './regulation-docx.ts';

/** Packs sections into a .docx with the 公文 defaults and font fallbacks. */
export async function packGongwen(title: string, children: FileChild[], landscape = false): Promise<Buffer> {
  const document = new Document({
    title,
    creator: '制度汇编',
    styles: DOCUMENT_STYLES,
    evenAndOddHeaderAndFooters: true,
    sections: [gongwenSection(children, landscape)],
  });
  return Packer.toBuffer(document, false, [FONT_TABLE_OVERRIDE]);
}

/** One regulation. */
export function exportRegulation(regulation: Regulation): Promise<Buffer> {
  return packGongwen(regulation.data.title, regulationBlocks(regulation, false));
}

function chapterHeadingBlock(chapter: ChapterEntry, pageBreak: boolean): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    pageBreakBefore: pageBreak,
    spacing: { after: SIZES.body * 20 },
    children: [new TextRun({ ...fontRun('heading'), text: formatChapterHeading(chapter) })],
  });
}

/** A chapter (or, with `chapter` undefined, the whole edition): regulations in force, in handbook order. */
export async function exportCollection(
  edition: EditionModel,
  chapters: readonly ChapterEntry[],
  chapter?: ChapterEntry,
): Promise<Buffer | undefined> {
  const groups = groupByChapter(edition, chapter ? [chapter] : [...chapters]).filter(
    (group) => group.regulations.length > 0,
  );
  if (groups.length === 0) return undefined;
  const children: FileChild[] = [];
  if (!chapter) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ ...fontRun('title', SIZES.title), text: edition.handbook.title })],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ ...fontRun('caption'), text: `（${edition.year}年版）` })],
      }),
    );
  }
  groups.forEach((group, groupIndex) => {
    children.push(chapterHeadingBlock(group.chapter, !chapter && groupIndex >= 0));
    group.regulations.forEach((regulation: Regulation, index) => {
      children.push(...regulationBlocks(regulation, index > 0));
    });
  });
  const title = chapter ? `${edition.handbook.title}（${edition.year}年版）${chapter.title}` : edition.handbook.title;
  return packGongwen(title, children);
}
