/**
 * The citation forms of real laws and regulations (issue 13), one small handbook written in their
 * style: tests/fixtures/engine/real-forms/. Each expectation was decided by reading the text.
 */
import { describe, expect, it } from 'vitest';
import { citationLinks, fixtureCorpus } from './helpers.ts';

const corpus = await fixtureCorpus('real-forms');
const LAW = 'falv/laodong-fa';
const AMENDMENT = 'falv/laodong-fa-xiuzhengan';

const links = (id: string) => citationLinks(corpus, id);

describe('real citation forms', () => {
  const law = links(LAW);

  it('前条第一款第（二）项, 前项, 前两条, 本款第（一）项, 下条 count from where they stand', () => {
    expect(law).toContainEqual(['前条第一款第（二）项', LAW, '第二条第二项', []]);
    expect(law).toContainEqual(['前项', LAW, '第三条第一款第一项', []]);
    expect(law).toContainEqual(['前两条', LAW, '第二条', []]);
    expect(corpus.citations(LAW).find((rc) => rc.citation.text === '前两条')?.refs[0]?.label).toBe('第二条至第三条');
    expect(law).toContainEqual(['本款第（一）项', LAW, '第四条第一项', []]);
    expect(law).toContainEqual(['下条', LAW, '第五条', []]);
  });

  it('a document named without 《》 is that document, with or without 中华人民共和国, never this one', () => {
    expect(law).toContainEqual(['第六条', 'ext:中华人民共和国行政复议法', undefined, []]);
    expect(law).toContainEqual(['第七条', 'ext:中华人民共和国行政复议法', undefined, []]);
  });

  it('an unknown name stays text with a problem, and 劳动合同法 is not 合同法 (registered)', () => {
    expect(law).toContainEqual(['第八条', '-', undefined, ['unknown-name']]);
  });

  it('该法第九条 names an earlier document: not a citation of this one', () => {
    expect(law.some(([text]) => text === '第九条')).toBe(false);
  });

  it('an attachment after the last article is its own part: anchored, outside the articles, citable', () => {
    const tree = corpus.get(LAW)?.tree;
    expect(tree?.articles.map((a) => a.anchor).at(-1)).toBe('第七条');
    expect(tree?.articles.at(-1)?.text).not.toContain('加班费计算表');
    expect(tree?.attachments.map((a) => [a.anchor, a.title])).toEqual([['附件1', '加班费计算表']]);
    expect(tree?.attachments[0]?.text).toContain('第一条　本表由劳动行政部门解释。');
    expect(corpus.get(LAW)?.issues).toEqual([]);
    expect(law).toContainEqual(['《加班费计算表》', LAW, '附件1', []]);
    expect(law).toContainEqual(['附件1', LAW, '附件1', []]);
  });

  it('an item running over a paragraph stays one item; a line broken mid-sentence stays in its 款', () => {
    const tree = corpus.get(LAW)?.tree;
    const second = tree?.articles.find((a) => a.anchor === '第二条');
    expect(second?.paragraphs.map((p) => p.items.length)).toEqual([3]);
    expect(second?.paragraphs[0]?.items[1]?.text).toBe('依法安排工作时间，\n不得强迫劳动者加班；');
    expect(tree?.articles.find((a) => a.anchor === '第六条')?.paragraphs).toHaveLength(1);
    expect(law).toContainEqual(['本法第二条第（三）项', LAW, '第二条第三项', []]);
  });

  it('items have their own anchors: 第X条第Z项, or 第X条第Y款第Z项 in an article of several 款', () => {
    const tree = corpus.get(LAW)?.tree;
    expect(tree?.articles.flatMap((a) => a.paragraphs.flatMap((p) => p.items.map((i) => i.anchor)))).toEqual([
      '第二条第一项',
      '第二条第二项',
      '第二条第三项',
      '第三条第一款第一项',
      '第三条第一款第二项',
      '第四条第一项',
      '第四条第二项',
    ]);
  });

  it('an amendment: 第X条, 本法第X条 and the named law are the amended document; 前款 in the quoted new text is a 款 of the quoted article', () => {
    expect(links(AMENDMENT)).toEqual([
      ['第二条', LAW, '第二条', []],
      ['本法第一条', LAW, '第一条', []],
      ['第四条', LAW, '第四条', []],
      ['第三条', LAW, '第三条', []],
      ['前款', LAW, '第三条第一款', []],
      ['本法第四条', LAW, '第四条', []],
    ]);
  });

  it('an amendment written as 一、二、 is cited by those parts; a revised law: possibly an old number; （以下简称《复议法》） names the document for the rest of the text', () => {
    expect(links('zhen/jiaban')).toEqual([
      ['《劳动示范法》第二条第（二）项', LAW, '第二条第二项', []],
      ['第九条', LAW, undefined, ['possibly-stale']],
      ['第一条', AMENDMENT, '一', []],
      ['《中华人民共和国劳动示范法修正案》第二条', AMENDMENT, '二', []],
      ['《中华人民共和国行政复议法》', 'ext:中华人民共和国行政复议法', undefined, []],
      ['《复议法》', 'ext:中华人民共和国行政复议法', undefined, []],
      ['《复议法》第十条', 'ext:中华人民共和国行政复议法', undefined, []],
    ]);
  });
});
