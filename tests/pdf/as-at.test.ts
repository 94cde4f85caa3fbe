/**
 * `npm run pdf -- --date`: which texts a dated PDF holds, on the scripted year (tests/editions/scripted-year.ts, run
 * through the real commands), checked against the one timeline model (text-timeline.ts `inForceOn`), and the
 * dates it refuses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inForceOn, type Timeline } from '../../src/editions/text-timeline.ts';
import { loadHandbookModel } from '../../src/handbook/load.ts';
import type { HandbookModel } from '../../src/handbook/model.ts';
import { asAtAnchor, asAtManifest, listAsAtSections, type AsAtManifest } from '../../src/pdf/as-at.ts';
import { asAtLabel, firstKeptDate, localToday, selectAsAt } from '../../src/pdf/as-at-select.ts';
import { PdfError } from '../../src/pdf/errors.ts';
import { loadSiteTimelines } from '../../src/site/version-site.ts';
import { FixtureTree } from '../authoring/tree.ts';
import { runScriptedYear, TODAY } from '../editions/scripted-year.ts';

let tree: FixtureTree;
let model: HandbookModel;
let timelines: Map<string, Timeline>;
let manifest: AsAtManifest;

beforeAll(async () => {
  tree = new FixtureTree();
  await runScriptedYear(tree);
  model = await loadHandbookModel(tree.root);
  timelines = await loadSiteTimelines(tree.root);
  manifest = asAtManifest(model, timelines);
}, 120_000);

afterAll(() => tree?.cleanup());

const select = (date: string, only?: string[]) => selectAsAt(manifest, date, { today: TODAY, only });
const whole = (date: string) => select(date).find((doc) => doc.key === 'quanben')!;

/** The anchors the timeline model says a PDF of `date` must print: each rule's text in force that day. */
const expectedAnchors = (date: string) =>
  inForceOn([...timelines.values()], date)
    .map(asAtAnchor)
    .sort();

describe('the texts a dated PDF holds', () => {
  it.each([
    '2026-03-31',
    '2026-04-01',
    '2026-05-09',
    '2026-05-10',
    '2026-06-09',
    '2026-06-10',
    '2026-06-30',
    '2026-07-01',
    '2026-08-10',
    '2026-10-14',
    '2026-10-15',
    TODAY,
  ])('%s: every rule in force that day with the text of that day, and nothing else', (date) => {
    const doc = whole(date);
    expect(doc.regulations.map((r) => r.anchor).sort()).toEqual(expectedAnchors(date));
    expect(doc.plan.chapters.flatMap((chapter) => chapter.articles).sort()).toEqual(expectedAnchors(date));
  });

  it('请销假制度 before, between and after its revisions; 机关考勤制度 until its abolition; 值班制度 from its first day', () => {
    const ids = (date: string) => whole(date).regulations.map((r) => `${r.id} ${r.anchor}`);
    expect(ids('2026-03-31')).toContain('kaoqin/b zd-reg-kaoqin-b--2019-04-01');
    expect(ids('2026-04-01')).toContain('kaoqin/b zd-reg-kaoqin-b--2026-04-01');
    expect(ids('2026-08-10')).toContain('kaoqin/b zd-reg-kaoqin-b--2026-06-10');
    expect(ids('2026-10-15')).toContain('kaoqin/b zd-reg-kaoqin-b');
    // An abolished rule's last text is its current file's: it prints from that entry, under the plain anchor.
    expect(ids('2026-06-30')).toContain('kaoqin/a zd-reg-kaoqin-a');
    expect(ids('2026-07-01').some((id) => id.startsWith('kaoqin/a '))).toBe(false);
    expect(ids('2026-05-09').some((id) => id.startsWith('kaoqin/zhiban '))).toBe(false);
    expect(ids('2026-05-10')).toContain('kaoqin/zhiban zd-reg-kaoqin-zhiban');
  });

  it('the as-at page holds every text the manifest can select, once', () => {
    const onPage = listAsAtSections(model, timelines).flatMap((section) => section.articles.map((a) => a.anchor));
    const inManifest = manifest.regulations.flatMap((r) => r.periods.flatMap((p) => (p.anchor ? [p.anchor] : [])));
    expect(new Set(onPage).size).toBe(onPage.length);
    expect([...onPage].sort()).toEqual([...inManifest].sort());
  });

  it('states the date on the cover, in the title and in every running header', () => {
    const doc = whole('2026-08-10');
    expect(asAtLabel('2026-08-10')).toBe('2026年8月10日施行的文本');
    expect(doc.title).toBe('XX镇人民政府制度汇编（2026年8月10日施行的文本）');
    expect(doc.fileName).toBe('XX镇人民政府制度汇编（2026年8月10日施行的文本）.pdf');
    expect(doc.plan.coverEdition).toBe('（2026年8月10日施行的文本）');
    const headers = doc.plan.headerCss.split('\n');
    expect(headers).toHaveLength(doc.regulations.length + 1);
    for (const header of headers) expect(header).toContain('2026年8月10日施行的文本');
    expect(headers[0]).toContain('XX镇人民政府制度汇编');
  });

  it('one document per chapter with a rule in force, then the whole handbook; --only picks among them', () => {
    const keys = select('2026-08-10').map((doc) => doc.key);
    expect(keys.at(-1)).toBe('quanben');
    const chapter = select('2026-08-10', ['kaoqin']);
    expect(chapter.map((doc) => doc.key)).toEqual(['kaoqin']);
    expect(chapter[0]!.fileName).toMatch(/（2026年8月10日施行的文本）-.+\.pdf$/);
    expect(chapter[0]!.plan.whole).toBe(false);
    expect(chapter[0]!.regulations.every((r) => r.chapter === 'kaoqin')).toBe(true);
    expect(() => select('2026-08-10', ['nosuch'])).toThrow(/没有这些章：nosuch/);
  });
});

describe('dates a dated PDF refuses', () => {
  const refusal = (date: string, today = TODAY) => {
    try {
      selectAsAt(manifest, date, { today });
    } catch (error) {
      expect(error).toBeInstanceOf(PdfError);
      return (error as Error).message;
    }
    throw new Error(`${date} was not refused`);
  };

  it('a future date', () => {
    expect(refusal('2026-12-21')).toBe('2026年12月21日还没有到：只能印出今天（2026年12月20日）及以前施行的文本。');
  });

  it('a date before the first text', () => {
    const first = firstKeptDate(manifest)!;
    const before = new Date(`${first}T00:00:00Z`);
    before.setUTCDate(before.getUTCDate() - 1);
    expect(refusal(before.toISOString().slice(0, 10))).toMatch(
      /早于汇编中最早的文本（.+起施行），没有当天施行的文本可以印出/,
    );
    expect(() => selectAsAt(manifest, first, { today: TODAY })).not.toThrow();
  });

  it('a date on which a rule in force had a text that was never kept, naming it and the first complete day', () => {
    const withHole: AsAtManifest = {
      ...manifest,
      regulations: manifest.regulations.map((regulation, index) =>
        index === 0
          ? {
              ...regulation,
              periods: [{ from: '2000-01-01', until: '2026-02-01', title: '旧文本' }, ...regulation.periods],
            }
          : regulation,
      ),
    };
    expect(firstKeptDate(manifest)! < '2026-01-15').toBe(true);
    expect(() => selectAsAt(manifest, '2026-01-15', { today: TODAY })).not.toThrow();
    expect(() => selectAsAt(withHole, '2026-01-15', { today: TODAY })).toThrow(
      /有 1 项当天的文本在首次汇编前施行、没有存档（《旧文本》）.*从2026年2月1日起的文本都已存档/,
    );
    expect(() => selectAsAt(withHole, '2026-02-01', { today: TODAY })).not.toThrow();
  });

  it('today is the machine date', () => {
    expect(localToday(new Date(2026, 7, 10, 23, 59))).toBe('2026-08-10');
  });
});
