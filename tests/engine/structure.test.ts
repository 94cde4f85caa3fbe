import { describe, expect, it } from 'vitest';
import { expected, fixtureCases, fixtureInput, parseFixture, parseText } from './helpers.ts';
import { parseMarkdown, parseMarkdownGfm } from '../../src/engine/markdown.ts';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';

// Every tests/fixtures/engine/<case>/input.md is parsed and compared with expected.json
// (a subset of { tree, issues, citations }: objects partially, arrays element by element).
describe('fixtures', () => {
  const cases = fixtureCases();
  it('has the expected fixture cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
  });
  for (const name of cases) {
    it(name, () => {
      const parsed = parseFixture(name);
      expect({ tree: parsed.tree, issues: parsed.issues, citations: parsed.citations }).toMatchObject(expected(name));
    });
  }
});

describe('structure details', () => {
  it('big numerals: 201 articles in order, 第一百二十三条 and beyond', () => {
    const p = parseFixture('big-numerals');
    expect(p.tree.articles).toHaveLength(201);
    expect(p.tree.articles.map((a) => a.number)).toEqual(Array.from({ length: 201 }, (_, i) => i + 1));
    const labels = p.tree.articles.map((a) => a.anchor);
    expect(labels[109]).toBe('第一百一十条');
    expect(labels[122]).toBe('第一百二十三条');
    expect(labels[198]).toBe('第一百九十九条');
    expect(labels[199]).toBe('第二百条');
    expect(labels[200]).toBe('第二百零一条');
    const c = p.citations.find((x) => x.context.article === '第一百五十条');
    expect(c?.refs.map((r) => r.article?.number)).toEqual([123, 199, 201]);
    // every "本条为第N条" mentions itself with ASCII digits
    const mentions = p.citations.filter((x) => /^第\d+条$/.test(x.text));
    expect(mentions).toHaveLength(200);
    expect(mentions.every((x) => x.refs[0]?.article?.number === x.context.articleNo?.number)).toBe(true);
  });

  it('article text joins 款, 项 and 目 with newlines', () => {
    const p = parseFixture('nested-lists');
    expect(p.tree.articles[0]?.text).toBe(
      '有下列情形之一的，予以通报：\n（一）迟到早退的；\n（二）擅自离岗的，包括：\n1.工作时间外出办私事；\n2.工作时间串岗聊天；\n续段仍属第二目。\n（三）其他情形。',
    );
  });

  it('positions count the frontmatter lines', () => {
    const p = parseFixture('style-a-basic');
    const a5 = p.tree.articles.find((a) => a.anchor === '第五条');
    expect(a5?.position.start).toMatchObject({ line: 36, column: 1 });
    // offset points into the original file
    const src = p.input.source;
    expect(src.slice(a5?.position.start.offset, (a5?.position.start.offset ?? 0) + 3)).toBe('第五条');
  });

  it('citation offsets point at the citation in the file', () => {
    const p = parseFixture('citation-forms');
    for (const c of p.citations) {
      if (c.kind === 'link') continue;
      expect(p.input.source.slice(c.position.start.offset, c.position.end.offset)).toBe(c.text);
    }
  });

  it('section style: 施行 paragraph after the last section stays in it, sections have text', () => {
    const p = parseFixture('style-c-headings');
    expect(p.tree.sections.map((s) => s.anchor)).toEqual(['一', '二', '三', '四']);
    expect(p.tree.sections[1]?.text).toContain('（二）领导小组办公室的主要职责是：\n1.组织制定年度工作要点；');
  });
});

describe('division numbering', () => {
  it('章 numbering restarting in each 编 is accepted, and anchors stay unique', () => {
    const p = parseText(
      '## 第一编　甲\n\n## 第一章　子\n\n第一条　甲。\n\n## 第二编　乙\n\n## 第一章　丑\n\n第二条　乙。',
    );
    expect(p.issues).toEqual([]);
  });

  it('章 out of order', () => {
    const p = parseText(
      '## 第一章　甲\n\n第一条　甲。\n\n## 第三章　丙\n\n第二条　乙。\n\n## 第二章　乙\n\n第三条　丙。',
    );
    expect(p.issues.map((i) => [i.code, i.found, i.expected ?? null])).toEqual([
      ['division-gap', '第三章', '第二章'],
      ['division-order', '第二章', null],
    ]);
  });

  it('a paragraph starting with 第二章 that is a sentence is not a heading', () => {
    const p = parseText('第一条　甲。\n\n第二章规定的事项，按照本制度执行。');
    expect(p.tree.divisions).toEqual([]);
    expect(p.tree.articles[0]?.paragraphs).toHaveLength(2);
  });
});

describe('article label heuristics', () => {
  it('no space after the number: an article when it is the next number, a sentence otherwise', () => {
    const p = parseText(
      '第一条　甲。\n\n第二条有下列情形之一的，予以通报。\n\n第一条有关规定同样适用。\n\n第三条为了测试。',
    );
    expect(p.tree.articles.map((a) => a.anchor)).toEqual(['第一条', '第二条', '第三条']);
    expect(p.tree.articles[1]?.paragraphs.map((x) => x.text)).toEqual([
      '有下列情形之一的，予以通报。',
      '第一条有关规定同样适用。',
    ]);
    expect(p.citations.map((c) => [c.kind, c.text, c.context.article])).toEqual([['bare', '第一条', '第二条']]);
  });

  it('with a space or in bold, a wrong number is still an article (and a numbering issue)', () => {
    const p = parseText('第一条　甲。\n\n第五条　乙。\n\n**第九条**丙。');
    expect(p.tree.articles.map((a) => a.anchor)).toEqual(['第一条', '第五条', '第九条']);
    expect(p.issues.map((i) => i.code)).toEqual(['article-gap', 'article-gap']);
  });
});

describe('parse shortcut', () => {
  it('skipping GFM when no GFM syntax can occur gives the same tree', () => {
    const sources = [
      ...fixtureCases().map((n) => fixtureInput(n).source),
      ...generateCorpus({ count: 40, seed: 5, previousEdition: false })
        .files.filter((f) => f.path.endsWith('.md'))
        .map((f) => f.content),
      '第一条　见下表：\n\n| 项目 | 标准 |\n| --- | --- |\n| 住宿 | 400元 |\n',
      '第一条　~~删除~~ www.example.com 和 a@b.cn[^1]\n\n[^1]: 注释\n\n- [ ] 待办\n',
    ];
    for (const s of sources) expect(parseMarkdown(s)).toEqual(parseMarkdownGfm(s));
  });
});
