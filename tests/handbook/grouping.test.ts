import { describe, expect, it } from 'vitest';
import {
  countByStatus,
  groupByChapter,
  groupByDepartment,
  listEarlierAbolished,
  listRecentlyChanged,
  type EditionModel,
  type Regulation,
} from '../../src/handbook/index.ts';
import type { HistoryEntry, RegulationStatus } from '../../src/schema/index.ts';

function regulation(id: string, status: RegulationStatus, department: string, history: HistoryEntry[]): Regulation {
  const [chapter = '', slug = ''] = id.split('/');
  return {
    id,
    chapter,
    slug,
    edition: 'current',
    filePath: `content/regulations/${id}.md`,
    absPath: `/x/${id}.md`,
    source: '',
    data: { title: `制度${slug}`, status, department, effective: history[0]?.date ?? '2020-01-01', history },
  };
}

const enacted = (date: string): HistoryEntry => ({ date, action: 'enacted' });
const edition: EditionModel = {
  key: 'current',
  year: 2026,
  handbook: { title: '汇编', issuer: '镇政府', edition: { year: 2026, issuedOn: '2026-03-20' } },
  regulations: [
    regulation('kaoqin/a', 'reaffirmed', '党政办', [enacted('2018-01-01')]),
    regulation('kaoqin/b', 'revised', '党政办', [enacted('2018-01-01'), { date: '2026-03-12', action: 'revised' }]),
    regulation('caiwu/c', 'new', '财政所', [enacted('2026-03-01')]),
    regulation('caiwu/d', 'abolished', '财政所', [enacted('2015-01-01'), { date: '2026-03-12', action: 'abolished' }]),
    regulation('kaoqin/e', 'abolished', '党政办', [enacted('2015-01-01'), { date: '2024-03-12', action: 'abolished' }]),
  ],
};

describe('index page grouping', () => {
  it('counts this edition’s review outcome; repeals of earlier years are not counted again', () => {
    expect(countByStatus(edition)).toEqual({ reaffirmed: 1, revised: 1, new: 1, abolished: 1 });
    expect(listEarlierAbolished(edition).map((r) => r.id)).toEqual(['kaoqin/e']);
  });

  it('lists only in-force regulations under chapters, in chapter order', () => {
    const groups = groupByChapter(edition, [
      { key: 'kaoqin', title: '考勤', order: 1 },
      { key: 'caiwu', title: '财务', order: 2 },
    ]);
    expect(groups.map((g) => [g.chapter.key, g.regulations.map((r) => r.id)])).toEqual([
      ['kaoqin', ['kaoqin/a', 'kaoqin/b']],
      ['caiwu', ['caiwu/c']],
    ]);
  });

  it('gives every department its in-force and abolished regulations', () => {
    const groups = groupByDepartment(edition, [
      { key: '党政办', name: '党政综合办公室', slug: 'dzb', codeowners: [] },
      { key: '财政所', name: '财政所', slug: 'czs', codeowners: [] },
    ]);
    expect(groups.map((g) => [g.department.key, g.inForce.length, g.abolished.length])).toEqual([
      ['党政办', 2, 1],
      ['财政所', 1, 1],
    ]);
  });

  it('puts this year’s changes first in “recently changed”', () => {
    expect(listRecentlyChanged(edition).map((r) => r.id)).toEqual(['kaoqin/b', 'caiwu/d', 'caiwu/c']);
  });
});
