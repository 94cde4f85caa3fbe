import { describe, expect, it } from 'vitest';
import { inForceFilters, isDay, NO_END, PERIOD_FILTER, periodFilters } from '../../src/search/date-limit.ts';
import { editionPagePeriod, versionPagePeriod } from '../../src/search/page-period.ts';
import { rankedSearch } from '../../src/search/rerank.ts';
import { loadHandbookModel } from '../../src/handbook/load.ts';
import { filterOrder, PAST_TEXT_LABEL, pastTextFacets } from '../../src/search/facets.ts';
import { loadSiteTimelines, hasVersionPage } from '../../src/site/version-site.ts';
import type { PagefindData } from '../../src/search/pagefind.ts';

const known = {
  [PERIOD_FILTER.from]: { '2018-07-01': 1, '2026-04-01': 1, '2026-06-10': 1 },
  [PERIOD_FILTER.until]: { '2026-04-01': 1, '2026-06-10': 1, [NO_END]: 1 },
};

describe('date limit', () => {
  it('asks for the texts whose period holds the day: started on or before it, ended after it', () => {
    expect(inForceFilters(known, '2026-04-01')).toEqual({
      [PERIOD_FILTER.from]: { any: ['2018-07-01', '2026-04-01'] },
      [PERIOD_FILTER.until]: { any: ['2026-06-10', NO_END] },
    });
    // The last day of a period (the day before the next text) still holds the old text.
    expect(inForceFilters(known, '2026-03-31')).toEqual({
      [PERIOD_FILTER.from]: { any: ['2018-07-01'] },
      [PERIOD_FILTER.until]: { any: ['2026-04-01', '2026-06-10', NO_END] },
    });
  });

  it('gives nothing before the first text took effect, and accepts only real days', () => {
    expect(inForceFilters(known, '2010-01-01')).toBeUndefined();
    expect(periodFilters('2026-04-01', undefined)).toEqual({ 施行起: '2026-04-01', 施行止: NO_END });
    for (const bad of ['', '2026-13-01', '2026-8-10', '20260810', 'abc']) expect(isDay(bad), bad).toBe(false);
    expect(isDay('2026-08-10')).toBe(true);
  });

  it('searches only the texts in force on the day, one search with the limit', async () => {
    const page = (url: string): PagefindData => ({ url, content: '请假', excerpt: '', meta: { title: url } });
    const pages: Record<string, PagefindData> = { old: page('/versions/a/2018-07-01/'), now: page('/a/') };
    const facets: Record<string, Record<string, string>> = {
      old: { 版本: '历次文本', ...periodFilters('2018-07-01', '2026-04-01') },
      now: { 版本: '2026年版', ...periodFilters('2026-04-01', undefined) },
    };
    type Condition = string | { any: string[] };
    const passes = (id: string, filters: Record<string, Condition> = {}) =>
      Object.entries(filters).every(([name, condition]) => {
        const value = facets[id]![name];
        return (
          value !== undefined && (typeof condition === 'string' ? value === condition : condition.any.includes(value))
        );
      });
    const pagefind = {
      search: async (term: string | null, options?: { filters?: Record<string, Condition> }) => ({
        results: Object.keys(pages)
          .filter((id) => (term === null || pages[id]!.content.includes(term)) && passes(id, options?.filters))
          .map((id) => ({ id, score: 1, words: [], data: async () => pages[id]! })),
      }),
      filters: async () => {
        const counts: Record<string, Record<string, number>> = {};
        for (const values of Object.values(facets))
          for (const [name, value] of Object.entries(values)) (counts[name] ??= {})[value] = 1;
        return counts;
      },
    };
    const urls = async (date: string) => {
      const response = await rankedSearch(pagefind, '请假', { date });
      return Promise.all(response!.results.map(async (result) => (await result.data()).url));
    };
    expect(await urls('2020-01-01')).toEqual(['/versions/a/2018-07-01/']);
    expect(await urls('2026-03-31')).toEqual(['/versions/a/2018-07-01/']);
    expect(await urls('2026-04-01')).toEqual(['/a/']);
    expect(await urls('2000-01-01')).toEqual([]);
    // The counts describe the date-limited results (版本 of the one text in force).
    const response = await rankedSearch(pagefind, '请假', { date: '2020-01-01' });
    expect(response!.filters!['版本']).toEqual({ 历次文本: 1, '2026年版': 0 });
  });
});

describe('page periods of the handbook', () => {
  it('label every page with its period; only the text’s own page carries the date filters', async () => {
    const model = await loadHandbookModel();
    const timelines = await loadSiteTimelines();
    const archived = model.archived[0]!;
    // A regulation revised since the archived edition: its old text lives on a version page.
    const revised = [...timelines.values()].find((timeline) =>
      timeline.texts.some((text) => text.stored?.origin.kind === 'edition' && hasVersionPage(timeline, text)),
    )!;
    const current = model.current.regulations.find((regulation) => regulation.id === revised.regulationId)!;
    const old = archived.regulations.find((regulation) => regulation.id === revised.regulationId)!;
    const now = editionPagePeriod(revised, current, true)!;
    expect(now.label).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日(起|至\d{4}年\d{1,2}月\d{1,2}日)$/u);
    expect(now.filters[PERIOD_FILTER.from]).toBe(current.data.effective);
    const then = editionPagePeriod(revised, old, false)!;
    expect(then.label).toMatch(/至/u);
    expect(then.filters).toEqual({});
    const past = revised.texts.find((text) => hasVersionPage(revised, text))!;
    expect(versionPagePeriod(past)).toEqual({ label: then.label, filters: periodFilters(past.from!, past.until) });
  });

  it('give a version page the regulation’s 部门, 章 and status today, and 版本 历次文本 (listed after the editions)', async () => {
    const model = await loadHandbookModel();
    expect(pastTextFacets(model, 'kaoqin/qingxiaojia', false).filters).toEqual({
      部门: '党政办',
      状态: '修订',
      章: '考勤与请销假',
      版本: PAST_TEXT_LABEL,
    });
    const abolished = pastTextFacets(model, 'kaoqin/qiandao-kaoqin', true);
    expect(abolished.meta).toMatchObject({ 版本: PAST_TEXT_LABEL, 状态: '已废止' });
    expect(abolished.names).toEqual([]);
    expect(filterOrder(model)['版本']!.at(-1)).toBe(PAST_TEXT_LABEL);
  });
});
