import { formatChapterHeading } from '../handbook/chapter-heading.ts';
import { formatCaption } from '../handbook/caption.ts';
import { groupByChapter } from '../handbook/grouping.ts';
import type { ChapterEntry, EditionModel, HandbookModel, Regulation } from '../handbook/model.ts';
import type { AsAtManifest } from './as-at.ts';
import { pdfFileName, printPath, WHOLE_KEY } from './names.ts';

/** One regulation as it appears in a printed document. */
export interface PrintRegulation {
  /** `<chapter>/<slug>`. */
  id: string;
  /** Anchor of its first page inside the print document (also the PDF named destination). */
  anchor: string;
  title: string;
  caption: string;
  docNumber?: string | undefined;
  regulation: Regulation;
}

export interface PrintChapter {
  chapter: ChapterEntry;
  /** 第四类　考勤与请销假 */
  heading: string;
  anchor: string;
  regulations: PrintRegulation[];
}

/** A PDF to build: one chapter or the whole compendium of one edition. */
export interface PrintDocument {
  /** Edition key of the model (`current` or a year). */
  edition: string;
  year: number;
  current: boolean;
  /** Chapter key, or `quanben` for the whole compendium. */
  key: string;
  handbookTitle: string;
  /** Chapter title, or undefined for the whole compendium. */
  chapterTitle?: string;
  fileName: string;
  /** Site path of the print route (without the base). */
  path: string;
  chapters: PrintChapter[];
}

export const chapterHeading = formatChapterHeading;

function toPrintChapter(chapter: ChapterEntry, regulations: Regulation[]): PrintChapter {
  return {
    chapter,
    heading: chapterHeading(chapter),
    anchor: `zd-chapter-${chapter.key}`,
    regulations: regulations.map((regulation) => ({
      id: regulation.id,
      anchor: `zd-reg-${regulation.chapter}-${regulation.slug}`,
      title: regulation.data.title,
      caption: formatCaption(regulation.data.history),
      docNumber: regulation.data.docNumber,
      regulation,
    })),
  };
}

/** The print documents of one edition: each chapter that has regulations in force, then the whole compendium. */
export function listPrintDocuments(model: HandbookModel, edition: EditionModel): PrintDocument[] {
  const handbookTitle = edition.handbook.title;
  const chapters = groupByChapter(edition, model.chapters)
    .filter((group) => group.regulations.length > 0)
    .map((group) => toPrintChapter(group.chapter, group.regulations));
  const base = { edition: edition.key, year: edition.year, current: edition === model.current, handbookTitle };
  const perChapter: PrintDocument[] = chapters.map((chapter) => ({
    ...base,
    key: chapter.chapter.key,
    chapterTitle: chapter.chapter.title,
    fileName: pdfFileName(handbookTitle, edition.year, chapter.chapter.title),
    path: printPath(edition.year, chapter.chapter.key),
    chapters: [chapter],
  }));
  const whole: PrintDocument = {
    ...base,
    key: WHOLE_KEY,
    fileName: pdfFileName(handbookTitle, edition.year),
    path: printPath(edition.year, WHOLE_KEY),
    chapters,
  };
  return [...perChapter, whole];
}

/** Print documents of every edition, current first. */
export function listAllPrintDocuments(model: HandbookModel): PrintDocument[] {
  return [model.current, ...model.archived].flatMap((edition) => listPrintDocuments(model, edition));
}

/** What the PDF renderer needs to know about a document (written to dist/print/manifest.json). */
export interface PrintManifestEntry {
  year: number;
  current: boolean;
  key: string;
  title: string;
  fileName: string;
  path: string;
  chapters: { key: string; heading: string; anchor: string }[];
  regulations: { id: string; title: string; anchor: string; chapter: string }[];
}

export interface PrintManifest {
  base: string;
  documents: PrintManifestEntry[];
  /** The periods of every text, for `npm run pdf -- --date` (absent in sites built before it existed). */
  asAt?: AsAtManifest;
}

export function toManifestEntry(doc: PrintDocument): PrintManifestEntry {
  return {
    year: doc.year,
    current: doc.current,
    key: doc.key,
    title: doc.chapterTitle
      ? `${doc.handbookTitle}（${doc.year}年版）${doc.chapterTitle}`
      : `${doc.handbookTitle}（${doc.year}年版）`,
    fileName: doc.fileName,
    path: doc.path,
    chapters: doc.chapters.map((c) => ({ key: c.chapter.key, heading: c.heading, anchor: c.anchor })),
    regulations: doc.chapters.flatMap((c) =>
      c.regulations.map((r) => ({ id: r.id, title: r.title, anchor: r.anchor, chapter: c.chapter.key })),
    ),
  };
}
