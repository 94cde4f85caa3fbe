/**
 * `npm run pdf -- --date`: a chapter of the real handbook as it stood on a day, printed from the built site and read
 * back with poppler, checked against the one timeline model (which text each rule had that day); and the dates it
 * refuses, through the command itself, writing nothing. Needs a built site (`npm run build`).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inForceOn, textOn, type RegulationText, type Timeline } from '../../src/editions/text-timeline.ts';
import { formatCaption } from '../../src/handbook/caption.ts';
import { formatChapterHeading } from '../../src/handbook/chapter-heading.ts';
import { loadHandbookModel } from '../../src/handbook/load.ts';
import type { ChapterEntry } from '../../src/handbook/model.ts';
import { main } from '../../src/pdf/cli.ts';
import { renderPdfs, type RenderedPdf } from '../../src/pdf/render.ts';
import { chapterTimelines, loadSiteTimelines } from '../../src/site/version-site.ts';
import { DIST, readPages, readOutline, squeeze } from './support/pdf-tools.ts';

/** A day after the last text that was never kept (the 2025 edition holds every text in force since). */
const DATE = '2025-06-01';
const LABEL = '2025年6月1日施行的文本';
const out = mkdtempSync(join(tmpdir(), 'zd-as-at-pdf-'));

let chapter: ChapterEntry;
let expected: RegulationText[];
let timelines: Timeline[];
let pdf: RenderedPdf;
let pages: string[];

const captionOf = (text: RegulationText) => formatCaption(text.stored!.fields.history);
const block = (text: RegulationText) => squeeze(`${text.stored!.fields.title}${captionOf(text)}`);

beforeAll(async () => {
  if (!existsSync(join(DIST, 'print', 'as-at', 'index.html')))
    throw new Error(`${DIST} 中没有按日期打印的页面：先构建网站（npm run build）。`);
  const model = await loadHandbookModel();
  const all = await loadSiteTimelines();
  // The chapter where that day differs most from today: rules with an earlier text, rules not in force yet or any more.
  const scored = model.chapters.map((entry) => {
    const list = chapterTimelines(all, entry.key);
    const older = inForceOn(list, DATE).filter((text) => !text.isCurrent).length;
    const absent = list.filter((timeline) => textOn(timeline, DATE).kind !== 'in-force').length;
    return { entry, list, older, absent };
  });
  const best = scored.sort((a, b) => Math.min(b.older, b.absent) - Math.min(a.older, a.absent))[0]!;
  chapter = best.entry;
  timelines = best.list;
  expected = inForceOn(timelines, DATE).sort((a, b) => {
    const title = (text: RegulationText) => timelines.find((t) => t.regulationId === text.regulationId)!.title;
    return title(a).localeCompare(title(b), 'zh-Hans-CN');
  });
  const rendered = await renderPdfs({
    distDir: DIST,
    date: DATE,
    only: [chapter.key],
    outDir: out,
    today: '2026-11-29',
  });
  expect(rendered).toHaveLength(1);
  pdf = rendered[0]!;
  pages = readPages(pdf.file);
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe(`${DATE} 施行的文本（一章）`, () => {
  it('is a chapter where that day differs from today both ways', () => {
    expect(expected.some((text) => !text.isCurrent)).toBe(true);
    expect(timelines.some((timeline) => textOn(timeline, DATE).kind !== 'in-force')).toBe(true);
    expect(pdf.fileName).toBe(`XX镇人民政府制度汇编（${LABEL}）-${chapter.title}.pdf`);
  });

  it('states the day on the cover and in the running header of every page', () => {
    const cover = squeeze(pages[0]!);
    expect(cover).toContain(squeeze(`（${LABEL}）`));
    expect(cover).toContain(squeeze(formatChapterHeading(chapter)));
    pages.slice(1).forEach((page, index) => {
      const header = page.split('\n').find((line) => line.trim()) ?? '';
      expect(squeeze(header), `page ${index + 2}`).toContain(squeeze(LABEL));
    });
  });

  it('prints each rule in force that day with the text of that day, in order, each once', () => {
    expect(pdf.regulations.map((r) => r.id)).toEqual(expected.map((text) => text.regulationId));
    let previous = 0;
    for (const text of expected) {
      const found = pages.map((page, index) => (squeeze(page).includes(block(text)) ? index + 1 : 0)).filter(Boolean);
      expect(found, text.regulationId).toHaveLength(1);
      expect(found[0]!).toBeGreaterThan(previous);
      expect(pdf.regulations.find((r) => r.id === text.regulationId)?.page).toBe(found[0]);
      previous = found[0]!;
    }
  });

  it('leaves out the later texts of rules revised since, and rules not made yet or abolished by then', () => {
    const all = squeeze(pages.join('\n'));
    for (const text of expected.filter((candidate) => !candidate.isCurrent)) {
      const timeline = timelines.find((t) => t.regulationId === text.regulationId)!;
      const later = timeline.texts.filter((t) => t.stored && t.from && t.from > DATE);
      for (const next of later) if (captionOf(next) !== captionOf(text)) expect(all).not.toContain(block(next));
    }
    // Their titles may be cited by other rules: what must be absent is each of their texts' heading block.
    for (const timeline of timelines.filter((t) => textOn(t, DATE).kind !== 'in-force'))
      for (const text of timeline.texts.filter((t) => t.stored))
        expect(all, timeline.regulationId).not.toContain(block(text));
  });

  it('has a table of contents and bookmarks for exactly those texts', async () => {
    const firstBody = Math.min(...pdf.regulations.map((r) => r.page));
    const toc = squeeze(pages.slice(1, firstBody - 1).join('\n'));
    for (const regulation of pdf.regulations) expect(toc).toContain(`${squeeze(regulation.title)}${regulation.page}`);
    const outline = await readOutline(pdf.file);
    expect(outline.filter((item) => item.depth === 1).map((item) => item.title)).toEqual(
      expected.map((text) => text.stored!.fields.title),
    );
  });
});

describe('dates npm run pdf -- --date refuses, writing nothing', () => {
  const run = async (date: string) => {
    const target = join(out, `refused-${date}`);
    const err: string[] = [];
    const code = await main(['--dist', DIST, '--out', target, '--date', date], {
      stdout: () => {},
      stderr: (line) => err.push(line),
    });
    return { code, message: err.join('\n'), wrote: existsSync(target) };
  };

  it.each([
    ['2099-01-01', 1, /2099年1月1日还没有到/],
    ['2000-01-01', 1, /2000年1月1日早于汇编中最早的文本/],
    ['2020-01-01', 1, /的文本在首次汇编前施行、没有存档.*起的文本都已存档，可以印出/],
    ['2026-13-01', 2, /--date 需要“年-月-日”格式的真实日期/],
  ])('%s', async (date, code, message) => {
    const result = await run(date);
    expect(result.code).toBe(code);
    expect(result.message).toMatch(message);
    expect(result.wrote).toBe(false);
  });
});
