/**
 * The page of a 公文 draft by GB/T 9704-2012, as the chapter PDFs print it (src/pdf/print-document.css):
 * A4, type area 156 × 225 mm (天头 37 mm, 订口 28 mm), 22 lines of 28 characters in 三号 仿宋, title in
 * 二号 小标宋, page numbers `— N —` in 四号 one character in from the outer edge.
 */
import {
  AlignmentType,
  DocumentGridType,
  Footer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  convertMillimetersToTwip,
  type IRunOptions,
  type ISectionOptions,
} from 'docx';

/** Font names as Word and WPS know them; fontTable entries name the fallbacks (see font-table.ts). */
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading: '黑体',
  caption: '楷体_GB2312',
  latin: 'Times New Roman',
} as const;

/** Sizes in points: 二号 22, 三号 16, 四号 14, 小四 12. */
export const SIZES = { title: 22, body: 16, pageNumber: 14, table: 12 } as const;

export const PAGE_MM = { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 } as const;
export const TYPE_AREA_MM = { width: 156, height: 225 } as const;
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

const POINTS_PER_MM = 72 / 25.4;
/** Line pitch of the document grid, in twips: 225 mm / 22 lines. */
export const LINE_PITCH_TWIPS = Math.floor((TYPE_AREA_MM.height * POINTS_PER_MM * 20) / LINES_PER_PAGE);
/**
 * Character spacing of body text, in twips (w:spacing): 28 characters of 16 pt need a pitch of at most
 * 156 mm / 28 ≈ 15.79 pt, so each character gives up 0.25 pt. A character grid (w:charSpace) would say
 * the same to Word, but LibreOffice then gives each 16 pt character two 15.8 pt cells (14 a line), so
 * the grid counts lines only and the spacing makes the 28 characters — the same in Word, WPS and LibreOffice.
 */
export const BODY_CHARACTER_SPACING = Math.floor(
  ((TYPE_AREA_MM.width * POINTS_PER_MM) / CHARS_PER_LINE - SIZES.body) * 20,
);

const halfPoints = (points: number) => points * 2;

/** Run options for a font role: the East Asian face named, Latin digits in Times New Roman. */
export function fontRun(role: 'title' | 'body' | 'heading' | 'caption', size: number = SIZES.body): IRunOptions {
  const eastAsia = FONTS[role];
  const spacing = size === SIZES.body ? { characterSpacing: BODY_CHARACTER_SPACING } : {};
  return { font: { eastAsia, ascii: FONTS.latin, hAnsi: FONTS.latin }, size: halfPoints(size), ...spacing };
}

function pageNumberFooter(side: 'left' | 'right'): Footer {
  const oneCharacter = SIZES.pageNumber * 20;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: oneCharacter } : { left: oneCharacter },
        children: [
          new TextRun({
            ...fontRun('body', SIZES.pageNumber),
            children: ['— ', PageNumber.CURRENT, ' —'],
          }),
        ],
      }),
    ],
  });
}

/** Section properties: page, margins, grid and outer-side page numbers (odd right, even left). */
export function gongwenSection(children: ISectionOptions['children'], landscape = false): ISectionOptions {
  const mm = convertMillimetersToTwip;
  return {
    properties: {
      page: {
        // docx swaps width and height itself for landscape pages.
        size: {
          width: mm(PAGE_MM.width),
          height: mm(PAGE_MM.height),
          ...(landscape ? { orientation: PageOrientation.LANDSCAPE } : {}),
        },
        margin: landscape
          ? {
              top: mm(PAGE_MM.left),
              bottom: mm(PAGE_MM.right),
              left: mm(PAGE_MM.top),
              right: mm(PAGE_MM.bottom),
              footer: mm(20),
            }
          : {
              top: mm(PAGE_MM.top),
              bottom: mm(PAGE_MM.bottom),
              left: mm(PAGE_MM.left),
              right: mm(PAGE_MM.right),
              // The page number sits about 7 mm below the type area.
              footer: mm(PAGE_MM.bottom - 7 - 6),
            },
      },
      ...(landscape ? {} : { grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH_TWIPS } }),
    },
    footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
    children,
  };
}

const BODY_RUN = {
  font: { eastAsia: FONTS.body, ascii: FONTS.latin, hAnsi: FONTS.latin },
  size: halfPoints(SIZES.body),
  characterSpacing: BODY_CHARACTER_SPACING,
};

/**
 * Document defaults: 三号 仿宋 body, justified, single spacing on the grid. The Normal style states the
 * size itself: LibreOffice sizes the line grid from it, not from the document defaults.
 */
export const DOCUMENT_STYLES = {
  default: { document: { run: BODY_RUN, paragraph: { alignment: AlignmentType.JUSTIFIED } } },
  paragraphStyles: [
    {
      id: 'Normal',
      name: 'Normal',
      quickFormat: true,
      run: BODY_RUN,
      paragraph: { alignment: AlignmentType.JUSTIFIED },
    },
  ],
};
