import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src/schema/index.ts';
import {
  buildTimeline,
  dayBefore,
  inForceOn,
  pastTexts,
  textOn,
  type TextCandidate,
  type TextOrigin,
} from '../../src/editions/text-timeline.ts';

const enacted: HistoryEntry = { date: '2013-03-04', action: 'enacted', docNumber: 'XX政办发〔2013〕20号' };
const revised2018: HistoryEntry = { date: '2018-06-12', action: 'revised', docNumber: 'XX政办发〔2018〕20号' };
const reaffirmed: HistoryEntry = { date: '2025-03-01', action: 'reaffirmed' };
const revisedJune: HistoryEntry = {
  date: '2026-06-01',
  action: 'revised',
  docNumber: 'XX政办发〔2026〕30号',
  note: '六月修订',
};
const revisedAug: HistoryEntry = { date: '2026-08-20', action: 'revised', docNumber: 'XX政办发〔2026〕31号' };
const abolished: HistoryEntry = { date: '2026-12-01', action: 'abolished', note: '废止' };

function candidate(origin: TextOrigin, effective: string, history: HistoryEntry[]): TextCandidate {
  return {
    origin,
    source: `${origin.kind} ${effective}`,
    fields: { title: '请销假制度', effective, docNumber: undefined, history },
  };
}

const edition2025 = candidate({ kind: 'edition', edition: '2025' }, '2018-07-01', [enacted, revised2018, reaffirmed]);
const keptJune = candidate({ kind: 'kept', filePath: 'content/versions/kaoqin/b/2018-07-01.md' }, '2018-07-01', [
  enacted,
  revised2018,
  reaffirmed,
]);

describe('timeline of a regulation', () => {
  it('orders its texts with periods; a text made before the first edition and not kept has no words', () => {
    // Revised in June; the August revision takes effect in the future (2026-09-01).
    const current = candidate({ kind: 'current' }, '2026-09-01', [
      enacted,
      revised2018,
      reaffirmed,
      revisedJune,
      revisedAug,
    ]);
    const keptAug = candidate({ kind: 'kept', filePath: 'v/2026-06-10.md' }, '2026-06-10', [
      enacted,
      revised2018,
      reaffirmed,
      revisedJune,
    ]);
    const timeline = buildTimeline('kaoqin/b', current, [edition2025, keptAug]);
    expect(timeline.texts.map((text) => [text.madeBy.date, text.from, text.until, text.stored?.origin.kind])).toEqual([
      ['2013-03-04', undefined, '2018-07-01', undefined],
      ['2018-06-12', '2018-07-01', '2026-06-10', 'edition'],
      ['2026-06-01', '2026-06-10', '2026-09-01', 'kept'],
      ['2026-08-20', '2026-09-01', undefined, 'current'],
    ]);
    expect(timeline.texts[1]!.endedBy).toEqual(revisedJune);
    expect(textOn(timeline, '2015-01-01').kind).toBe('not-kept');
    expect(textOn(timeline, '2013-03-03').kind).toBe('not-yet');
    // Decided on 2026-06-01, in force from 2026-06-10: the old text stands until the 9th.
    expect(textOn(timeline, '2026-06-09')).toMatchObject({ kind: 'in-force', text: { from: '2018-07-01' } });
    expect(textOn(timeline, '2026-06-10')).toMatchObject({ kind: 'in-force', text: { from: '2026-06-10' } });
    // Revised in August but not yet in force: the June text is still the text of the day.
    expect(textOn(timeline, '2026-08-31')).toMatchObject({ kind: 'in-force', text: { from: '2026-06-10' } });
    expect(textOn(timeline, '2026-09-01')).toMatchObject({ kind: 'in-force', text: { isCurrent: true } });
    expect(pastTexts(timeline).map((text) => text.from)).toEqual(['2018-07-01', '2026-06-10']);
  });

  it('prefers a kept text to the same text in an edition, and ends the last text on the abolition day', () => {
    const current = candidate({ kind: 'current' }, '2018-07-01', [enacted, revised2018, reaffirmed, abolished]);
    const timeline = buildTimeline('kaoqin/b', current, [edition2025, keptJune]);
    expect(timeline.texts.at(-1)).toMatchObject({
      until: '2026-12-01',
      endedBy: abolished,
      stored: { origin: { kind: 'kept' } },
    });
    expect(textOn(timeline, '2026-11-30').kind).toBe('in-force');
    expect(textOn(timeline, '2026-12-01')).toEqual({ kind: 'abolished', on: '2026-12-01' });
    // The abolished rule's last text gets its own page: the current page is the abolition record.
    expect(pastTexts(timeline)).toHaveLength(1);
    expect(inForceOn([timeline], '2026-12-01')).toEqual([]);
    expect(inForceOn([timeline], '2026-01-01').map((text) => text.regulationId)).toEqual(['kaoqin/b']);
  });

  it('counts the last day of a period', () => {
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
  });
});
