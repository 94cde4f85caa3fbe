import { describe, expect, it } from 'vitest';
import { buildCorpus, linkTargetId, selfWord } from '../../src/engine/index.ts';
import type { Corpus, ResolvedCitation } from '../../src/engine/index.ts';
import { fixtureCorpus, fixtureInputs } from './helpers.ts';

const corpus: Corpus = await fixtureCorpus('corpus-basic');
const WENZE = 'xiaoneng-duche/xiaoneng-wenze';

function cited(id: string, text: string, edition = 'current'): ResolvedCitation {
  const rc = corpus.citations(id, edition).find((c) => c.citation.text === text);
  if (!rc) throw new Error(`no citation ${text} in ${id}`);
  return rc;
}

describe('corpus indexes', () => {
  it('has both editions and all regulations', () => {
    expect([...corpus.editions].sort()).toEqual(['2025', 'current']);
    expect(
      corpus
        .regulations('current')
        .map((r) => r.input.id)
        .sort(),
    ).toEqual([
      'kaoqin/jiguan-kaoqin',
      'kaoqin/qiandao-kaoqin',
      'kaoqin/qingxiaojia',
      'xiaoneng-duche/xiaoneng-wenze',
      'yishi-juece/sanzhong-yida',
    ]);
    expect(corpus.regulations('2025')).toHaveLength(2);
    expect(corpus.regulations()).toHaveLength(7);
  });

  it('finds by title, short title, alias (quotes normalised) and 文号 (current or history)', () => {
    expect(corpus.findByTitle('机关工作人员考勤制度')?.input.id).toBe('kaoqin/jiguan-kaoqin');
    expect(corpus.findByTitle('机关考勤制度')?.input.id).toBe('kaoqin/jiguan-kaoqin');
    expect(corpus.findByTitle('考勤制度')?.input.id).toBe('kaoqin/jiguan-kaoqin');
    expect(corpus.findByTitle('“三重一大”事项集体决策制度')?.input.id).toBe('yishi-juece/sanzhong-yida');
    expect(corpus.findByDocNumber('XX政办发〔2016〕12号')?.input.id).toBe('kaoqin/jiguan-kaoqin');
    expect(corpus.findByDocNumber('XX政办发［2026］21号')?.input.id).toBe('kaoqin/qingxiaojia');
    expect(corpus.findByDocNumber('XX政办发〔2016〕12号', '2025')?.input.id).toBe('kaoqin/jiguan-kaoqin');
    expect(corpus.findExternal('公务员法')?.title).toBe('中华人民共和国公务员法');
  });
});

describe('resolution', () => {
  it('title + article list → regulation, anchors, exists', () => {
    const rc = cited(WENZE, '《机关考勤制度》第三条、第四条');
    expect(rc).toMatchObject({
      status: 'ok',
      target: { kind: 'regulation', id: 'kaoqin/jiguan-kaoqin', status: 'revised', self: false },
      refs: [
        { label: '第三条', anchor: '第三条', exists: true },
        { label: '第四条', anchor: '第四条', exists: true },
      ],
      anchor: '第三条',
      problems: [],
    });
  });

  it('alias and 款 of a multi-款 article → 款 anchor', () => {
    expect(cited(WENZE, '《考勤制度》第五条第二款')).toMatchObject({
      status: 'ok',
      refs: [{ label: '第五条第二款', anchor: '第五条第二款', exists: true }],
    });
  });

  it('项 lands on its own anchor (第二条第二项; 第X条第Y款第Z项 in a multi-款 article)', () => {
    expect(cited(WENZE, '《请销假制度》第二条第（二）项')).toMatchObject({
      status: 'ok',
      refs: [{ label: '第二条第（二）项', anchor: '第二条第二项', exists: true }],
    });
  });

  it('quote variants of a title resolve', () => {
    expect(cited(WENZE, '《“三重一大”事项集体决策制度》')).toMatchObject({
      status: 'ok',
      target: { id: 'yishi-juece/sanzhong-yida' },
      refs: [],
    });
  });

  it('missing article / 款 / 项 are broken with reasons', () => {
    expect(cited(WENZE, '《机关工作人员考勤制度》第九条')).toMatchObject({
      status: 'broken',
      refs: [{ label: '第九条', exists: false }],
      problems: [{ reason: 'missing-article' }],
    });
    expect(cited(WENZE, '《请销假制度》第二条第三款')).toMatchObject({
      status: 'broken',
      problems: [{ reason: 'missing-paragraph' }],
    });
    expect(cited(WENZE, '《请销假制度》第二条第（五）项')).toMatchObject({
      status: 'broken',
      problems: [{ reason: 'missing-item' }],
    });
  });

  it('unknown title → unresolved with the nearest title as suggestion', () => {
    expect(cited(WENZE, '《机关考勤制录》')).toMatchObject({
      status: 'unresolved',
      target: { kind: 'unresolved' },
      problems: [{ reason: 'unknown-title', suggestion: '机关考勤制度' }],
    });
    const far = cited(WENZE, '《不存在的文件》');
    expect(far.problems).toHaveLength(1);
    expect(far.problems[0]?.reason).toBe('unknown-title');
    expect(far.problems[0]?.suggestion).toBeUndefined();
  });

  it('external documents by title or alias, and by 文号', () => {
    expect(cited(WENZE, '《公务员法》')).toMatchObject({
      status: 'external',
      target: { kind: 'external', doc: { title: '中华人民共和国公务员法', url: 'https://flk.npc.gov.cn/' } },
    });
    expect(cited(WENZE, 'XX政发〔2026〕8号')).toMatchObject({
      status: 'external',
      target: { doc: { title: 'XX镇人民政府制度汇编' } },
    });
  });

  it('文号 of a history entry resolves; non-standard bracket is a format warning; unknown 文号 is unresolved', () => {
    expect(cited(WENZE, 'XX政办发〔2016〕12号')).toMatchObject({
      status: 'ok',
      target: { id: 'kaoqin/jiguan-kaoqin' },
    });
    expect(cited(WENZE, 'XX政办发［2026］21号')).toMatchObject({
      status: 'ok',
      target: { id: 'kaoqin/qingxiaojia' },
      problems: [{ reason: 'doc-number-format' }],
    });
    expect(cited(WENZE, 'XX政办发〔2030〕1号')).toMatchObject({
      status: 'unresolved',
      problems: [{ reason: 'unknown-doc-number' }],
    });
  });

  it('《标题》（文号） with the 文号 of another regulation is a mismatch', () => {
    expect(cited(WENZE, '《机关工作人员考勤制度》（XX政办发〔2026〕21号）')).toMatchObject({
      status: 'broken',
      target: { id: 'kaoqin/jiguan-kaoqin' },
      problems: [{ reason: 'doc-number-mismatch' }],
    });
  });

  it('citing an abolished regulation from an in-force one is flagged, with the replacement', () => {
    expect(cited(WENZE, '《机关干部签到考勤暂行规定》第三条')).toMatchObject({
      status: 'abolished',
      target: { status: 'abolished', replacedBy: 'kaoqin/jiguan-kaoqin' },
      problems: [{ reason: 'cites-abolished', suggestion: '机关工作人员考勤制度' }],
    });
  });

  it('原《…》同时废止 is not flagged but still marked abolished', () => {
    expect(cited('kaoqin/jiguan-kaoqin', '《机关干部签到考勤暂行规定》')).toMatchObject({
      status: 'abolished',
      problems: [],
    });
  });

  it('markdown links: relative .md with fragment, absolute site path, unknown file', () => {
    expect(cited(WENZE, '考勤制度第五条')).toMatchObject({
      status: 'ok',
      target: { id: 'kaoqin/jiguan-kaoqin' },
      refs: [{ anchor: '第五条', exists: true }],
    });
    expect(cited(WENZE, '请销假制度')).toMatchObject({ status: 'ok', target: { id: 'kaoqin/qingxiaojia' }, refs: [] });
    expect(cited(WENZE, '请假须知')).toMatchObject({
      status: 'unresolved',
      problems: [{ reason: 'unknown-link-target' }],
    });
  });

  it('self references: 本办法第X条, beyond the last article, 本条第X款 missing, 前两款 out of range', () => {
    expect(cited(WENZE, '本办法第三条')).toMatchObject({
      status: 'ok',
      target: { id: WENZE, self: true },
      refs: [{ anchor: '第三条' }],
    });
    expect(cited(WENZE, '本办法第二十条')).toMatchObject({
      status: 'broken',
      problems: [{ reason: 'beyond-last-article', message: '引用了本办法第二十条，但本办法最后一条是第十条' }],
    });
    expect(cited(WENZE, '本条第三款')).toMatchObject({
      status: 'broken',
      refs: [{ label: '第九条第三款', exists: false }],
      problems: [{ reason: 'missing-paragraph' }],
    });
    expect(cited(WENZE, '前两款')).toMatchObject({ status: 'broken', problems: [{ reason: 'relative-out-of-range' }] });
  });

  it('前款 resolves to the previous 款 of the citing article', () => {
    const c = fixtureCorpusFromText('第一条　甲。\n\n乙。\n\n依照前款、前两款和前款第（一）项。');
    const rcs = c.citations('test/inline');
    expect(rcs.map((r) => [r.citation.text, r.refs.map((x) => `${x.label}@${x.anchor}`)])).toEqual([
      ['前款', ['第一条第二款@第一条第二款']],
      ['前两款', ['第一条第一款至第二款@第一条第一款']],
      ['前款第（一）项', ['第一条第二款第（一）项@第一条第二款']],
    ]);
    expect(rcs[2]?.problems.map((p) => p.reason)).toEqual(['missing-item']);
  });

  it('citations resolve within their edition only', () => {
    // 机关考勤制度 was revised (2016-03-01) after 请销假制度 (2015-02-01): an old article number, probably
    expect(cited('kaoqin/qingxiaojia', '《机关考勤制度》第六条', '2025')).toMatchObject({
      status: 'broken',
      problems: [{ reason: 'possibly-stale' }],
    });
    expect(cited('kaoqin/qingxiaojia', '《效能问责办法》', '2025')).toMatchObject({
      status: 'unresolved',
      problems: [{ reason: 'unknown-title' }],
    });
    // the same title resolves in the current edition
    expect(corpus.findByTitle('效能问责办法', 'current')?.input.id).toBe(WENZE);
  });
});

describe('backlinks', () => {
  it('lists citing regulation, citing article and cited points', () => {
    const bl = corpus.backlinks('kaoqin/jiguan-kaoqin');
    expect(bl.map((b) => [b.fromId, b.fromAnchor, b.toLabels.join('、'), b.toAnchors.join('、')])).toEqual([
      ['kaoqin/qingxiaojia', '第三条', '第五条第二款', '第五条第二款'],
      [WENZE, '第三条', '第三条、第四条', '第三条、第四条'],
      [WENZE, '第四条', '第五条第二款', '第五条第二款'],
      [WENZE, '第四条', '第九条', ''],
      [WENZE, '第七条', '', ''],
      [WENZE, '第八条', '第五条', '第五条'],
      [WENZE, '第九条', '', ''],
    ]);
    expect(bl[0]).toMatchObject({
      fromTitle: '机关工作人员请销假制度',
      fromStatus: 'revised',
      fromFilePath: 'content/regulations/kaoqin/qingxiaojia.md',
    });
    expect(bl[3]?.toAnchors).toEqual([undefined]);
  });

  it('no self backlinks; abolished regulation knows who still cites it; per edition', () => {
    expect(corpus.backlinks(WENZE)).toEqual([]);
    expect(corpus.backlinks('kaoqin/qiandao-kaoqin').map((b) => [b.fromId, b.fromAnchor])).toEqual([
      ['kaoqin/jiguan-kaoqin', '第七条'],
      [WENZE, '第五条'],
    ]);
    expect(corpus.backlinks('kaoqin/jiguan-kaoqin', '2025').map((b) => [b.fromId, b.toLabels])).toEqual([
      ['kaoqin/qingxiaojia', ['第六条']],
    ]);
  });
});

describe('problems', () => {
  it('reports every problem as data with file:line:col (no severity: the validator decides)', () => {
    const f = corpus.problems();
    const brief = f.map((x) => `${x.filePath}:${x.position.start.line}:${x.position.start.column} ${x.code}`);
    expect(brief).toContain('content/regulations/xiaoneng-duche/xiaoneng-wenze.md:26:20 missing-article');
    expect(brief).toContain('content/regulations/xiaoneng-duche/xiaoneng-wenze.md:30:7 unknown-title');
    expect(brief).toContain('content/regulations/xiaoneng-duche/xiaoneng-wenze.md:32:22 doc-number-format');
    expect(brief).toContain('content/regulations/xiaoneng-duche/xiaoneng-wenze.md:34:61 beyond-last-article');
    expect(brief).toContain('content/editions/2025/regulations/kaoqin/qingxiaojia.md:19:16 possibly-stale');
    expect(f.find((x) => x.code === 'unknown-title')?.suggestion).toBe('机关考勤制度');
    expect(f).toHaveLength(15);
    expect(f.every((x) => !('severity' in x))).toBe(true);
  });

  it('numbering issues and duplicate names become problems', () => {
    const c = buildCorpus([
      {
        id: 'a/x',
        filePath: 'x.md',
        edition: 'current',
        title: '甲制度',
        shortTitle: '乙制度',
        status: 'new',
        source: '第一条　甲。\n\n第三条　丙。\n',
      },
      {
        id: 'a/y',
        filePath: 'y.md',
        edition: 'current',
        title: '乙制度',
        status: 'abolished',
        replacedBy: 'nope',
        source: '第一条　乙。\n',
      },
    ]);
    expect(c.problems().map((x) => [x.code, x.filePath, x.position.start.line])).toEqual([
      ['duplicate-name', 'y.md', 1],
      ['unknown-replaced-by', 'y.md', 1],
      ['article-gap', 'x.md', 3],
    ]);
  });
});

describe('popover text, toc, reuse', () => {
  it('excerpt gives the cited article, 款 or 项 with its label', () => {
    expect(corpus.excerpt(cited(WENZE, '《考勤制度》第五条第二款'))).toBe(
      '《机关工作人员考勤制度》第五条第二款\n迟到累计3次的，按旷工半天处理。',
    );
    expect(corpus.excerpt(cited(WENZE, '《请销假制度》第二条第（二）项'))).toBe(
      '《机关工作人员请销假制度》第二条第（二）项\n（二）三天以内由分管领导审批；',
    );
    expect(corpus.excerpt(cited('kaoqin/jiguan-kaoqin', '《请销假制度》'))).toBe(
      '《机关工作人员请销假制度》（现行有效，XX政办发〔2026〕21号）',
    );
    expect(corpus.excerpt(cited(WENZE, '《公务员法》'))).toBe(
      '《中华人民共和国公务员法》全国人民代表大会常务委员会 2018',
    );
    expect(corpus.excerpt(cited(WENZE, '《机关考勤制度》第三条、第四条'), 20)).toBe(
      '《机关工作人员考勤制度》第三条\n工作日…',
    );
  });

  it('toc lists divisions and their articles in order', () => {
    expect(corpus.toc('kaoqin/jiguan-kaoqin').map((e) => `${e.depth}${e.anchor}`)).toEqual([
      '1第一章',
      '2第一条',
      '2第二条',
      '1第二章',
      '2第三条',
      '2第四条',
      '2第五条',
      '2第六条',
      '1第三章',
      '2第七条',
    ]);
    expect(corpus.toc('kaoqin/qingxiaojia').map((e) => e.anchor)).toEqual(['第一条', '第二条', '第三条', '第四条']);
  });

  it('previous corpus: unchanged files are not re-parsed', async () => {
    const { inputs, externals } = await fixtureInputs('corpus-basic');
    const first = buildCorpus(inputs, externals);
    const changed = inputs.map((i) =>
      i.id === 'kaoqin/qingxiaojia' && i.edition === 'current'
        ? { ...i, source: i.source.replace('第四条　本制度', '第四条　本规定') }
        : i,
    );
    const second = buildCorpus(changed, externals, { previous: first });
    expect(second.get('kaoqin/jiguan-kaoqin')?.tree).toBe(first.get('kaoqin/jiguan-kaoqin')?.tree);
    expect(second.get('kaoqin/qingxiaojia')?.tree).not.toBe(first.get('kaoqin/qingxiaojia')?.tree);
  });

  it('linkTargetId and selfWord', () => {
    expect(linkTargetId('../kaoqin/jiguan-kaoqin.md#第五条', 'xiaoneng-duche/x')).toEqual({
      id: 'kaoqin/jiguan-kaoqin',
      isMd: true,
    });
    expect(linkTargetId('./y.md', 'kaoqin/x')).toEqual({ id: 'kaoqin/y', isMd: true });
    expect(linkTargetId('/base/kaoqin/qingxiaojia/', 'a/b')).toEqual({ id: 'kaoqin/qingxiaojia', isMd: false });
    expect(linkTargetId('#第一条', 'a/b')).toEqual({ id: 'a/b', isMd: true });
    expect(selfWord('机关效能问责办法')).toBe('本办法');
    expect(selfWord('首问负责制')).toBe('本制度');
    expect(selfWord('“XX讲堂”学习讲堂实施办法')).toBe('本实施办法');
  });
});

function fixtureCorpusFromText(body: string): Corpus {
  return buildCorpus([
    { id: 'test/inline', filePath: 'inline.md', edition: 'current', title: '测试制度', status: 'new', source: body },
  ]);
}
