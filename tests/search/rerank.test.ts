import { describe, expect, it } from 'vitest';
import { orderFilters } from '../../src/search/facet-counts.ts';
import { articleExcerpt, articleSubResults, articleTexts } from '../../src/search/articles.ts';
import type { PagefindData } from '../../src/search/pagefind.ts';
import { anyWithinFilter, phraseTier, queryWords, rankedSearch, topicCoverage } from '../../src/search/rerank.ts';
import {
  asksQuantity,
  bigrams,
  foldNumerals,
  highlight,
  isQuestion,
  queryTerms,
  statesQuantity,
} from '../../src/search/text-match.ts';
import { loadHandbookModel } from '../../src/handbook/load.ts';
import { defaultFilters, regulationFacets } from '../../src/search/facets.ts';
import { QUERY_SETS, readQueries } from '../../src/search/evaluate.ts';

const page = (url: string, title: string, content: string, extra: Partial<PagefindData> = {}): PagefindData => ({
  url,
  content,
  excerpt: '',
  meta: { title },
  sub_results: [],
  ...extra,
});

type Condition = string | { any: string[] };

/**
 * A fake Pagefind over fixed pages: `index[word]` lists the pages (and scores) a word finds, and
 * `facets[id]` the filter values of a page; filters are matched as Pagefind does (a value, or any of).
 */
function fakePagefind(
  pages: Record<string, PagefindData>,
  index: Record<string, [string, number][]>,
  facets: Record<string, Record<string, string>> = {},
) {
  const passes = (id: string, filters: Record<string, Condition> = {}) =>
    Object.entries(filters).every(([name, condition]) => {
      const value = facets[id]?.[name];
      return (
        value !== undefined && (typeof condition === 'string' ? condition === value : condition.any.includes(value))
      );
    });
  const result = (id: string, score = 1) => ({ id, score, words: [], data: async () => pages[id]! });
  return {
    search: async (term: string | null, options?: { filters?: Record<string, Condition> }) => ({
      results:
        term === null
          ? Object.keys(facets)
              .filter((id) => passes(id, options?.filters))
              .map((id) => result(id))
          : (index[term] ?? []).filter(([id]) => passes(id, options?.filters)).map(([id, score]) => result(id, score)),
    }),
    filters: async () => {
      const counts: Record<string, Record<string, number>> = {};
      for (const values of Object.values(facets))
        for (const [name, value] of Object.entries(values)) {
          const filter = (counts[name] ??= {});
          filter[value] = (filter[value] ?? 0) + 1;
        }
      return counts;
    },
  };
}

async function urlsOf(response: Awaited<ReturnType<typeof rankedSearch>>) {
  return Promise.all(response!.results.map(async (r) => (await r.data()).url));
}

describe('page order', () => {
  it('rule: a page holding the query as a contiguous phrase ranks ahead of pages where its characters are scattered; stable otherwise', async () => {
    const pages = [
      page('/a/', '文书办法', '鉴定意见书应当加盖印章'),
      page('/b/', '印鉴管理制度', '印鉴应当登记'),
      page('/c/', '其他', '印 鉴'),
    ];
    const pagefind = fakePagefind(Object.fromEntries(pages.map((data, i) => [String(i), data])), {
      印鉴: pages.map((_, i) => [String(i), 1]),
    });
    expect(await urlsOf(await rankedSearch(pagefind, '印鉴'))).toEqual(['/b/', '/a/', '/c/']);
    expect(phraseTier(queryTerms('印鉴'), pages[1]!)).toBe(3);
  });

  it('rule: a question whose words are not all in the index is answered word by word, pages covering most of it first', async () => {
    const pages: Record<string, PagefindData> = {
      overtime: page('/jiaban/', '加班管理办法', '加班三天以内由分管领导批准'),
      duty: page('/zhiban/', '值班制度', '值班的找科室负责人，三天内补报'),
      other: page('/x/', '其他', '批复'),
    };
    const pagefind = fakePagefind(pages, {
      加班: [
        ['overtime', 8],
        ['duty', 3],
      ],
      三天: [
        ['duty', 1.5],
        ['overtime', 1.5],
      ],
      批: [
        ['overtime', 7.8],
        ['other', 5],
      ],
    });
    expect(await urlsOf(await rankedSearch(pagefind, '加班三天谁批'))).toEqual(['/jiaban/', '/zhiban/']);
    expect(queryWords('加班三天谁批')).toEqual(['加班', '三天', '谁', '批']);
  });

  it('rule: among pages no phrase decides, the page where one sentence holds the question words ranks above one where they are scattered', async () => {
    const scattered = page('/scattered/', '甲制度', '…', {
      anchors: [
        { element: 'p', id: '第一条', text: '第一条　车辆由党政办统一调度。', location: 1 },
        { element: 'p', id: '第二条', text: '第二条　维修费用按规定报销。', location: 10 },
      ],
      content: '第一条 车辆由党政办统一调度。 第二条 维修费用按规定报销。',
    });
    const together = page('/together/', '乙制度', '…', {
      anchors: [{ element: 'p', id: '第一条', text: '第一条　车辆维修费用报销须附清单。', location: 1 }],
      content: '第一条 车辆维修费用报销须附清单。',
    });
    const pagefind = fakePagefind(
      { scattered, together },
      {
        车辆: [
          ['scattered', 5],
          ['together', 1],
        ],
        维修: [
          ['scattered', 5],
          ['together', 1],
        ],
        报销: [
          ['scattered', 5],
          ['together', 1],
        ],
      },
    );
    expect(await urlsOf(await rankedSearch(pagefind, '车辆维修怎么报销'))).toEqual(['/together/', '/scattered/']);
  });

  it('turns the UI filter arrays into any-of filters', () => {
    expect(anyWithinFilter({ 状态: ['重申', '修订'], 版本: ['2026年版'] })).toEqual({
      状态: { any: ['重申', '修订'] },
      版本: '2026年版',
    });
  });
});

describe('article sub-results', () => {
  const rules = page('/rules/', '某制度', '…', {
    locations: [30, 40],
    anchors: [
      { element: 'h2', id: '第一章', text: '第一章　总则', location: 1 },
      { element: 'p', id: '第六条', text: '第六条　因病不能正常工作的，应当请病假。', location: 10 },
      { element: 'p', id: '第七条', text: '第七条　借用公物，按照下列权限审批： 本条于2026年修订', location: 25 },
      { element: 'p', id: '第八条', text: '第八条　公物归还后登记。', location: 45 },
    ],
    content:
      '某制度. 第一章 总则. 第六条 因病不能正常工作的，应当请病假。 第七条 借用公物，按照下列权限审批： 本条于2026年修订. ' +
      '（一）借用1天以内的，由科室负责人审批； （二）借用1天以上的，由分管领导审批。 第八条 公物归还后登记。',
  });

  it('rule: an article is its whole text (款 and items): the item that answers is found and quoted, not the lead-in or the change marker', () => {
    const [first] = articleSubResults(queryTerms('借用1天以上'), rules)!;
    expect(first!.title).toBe('第七条');
    expect(first!.url).toBe('/rules/#%E7%AC%AC%E4%B8%83%E6%9D%A1');
    expect(first!.excerpt).toContain('（二）');
    expect(first!.excerpt).not.toContain('本条于');
    expect(articleTexts(rules).get('第七条')).toContain('（二）借用1天以上的');
  });

  it('rule: the excerpt is the article’s first sentence when no sentence matched, never empty, never cut inside a 《title》', () => {
    const text = '第三条 本制度依据《某某省机关事务管理办法实施细则》制定。';
    expect(articleExcerpt(text, undefined)).toBe('第三条 本制度依据《某某省机关事务管理办法实施细则》制定。');
    const clipped = articleExcerpt(text, undefined, 16);
    expect(clipped).toBe('第三条 本制度依据《某某省机关事务管理办法实施细则》…');
    expect(highlight('a<b>请假', ['请假'])).toBe('a&#60;b&#62;<mark>请假</mark>');
  });

  it('rule: for a 几/多少 question the article that states a quantity wins over one that only shares the words', () => {
    const data = page('/meetings/', '会议制度', '…', {
      locations: [5, 15],
      anchors: [
        { element: 'p', id: '第二条', text: '第二条　会议通知由党政办发出。', location: 1 },
        { element: 'p', id: '第五条', text: '第五条　会议通知一般提前2个工作日发出。', location: 10 },
      ],
      content: '第二条 会议通知由党政办发出。 第五条 会议通知一般提前2个工作日发出。',
    });
    expect(asksQuantity('会议通知提前几天发')).toBe(true);
    expect(articleSubResults(queryTerms('会议通知提前几天发'), data)![0]!.title).toBe('第五条');
    expect(statesQuantity('每人每天按标准发放')).toBe(false);
    expect(statesQuantity('每人每天不超过四百元')).toBe(true);
    expect(statesQuantity('提前三个工作日')).toBe(true);
  });

  it('rule: a count matches whether written in Chinese numerals or digits (三天 = 3天, 十五日 = 15日)', () => {
    expect(foldNumerals('借用三天 十五日 二十人 三十五个 一岗双责')).toBe('借用3天 15日 20人 35个 一岗双责');
    const [first] = articleSubResults(queryTerms('借用一天以上谁批'), rules, 3, '借用一天以上谁批')!;
    expect(first!.excerpt).toContain('（二）');
    expect(first!.excerpt).toContain('<mark>');
  });

  it('rule: for a topic query the article opening with its words wins over one mentioning the phrase in passing; not for a question', () => {
    const data = page('/duty/', '值班制度', '…', {
      locations: [5, 15, 16],
      anchors: [
        { element: 'p', id: '第三条', text: '第三条　值班室设在应急办。党政办负责值班补休登记。', location: 1 },
        { element: 'p', id: '第十三条', text: '第十三条　节假日值班的，按照值班天数安排补休。', location: 10 },
      ],
      content: '第三条 值班室设在应急办。党政办负责值班补休登记。 第十三条 节假日值班的，按照值班天数安排补休。',
    });
    expect(isQuestion('值班补休')).toBe(false);
    expect(articleSubResults(queryTerms('值班补休'), data, 3, '值班补休')![0]!.title).toBe('第十三条');
    // A question is answered by the sentence holding its words, wherever the article opens.
    expect(isQuestion('值班补休谁登记')).toBe(true);
    expect(articleSubResults(queryTerms('值班补休谁登记'), data, 3, '值班补休谁登记')![0]!.title).toBe('第三条');
  });

  it('rule: question words and their measure words are not matched (几个人 does not match 个人)', () => {
    expect(bigrams(['去几个人'])).toEqual([]);
    expect(bigrams(['出差几天报销'])).toEqual(['出差', '报销']);
  });

  it('rule: among articles with the term, the one whose opening sentence names it (it is about it), then the one using it most (it defines it)', () => {
    const data = page('/deadlines/', '办结制度', '…', {
      locations: [12, 22],
      anchors: [
        { element: 'p', id: '第三条', text: '第三条　办理事项分为当场件、承诺件。', location: 10 },
        {
          element: 'p',
          id: '第四条',
          text: '第四条　承诺件是指不能当场办结的事项。承诺件应当按期办结。',
          location: 20,
        },
      ],
      content: '第三条 办理事项分为当场件、承诺件。 第四条 承诺件是指不能当场办结的事项。承诺件应当按期办结。',
    });
    expect(articleSubResults(queryTerms('承诺件'), data)![0]!.title).toBe('第四条');
  });
});

describe('topic of a page', () => {
  it('rule: among pages that answer equally well, the one whose title and keywords name the question’s words first', async () => {
    // The same answering sentence on both pages: only the subject tells them apart.
    const exam = page('/kaohe/', '年度考核办法', '检索词：优秀比例。 第九条 借出档案最多7天。', {
      anchors: [{ element: 'p', id: '第九条', text: '第九条　借出档案最多7天。', location: 4 }],
    });
    const files = page('/dangan/', '档案管理制度', '检索词：借阅档案。 第八条 借出档案最多7天。', {
      anchors: [{ element: 'p', id: '第八条', text: '第八条　借出档案最多7天。', location: 4 }],
    });
    expect(topicCoverage('借档案最多借几天', files)).toBeGreaterThan(topicCoverage('借档案最多借几天', exam));
    const pagefind = fakePagefind(
      { exam, files },
      {
        借档案最多借几天: [
          ['exam', 9],
          ['files', 8],
        ],
      },
    );
    expect(await urlsOf(await rankedSearch(pagefind, '借档案最多借几天'))).toEqual(['/dangan/', '/kaohe/']);
  });
});

describe('filter counts', () => {
  const facets = {
    a: { 状态: '重申', 版本: '2026年版' },
    b: { 状态: '已废止', 版本: '2026年版' },
    c: { 状态: '重申', 版本: '2025年版' },
    d: { 状态: '修订', 版本: '2026年版' },
  };
  const pages = Object.fromEntries(Object.keys(facets).map((id) => [id, page(`/${id}/`, id, '考勤')]));

  it('count each value as the results the query gives with it ticked and the other filters kept, in one search', async () => {
    const pagefind = fakePagefind(
      pages,
      {
        考勤: [
          ['a', 1],
          ['b', 1],
          ['c', 1],
        ],
      },
      facets,
    );
    let searches = 0;
    const counted = {
      ...pagefind,
      search: (...args: Parameters<typeof pagefind.search>) => (searches++, pagefind.search(...args)),
    };
    // The UI has 2026年版 and 重申 ticked; the query finds a, b and c (d does not hold the word).
    const selection = { 版本: ['2026年版'], 状态: ['重申'] };
    const response = await rankedSearch(counted, '考勤', { filters: selection });
    expect(await urlsOf(response)).toEqual(['/a/']);
    expect(response!.filters).toEqual({
      状态: { 重申: 1, 已废止: 1, 修订: 0 },
      版本: { '2026年版': 1, '2025年版': 1 },
    });
    // Ticked values add up to what is shown, and ticking 已废止 gives what its count said.
    const wider = await rankedSearch(counted, '考勤', { filters: { ...selection, 状态: ['重申', '已废止'] } });
    expect(await urlsOf(wider)).toEqual(['/a/', '/b/']);
    expect(wider!.filters!['状态']).toEqual({ 重申: 1, 已废止: 1, 修订: 0 });
    // After the filter values are learnt once, each query is one Pagefind search.
    searches = 0;
    await rankedSearch(counted, '考勤', { filters: selection });
    expect(searches).toBe(1);
  });

  it('in handbook order', () => {
    const ordered = orderFilters(
      { 版本: { '2025年版': 1, '2026年版': 1 }, 状态: { 已废止: 1, 重申: 1 } },
      { 状态: ['重申', '已废止'], 版本: ['2026年版', '2025年版'] },
    );
    expect(Object.keys(ordered)).toEqual(['状态', '版本']);
    expect(Object.keys(ordered['版本']!)).toEqual(['2026年版', '2025年版']);
  });
});

describe('facets and the query set', () => {
  it('takes filter values from the content data', async () => {
    const model = await loadHandbookModel();
    const regulation = model.current.regulations.find((r) => r.id === 'kaoqin/qingxiaojia')!;
    const facets = regulationFacets(model, model.current, regulation);
    expect(facets.filters).toEqual({ 部门: '党政办', 状态: '修订', 章: '考勤与请销假', 版本: '2026年版' });
    expect(facets.meta).toEqual({ 版本: '2026年版', 部门: '党政办', 状态: '修订' });
    expect(defaultFilters(model.current)).toEqual({ 版本: ['2026年版'], 状态: ['重申', '修订', '新建'] });
  });

  it('has at least 60 tuned queries, each expecting a regulation that exists', async () => {
    const model = await loadHandbookModel();
    const ids = new Set(model.current.regulations.map((r) => r.id));
    const queries = readQueries();
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const q of queries) for (const id of q.expected) expect(ids.has(id), `${q.query} → ${id}`).toBe(true);
  });

  it('keeps a held-out set of at least 30 questions, each expecting a regulation that exists', async () => {
    const model = await loadHandbookModel();
    const ids = new Set(model.current.regulations.map((r) => r.id));
    const heldout = readQueries(QUERY_SETS.heldout);
    expect(heldout.length).toBeGreaterThanOrEqual(30);
    const tuned = new Set(readQueries(QUERY_SETS.tuned).map((q) => q.query));
    for (const q of heldout) {
      expect(tuned.has(q.query), `${q.query} is in both sets`).toBe(false);
      for (const id of q.expected) expect(ids.has(id), `${q.query} → ${id}`).toBe(true);
    }
  });
});
