import { describe, expect, it } from 'vitest';
import {
  anyWithinFilter,
  articleSubResults,
  highlight,
  phraseTier,
  queryTerms,
  queryWords,
  rankedSearch,
  type PagefindData,
} from '../../src/search/rerank.ts';
import { loadHandbookModel } from '../../src/handbook/load.ts';
import { defaultFilters, regulationFacets } from '../../src/search/facets.ts';
import { readQueries } from '../../scripts/search-eval.ts';

const page = (url: string, title: string, content: string, extra: Partial<PagefindData> = {}): PagefindData => ({
  url,
  content,
  excerpt: '',
  meta: { title },
  sub_results: [],
  ...extra,
});

describe('phrase-first re-ranking', () => {
  it('puts the page containing the query as a phrase ahead of scattered characters, stable otherwise', async () => {
    const pages = [
      page('/a/', '公文处理办法', '用纸应当印制规范'),
      page('/b/', '印章管理制度', '用印应当登记'),
      page('/c/', '其他', '用 印'),
    ];
    const pagefind = {
      search: async () => ({
        results: pages.map((data, i) => ({ id: String(i), score: 1, words: [], data: async () => data })),
      }),
    };
    const response = await rankedSearch(pagefind, '用印');
    const urls = await Promise.all(response!.results.map(async (r) => (await r.data()).url));
    expect(urls).toEqual(['/b/', '/a/', '/c/']);
    expect(phraseTier(queryTerms('印章'), pages[1]!)).toBe(3);
  });

  it('answers a question whose words are not all in the index by covering most of its words', async () => {
    const pages: Record<string, PagefindData> = {
      qingxiaojia: page('/kaoqin/qingxiaojia/', '请销假制度', '请假三天以内由分管领导审批'),
      waichu: page('/kaoqin/waichu-baobei/', '外出报备制度', '请假的找科室负责人，三天内补报'),
      other: page('/x/', '其他', '批复'),
    };
    // Pagefind needs every word: the whole question finds nothing; single words find pages.
    const index: Record<string, [string, number][]> = {
      请假: [
        ['qingxiaojia', 8],
        ['waichu', 3],
      ],
      三天: [
        ['waichu', 1.5],
        ['qingxiaojia', 1.5],
      ],
      找: [['waichu', 1.5]],
      批: [
        ['qingxiaojia', 7.8],
        ['other', 5],
      ],
    };
    const pagefind = {
      search: async (term: string) => ({
        results: (index[term] ?? []).map(([id, score]) => ({ id, score, words: [], data: async () => pages[id]! })),
      }),
    };
    const response = await rankedSearch(pagefind, '请假三天找谁批');
    const urls = await Promise.all(response!.results.map(async (r) => (await r.data()).url));
    expect(urls).toEqual(['/kaoqin/qingxiaojia/', '/kaoqin/waichu-baobei/']);
    expect(queryWords('请假三天找谁批')).toEqual(['请假', '三天', '找', '谁', '批']);
  });

  it('turns the UI filter arrays into any-of filters', () => {
    expect(anyWithinFilter({ 状态: ['重申', '修订'], 版本: ['2026年版'] })).toEqual({
      状态: { any: ['重申', '修订'] },
      版本: '2026年版',
    });
  });
});

describe('article sub-results', () => {
  it('links the article holding the hits and shows its text', () => {
    const data = page('/kaoqin/qingxiaojia/', '请销假制度', '…', {
      locations: [30],
      anchors: [
        { element: 'h2', id: '第一章总则', text: '第一章　总则', location: 1 },
        { element: 'p', id: '第六条', text: '第六条　因病不能正常工作的，应当请病假。', location: 10 },
        { element: 'p', id: '第七条', text: '第七条　机关工作人员请假，按照下列权限审批：', location: 25 },
      ],
    });
    const [first] = articleSubResults(queryTerms('请假审批'), data)!;
    expect(first!.url).toBe('/kaoqin/qingxiaojia/#%E7%AC%AC%E4%B8%83%E6%9D%A1');
    expect(first!.title).toBe('第七条');
    expect(highlight('a<b>请假', ['请假'])).toBe('a&#60;b&#62;<mark>请假</mark>');
  });
});

describe('choosing the article among several that contain the term', () => {
  it('prefers the article that keeps talking about it (the one defining it) over one that only names it', () => {
    const data = page('/xiaoneng-duche/xianshi-banjie/', '限时办结制', '…', {
      locations: [12, 22],
      anchors: [
        { element: 'p', id: '第三条', text: '第三条　办理事项按照即办件、承诺件分类办理。', location: 10 },
        {
          element: 'p',
          id: '第四条',
          text: '第四条　即办件是指能够当场办理的事项。即办件应当当场办结。',
          location: 20,
        },
      ],
    });
    const [first] = articleSubResults(queryTerms('即办件'), data)!;
    expect(first!.title).toBe('第四条');
  });
});

describe('facets and the query set', () => {
  it('takes filter values from the content data', async () => {
    const model = await loadHandbookModel();
    const regulation = model.current.regulations.find((r) => r.id === 'kaoqin/qingxiaojia')!;
    const facets = regulationFacets(model, model.current, regulation);
    expect(facets.filters).toEqual({ 部门: '党政办', 状态: '修订', 章: '考勤与请销假', 版本: '2026年版' });
    expect(defaultFilters(model.current)).toEqual({ 版本: ['2026年版'], 状态: ['重申', '修订', '新建'] });
  });

  it('has at least 60 queries, each expecting a regulation that exists', async () => {
    const model = await loadHandbookModel();
    const ids = new Set(model.current.regulations.map((r) => r.id));
    const queries = readQueries();
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const q of queries) for (const id of q.expected) expect(ids.has(id), `${q.query} → ${id}`).toBe(true);
  });
});
