import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/schema/index.ts';
import { buildTimeline, type TextCandidate, type TextOrigin, type Timeline } from '../../src/editions/text-timeline.ts';
import {
  nextComparable,
  pathOn,
  periodLabel,
  periodRows,
  textPath,
  versionComparePath,
} from '../../src/site/version-site.ts';

const enacted: HistoryEntry = { date: '2019-03-05', action: 'enacted' };
const march: HistoryEntry = { date: '2026-03-12', action: 'revised' };
const june: HistoryEntry = { date: '2026-06-01', action: 'revised' };
const abolition: HistoryEntry = { date: '2026-07-01', action: 'abolished' };

const candidate = (origin: TextOrigin, effective: string, history: HistoryEntry[]): TextCandidate => ({
  origin,
  source: '',
  fields: { title: 't', effective, docNumber: undefined, history },
});

const b = buildTimeline('kaoqin/b', candidate({ kind: 'current' }, '2026-06-10', [enacted, march, june]), [
  candidate({ kind: 'edition', edition: '2025' }, '2019-04-01', [enacted]),
  candidate({ kind: 'kept', filePath: 'content/versions/kaoqin/b/2026-04-01.md' }, '2026-04-01', [enacted, march]),
]);
const a = buildTimeline('kaoqin/a', candidate({ kind: 'current' }, '2018-04-01', [enacted, abolition]), [
  candidate({ kind: 'edition', edition: '2025' }, '2018-04-01', [enacted]),
]);
const timelines = new Map<string, Timeline>([
  ['kaoqin/b', b],
  ['kaoqin/a', a],
]);

describe('the date view on the site', () => {
  it('labels each period with its last day', () => {
    expect(b.texts.map(periodLabel)).toEqual([
      '2019年4月1日至2026年3月31日',
      '2026年4月1日至2026年6月9日',
      '2026年6月10日起',
    ]);
  });

  it('leads a citation made on a date to the cited text of that day', () => {
    expect(pathOn(timelines, 'kaoqin/b', '2026-05-01')).toBe('versions/kaoqin/b/2026-04-01/');
    expect(pathOn(timelines, 'kaoqin/b', '2026-06-10')).toBe('kaoqin/b/');
    expect(pathOn(timelines, 'kaoqin/a', '2026-06-30')).toBe('versions/kaoqin/a/2018-04-01/');
    // Abolished that day, or not in the handbook: the regulation's own page (its abolition record).
    expect(pathOn(timelines, 'kaoqin/a', '2026-07-01')).toBe('kaoqin/a/');
    expect(pathOn(timelines, 'kaoqin/zz', '2026-07-01')).toBe('kaoqin/zz/');
  });

  it('embeds one row per text with a page, for ?date=', () => {
    expect(periodRows(b)).toEqual([
      { f: '2019-04-01', u: '2026-04-01', p: 'versions/kaoqin/b/2019-04-01/' },
      { f: '2026-04-01', u: '2026-06-10', p: 'versions/kaoqin/b/2026-04-01/' },
      { f: '2026-06-10', p: 'kaoqin/b/' },
    ]);
    expect(periodRows(a)).toEqual([{ f: '2018-04-01', u: '2026-07-01', p: 'versions/kaoqin/a/2018-04-01/' }]);
    expect(textPath(a, a.texts[0]!)).toBe('versions/kaoqin/a/2018-04-01/');
  });

  it("puts the comparison of two consecutive texts on the earlier text's page", () => {
    expect(nextComparable(b, b.texts[0]!)).toBe(b.texts[1]);
    expect(nextComparable(b, b.texts[1]!)).toBe(b.texts[2]);
    // The current text has no later one; an abolished rule's last text has none either.
    expect(nextComparable(b, b.texts[2]!)).toBeUndefined();
    expect(nextComparable(a, a.texts[0]!)).toBeUndefined();
    expect(versionComparePath('kaoqin/b', '2026-04-01')).toBe('versions/kaoqin/b/2026-04-01/');
  });
});
