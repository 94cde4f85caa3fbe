import { describe, expect, it } from 'vitest';
import type { TocEntry } from '../../src/engine/index.ts';
import { chinaDay, chinaDayAsUtc } from '../../src/site/dates.ts';
import { articleMapping, qualifiedTitle, statusQualifier } from '../../src/site/status.ts';
import { buildRegulationToc, LONG_REGULATION_ARTICLES } from '../../src/site/toc.ts';
import type { RegulationComparison } from '../../src/editions/compare.ts';

describe('dates in China', () => {
  it('keeps the China calendar day of an instant, whatever UTC says', () => {
    // 00:30 on 16 March in China is still 15 March in UTC.
    const instant = new Date('2026-03-16T00:30:00+08:00');
    expect(chinaDay(instant)).toBe('2026-03-16');
    const shown = chinaDayAsUtc(instant).toLocaleDateString('zh-CN', { dateStyle: 'medium', timeZone: 'UTC' });
    expect(shown).toBe('2026年3月16日');
  });
});

describe('status words', () => {
  const edition = (key: string, year: number) => ({ key, year });
  const data = (status: string) => ({ data: { status } }) as never;
  it('says 2025年版 for an archived copy, 已废止 for an abolished rule, nothing for a rule in force', () => {
    expect(statusQualifier(data('revised'), edition('2025', 2025))).toBe('2025年版');
    expect(statusQualifier(data('abolished'), edition('current', 2026))).toBe('已废止');
    expect(statusQualifier(data('reaffirmed'), edition('current', 2026))).toBe('');
    expect(qualifiedTitle('请销假制度', '2025年版')).toBe('请销假制度（2025年版）');
    expect(qualifiedTitle('请销假制度', '')).toBe('请销假制度');
  });

  it('maps an old article to the current one only when the comparison pairs them one to one', () => {
    const unit = (anchor: string) => ({ anchor, label: anchor, text: '' });
    const row = (before: string[], after: string[]) => ({ before: before.map(unit), after: after.map(unit) });
    const comparison = {
      rows: [
        row(['第一条'], ['第一条']),
        row(['第二条'], ['第三条']),
        row(['第三条'], ['第四条', '第五条']),
        row(['第四条'], []),
      ],
    } as unknown as RegulationComparison;
    expect(articleMapping(comparison)).toEqual({ 第一条: '第一条', 第二条: '第三条' });
  });
});

describe('本页内容 of a regulation', () => {
  const entries = (articles: number): TocEntry[] => {
    const list: TocEntry[] = [{ depth: 1, anchor: '第一章', label: '第一章', title: '总则' }];
    for (let i = 1; i <= articles; i++) list.push({ depth: 2, anchor: `第${i}条`, label: `第${i}条` });
    return list;
  };
  it('lists chapters only for a short regulation and the articles under their chapter for a long one', () => {
    const short = buildRegulationToc('短', entries(LONG_REGULATION_ARTICLES), []);
    expect(short.items.map((item) => item.slug)).toEqual(['_top', '第一章']);
    expect(short.items[1]!.children).toEqual([]);
    const long = buildRegulationToc('长', entries(LONG_REGULATION_ARTICLES + 1), []);
    expect(long.items[1]!.children).toHaveLength(LONG_REGULATION_ARTICLES + 1);
  });
});
