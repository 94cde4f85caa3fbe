/**
 * Reads the generated PDFs back (poppler: pdftotext, pdfinfo, pdffonts; pdf-lib for the outline) and checks them
 * against the handbook model. Needs a built site; renders the PDFs itself if `npm run pdf` has not run since.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCaption, groupByChapter, loadHandbookModel, type HandbookModel } from '../../src/handbook/index.ts';
import { chapterHeading } from '../../src/pdf/documents.ts';
import { WHOLE_KEY } from '../../src/pdf/names.ts';
import type { RenderedPdf } from '../../src/pdf/render.ts';
import { DIST, ensurePdfs, readFonts, readInfo, readOutline, readPages, squeeze } from './support/pdf-tools.ts';

let pdfs: RenderedPdf[] = [];
let model: HandbookModel;

beforeAll(async () => {
  model = await loadHandbookModel();
  pdfs = await ensurePdfs();
}, 180_000);

/** Punctuation that must never open a line (CSS line-break: strict; 避头点). */
const NO_LINE_START = /^[。，、；：？！）》」』〕】”’…]/;

function expectedChapters(key: string) {
  const groups = groupByChapter(model.current, model.chapters).filter((group) => group.regulations.length > 0);
  return key === WHOLE_KEY ? groups : groups.filter((group) => group.chapter.key === key);
}

describe('PDF files', () => {
  it('one per chapter with regulations in force, and one for the whole compendium, named for what they are', () => {
    const { title } = model.current.handbook;
    const year = model.current.year;
    // Spelled out here, not computed with pdfFileName (the function under test); chapter titles hold no
    // characters that file names must avoid.
    const expected = [
      ...expectedChapters(WHOLE_KEY).map((group) => `${title}（${year}年版）-${group.chapter.title}.pdf`),
      `${title}（${year}年版）.pdf`,
    ];
    expect(pdfs.map((pdf) => pdf.fileName).sort()).toEqual([...expected].sort());
    expect(expected).toContain(`${title}（${year}年版）-考勤与请销假.pdf`);
    for (const name of expected) expect(existsSync(join(DIST, 'pdf', name)), name).toBe(true);
  });
});

describe.each(['kaoqin', WHOLE_KEY, 'xiaoneng-duche', 'yishi-juece'])('PDF %s', (key) => {
  let pdf: RenderedPdf;
  let pages: string[];
  beforeAll(() => {
    const found = pdfs.find((candidate) => candidate.key === key);
    if (!found) throw new Error(`no PDF for ${key}`);
    pdf = found;
    pages = readPages(pdf.file);
  });

  it('is A4, tagged, with the page count it reports', () => {
    const info = readInfo(pdf.file);
    expect(info['Page size']).toMatch(/^595(\.\d+)? x 841\.92|^594\.96 x 841\.92/);
    expect(info['Tagged']).toBe('yes');
    expect(Number(info['Pages'])).toBe(pages.length);
    expect(pages.length).toBe(pdf.pages);
  });

  it('embeds its fonts as TrueType (no Type 3), Noto CJK SC', () => {
    const fonts = readFonts(pdf.file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.type, font.name).not.toBe('Type 3');
    }
    expect(fonts.map((font) => font.name).join(' ')).toMatch(/NotoSerifCJKsc-Regular/);
  });

  it('has a cover naming the compendium, edition, chapter, issuer and date, without header or page number', () => {
    const cover = squeeze(pages[0]!);
    const { handbook } = model.current;
    expect(cover).toContain(handbook.title);
    expect(cover).toContain(`（${model.current.year}年版）`);
    expect(cover).toContain(handbook.issuer);
    expect(cover).toContain('2026年3月20日印发');
    if (key !== WHOLE_KEY) expect(cover).toContain(squeeze(chapterHeading(expectedChapters(key)[0]!.chapter)));
    expect(pages[0]).not.toMatch(/—\s*\d+\s*—/);
  });

  it('contains every regulation in force, in order, each starting on a new page with title, 题注 and 文号', () => {
    const groups = expectedChapters(key);
    const expected = groups.flatMap((group) => group.regulations);
    expect(pdf.regulations.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    let previous = 0;
    for (const regulation of expected) {
      const block = squeeze(
        `${regulation.data.title}${formatCaption(regulation.data.history)}${regulation.data.docNumber ?? ''}`,
      );
      const found = pages.map((page, index) => (squeeze(page).includes(block) ? index + 1 : 0)).filter(Boolean);
      expect(found, regulation.data.title).toHaveLength(1);
      expect(found[0]!, regulation.data.title).toBeGreaterThan(previous);
      previous = found[0]!;
      expect(pdf.regulations.find((r) => r.id === regulation.id)?.page).toBe(found[0]);
    }
  });

  it('has a table of contents whose page numbers are where each regulation really starts', () => {
    const firstBody = Math.min(...pdf.regulations.map((r) => r.page));
    const toc = squeeze(pages.slice(1, firstBody - 1).join('\n'));
    expect(toc).toContain('目录');
    for (const group of expectedChapters(key)) {
      for (const regulation of group.regulations) {
        const start = pages.findIndex((page) =>
          squeeze(page).includes(squeeze(regulation.data.title + formatCaption(regulation.data.history))),
        );
        expect(toc, regulation.data.title).toContain(`${squeeze(regulation.data.title)}${start + 1}`);
      }
      if (key === WHOLE_KEY) {
        const heading = squeeze(chapterHeading(group.chapter));
        const first = group.regulations[0]!;
        const start = pdf.regulations.find((r) => r.id === first.id)!.page;
        expect(toc, heading).toContain(`${heading}${start}`);
      }
    }
  });

  it('excludes abolished regulations', () => {
    const all = squeeze(pages.join('\n'));
    const abolished = model.current.regulations.filter((r) => r.data.status === 'abolished');
    for (const regulation of abolished) {
      expect(all).not.toContain(squeeze(regulation.data.title + formatCaption(regulation.data.history)));
      expect(pdf.regulations.map((r) => r.id)).not.toContain(regulation.id);
    }
  });

  it('prints — N — at the foot of every page but the cover, and a running header with chapter and regulation', () => {
    pages.forEach((page, index) => {
      if (index === 0) return;
      const lines = page.split('\n').filter((line) => line.trim());
      expect(lines.at(-1)?.trim(), `page ${index + 1}`).toMatch(new RegExp(`^—\\s*${index + 1}\\s*—$`));
    });
    const starts = [...pdf.regulations].sort((a, b) => a.page - b.page);
    starts.forEach((regulation, i) => {
      const end = (starts[i + 1]?.page ?? pages.length + 1) - 1;
      const chapter = model.chapters.find((c) => c.key === regulation.chapter)!;
      for (let page = regulation.page; page <= end; page++) {
        const header = squeeze(pages[page - 1]!.split('\n').find((line) => line.trim()) ?? '');
        expect(header, `page ${page}`).toBe(squeeze(`${chapterHeading(chapter)}${regulation.title}`));
      }
    });
  });

  it('never starts a line with 。，、 or other closing punctuation', () => {
    const offenders = pages.flatMap((page, index) =>
      page
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => NO_LINE_START.test(line))
        .map((line) => `page ${index + 1}: ${line}`),
    );
    expect(offenders).toEqual([]);
  });

  it('has bookmarks for the chapters and regulations', async () => {
    const outline = await readOutline(pdf.file);
    const chapters = outline.filter((item) => item.depth === 0).map((item) => item.title);
    const regulations = outline.filter((item) => item.depth === 1).map((item) => item.title);
    const groups = expectedChapters(key);
    expect(chapters).toEqual(groups.map((group) => chapterHeading(group.chapter)));
    expect(regulations).toEqual(groups.flatMap((group) => group.regulations.map((r) => r.data.title)));
  });

  it('prints no web furniture (copy buttons, change markers, citation popovers)', () => {
    const all = squeeze(pages.join('\n'));
    expect(all).not.toContain('复制引用');
    expect(all).not.toMatch(/本条于\d{4}年修订/);
    expect(all).not.toContain('Sectiontitled');
  });

  it('has selectable, searchable Chinese text', () => {
    const first = pdf.regulations[0]!;
    expect(squeeze(pages[first.page - 1]!)).toMatch(/第一条|一、/);
  });
});

describe('links to the PDFs', () => {
  it('the home page and each chapter page link to a PDF that exists', () => {
    const linked = (html: string) =>
      [...html.matchAll(/href="([^"]*\/pdf\/[^"]+\.pdf)"/g)].map((m) => decodeURIComponent(m[1]!.split('/pdf/')[1]!));
    const { title } = model.current.handbook;
    const year = model.current.year;
    const home = linked(readFileSync(join(DIST, 'index.html'), 'utf8'));
    expect(home).toEqual([`${title}（${year}年版）.pdf`]);
    expect(existsSync(join(DIST, 'pdf', home[0]!))).toBe(true);
    for (const group of expectedChapters(WHOLE_KEY)) {
      const page = join(DIST, group.chapter.key, 'index.html');
      const links = linked(readFileSync(page, 'utf8'));
      expect(links, page).toEqual([`${title}（${year}年版）-${group.chapter.title}.pdf`]);
      for (const name of links) expect(existsSync(join(DIST, 'pdf', name)), name).toBe(true);
    }
  });
});
