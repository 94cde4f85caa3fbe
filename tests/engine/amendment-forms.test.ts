/**
 * Amendment documents in their general forms (issue 13): town 决定 that amend a town rule, 修正案
 * whose articles continue earlier amendments, renumbering decisions; short names defined without
 * 《》; anchors of 项 and 目 in 一、二、 sections. Real texts of each kind are in
 * tests/fixtures/real-texts/tuned (宪法修正案（1999年）, a 最高人民法院 renumbering decision,
 * 税收征收管理法实施细则, 国务院关于口岸开放的若干规定).
 */
import { describe, expect, it } from 'vitest';
import { amendedName, buildCorpus, parseAnchor, type Corpus } from '../../src/engine/index.ts';
import { renumbersAmended } from '../../src/engine/amended-name.ts';
import { engineInputFromText } from '../../src/handbook/index.ts';
import { citationLinks, parseText } from './helpers.ts';

const RULE = `---
title: 某镇机关考勤制度
status: new
---

第一条 为加强考勤管理，制定本制度。

第二条 工作人员应当按时上下班。

因公外出的，应当登记。

第三条 请假按照下列规定办理：

（一）病假凭医院证明；

（二）事假须经分管领导批准。

第三条之一 加班应当登记。

第四条 本制度自印发之日起施行。
`;

function corpusOf(...files: Array<[string, string]>): Corpus {
  const inputs = files.map(([id, source]) =>
    engineInputFromText({ id, filePath: `content/regulations/${id}.md`, edition: 'current' }, source),
  );
  return buildCorpus(inputs, [{ title: '中华人民共和国税收征收管理法' }]);
}

const links = citationLinks;

const decision = (body: string) => `---
title: 某镇人民政府关于修改《某镇机关考勤制度》的决定
status: new
---

${body}`;

describe('amendments', () => {
  it('knows the amended document from 修正案 titles with a year or a number in brackets', () => {
    expect(amendedName('中华人民共和国宪法修正案（1999年）')).toBe('中华人民共和国宪法');
    expect(amendedName('中华人民共和国刑法修正案（十一）')).toBe('中华人民共和国刑法');
    expect(amendedName('某镇人民政府关于修改《某镇机关考勤制度》的决定')).toBe('某镇机关考勤制度');
    expect(amendedName('中华人民共和国宪法')).toBeUndefined();
  });

  it('an amendment may start at any article number (it continues earlier amendments), but gaps inside still count', () => {
    const title = '某镇机关考勤制度修正案（2026年）';
    expect(parseText('第十二条 将第二条修改为：“……”\n\n第十三条 将第三条修改为：“……”', title).issues).toEqual([]);
    const gap = parseText('第十二条 将第二条修改为：“……”\n\n第十四条 将第三条修改为：“……”', title).issues;
    expect(gap.map((issue) => issue.code)).toEqual(['article-gap']);
    expect(parseText('第十二条 工作人员应当按时上下班。').issues.map((issue) => issue.code)).toEqual(['article-gap']);
  });

  it('增加一款，作为第Y款 / 增加一条，作为第X条之一: positions in the amended document, never in the decision', () => {
    const corpus = corpusOf(
      ['zhen/kaoqin', RULE],
      [
        'zhen/kaoqin-jueding',
        decision(
          '一、第二条增加一款，作为第二款：“因公外出的，应当登记。”\n\n二、在第三条后增加一条，作为第三条之一：“加班应当登记。”\n\n三、第三条第二项后增加一项，作为第三项：“婚假按国家规定办理。”\n\n四、将第八条修改为：“本制度由党政办公室负责解释。”',
        ),
      ],
    );
    expect(links(corpus, 'zhen/kaoqin-jueding')).toEqual([
      ['第二条', 'zhen/kaoqin', '第二条', []],
      ['第二款', 'zhen/kaoqin', '第二条第二款', []],
      ['第三条', 'zhen/kaoqin', '第三条', []],
      ['第三条之一', 'zhen/kaoqin', '第三条之一', []],
      // 作为第三项 (a 项 that does not exist yet in the handbook's text) stays text
      ['第三条第二项', 'zhen/kaoqin', '第三条第二项', []],
      // the handbook's text (another version) has no 第八条: text, and no finding on the decision
      ['第八条', '-', undefined, []],
    ]);
  });

  it('an amendment in articles (宪法修正案 style): 作为第Y款 is a 款 of the amended article, not of the amendment’s own article', () => {
    const amendment = `---
title: 某镇机关考勤制度修正案（2026年）
status: new
---

第五条 某镇机关考勤制度第二条增加一款，作为第二款：“因公外出的，应当登记。”

第六条 某镇机关考勤制度第三条第一项修改为：“（一）病假凭医院证明；”
`;
    const corpus = corpusOf(['zhen/kaoqin', RULE], ['zhen/kaoqin-xiuzhengan', amendment]);
    expect(links(corpus, 'zhen/kaoqin-xiuzhengan')).toEqual([
      ['第二条', 'zhen/kaoqin', '第二条', []],
      ['第二款', 'zhen/kaoqin', '第二条第二款', []],
      ['第三条第一项', 'zhen/kaoqin', '第三条第一项', []],
    ]);
    expect(corpus.get('zhen/kaoqin-xiuzhengan')?.issues).toEqual([]);
  });

  it('a decision that renumbers (条文顺序作相应调整) links no article number of the amended document, and raises nothing', () => {
    const corpus = corpusOf(
      ['zhen/kaoqin', RULE],
      [
        'zhen/kaoqin-jueding',
        decision(
          '对《某镇机关考勤制度》作如下修改：\n\n一、删去第二条。\n\n二、将第九条修改为：“本制度自印发之日起施行。”\n\n三、条文顺序作相应调整。',
        ),
      ],
    );
    expect(links(corpus, 'zhen/kaoqin-jueding')).toEqual([
      ['《某镇机关考勤制度》', 'zhen/kaoqin', undefined, []],
      ['第二条', '-', undefined, []],
      ['第九条', '-', undefined, []],
    ]);
  });

  it('tells renumbering wording from insertions that keep the numbers', () => {
    expect(renumbersAmended('十、将《解释》的条文顺序作相应调整')).toBe(true);
    expect(renumbersAmended('五、将第六条和第七条合并修改为：')).toBe(true);
    expect(renumbersAmended('在第五条后增加一条，作为第六条：')).toBe(true);
    expect(renumbersAmended('一、在刑法第三十七条后增加一条，作为第三十七条之一：')).toBe(false);
    expect(renumbersAmended('四、在刑法第六十九条中增加一款作为第二款：')).toBe(false);
    expect(renumbersAmended('十二、删去刑法第一百九十九条。')).toBe(false);
  });
});

describe('short names defined without 《》', () => {
  const text = (body: string) => `---
title: 某镇税收协助办法
status: new
---

${body}`;

  it('（以下简称税收征管法） then 税收征管法第X条: the defined document, even with no such alias anywhere', () => {
    const corpus = corpusOf([
      'zhen/shuishou',
      text(
        '第一条 根据《中华人民共和国税收征收管理法》(以下简称税收征管法)，制定本办法。\n\n第二条 依照税收征管法第三十一条第二款和本办法第一条办理。',
      ),
    ]);
    expect(links(corpus, 'zhen/shuishou')).toEqual([
      ['《中华人民共和国税收征收管理法》', 'ext:中华人民共和国税收征收管理法', undefined, []],
      ['第三十一条第二款', 'ext:中华人民共和国税收征收管理法', undefined, []],
      ['本办法第一条', 'zhen/shuishou', '第一条', []],
    ]);
  });

  it('下称 and 简称 define short names as 以下简称 does', () => {
    const corpus = corpusOf([
      'zhen/shuishou',
      text(
        '第一条 根据《中华人民共和国税收征收管理法》（下称征管法）和《某省税收协助条例》（简称《条例》），制定本办法。\n\n第二条 依照征管法第三十条和《条例》第二条办理。',
      ),
    ]);
    expect(links(corpus, 'zhen/shuishou').map(([text, target]) => [text, target])).toEqual([
      ['《中华人民共和国税收征收管理法》', 'ext:中华人民共和国税收征收管理法'],
      ['《某省税收协助条例》', '-'],
      ['《条例》', '-'],
      ['第三十条', 'ext:中华人民共和国税收征收管理法'],
      ['《条例》第二条', '-'],
    ]);
    expect(corpus.citations('zhen/shuishou')[4]?.citation.title).toBe('某省税收协助条例');
  });

  it('a short name for a document in neither the handbook nor external.yml stays text with a clear problem, never a self-link', () => {
    const corpus = corpusOf([
      'zhen/shuishou',
      text('第一条 根据《某省税收协助条例》（以下简称协助条例），制定本办法。\n\n第二条 依照协助条例第一条办理。'),
    ]);
    const [, named] = corpus.citations('zhen/shuishou');
    expect(named?.target.kind).toBe('unresolved');
    expect(named?.problems.map((p) => p.message)).toEqual([
      '“协助条例”是本文对《某省税收协助条例》的简称，该文件不是本汇编的制度，也未列入 external.yml，“协助条例第一条”无法链接',
    ]);
  });

  it('a longer name ending with the short name is another document (土地管理法 is not 管理法)', () => {
    const corpus = corpusOf([
      'zhen/shuishou',
      text('第一条 根据《某省管理法》（以下简称管理法），制定本办法。\n\n第二条 依照土地管理法第一条办理。'),
    ]);
    const [, named] = corpus.citations('zhen/shuishou');
    expect(named?.citation.definedAs).toBeUndefined();
    expect(named?.target.kind).toBe('unresolved');
  });
});

describe('anchors of 项 and 目 in 一、二、 sections and in articles', () => {
  it('gives section items and 目 their own anchors, and parses them back', () => {
    const tree = parseText(
      '一、总体要求\n\n二、办理程序：\n\n（一）申请：\n\n1．填写申请表；\n\n2．提交材料。\n\n（二）审批。',
    ).tree;
    const section = tree.sections[1];
    expect(section?.items.map((item) => item.anchor)).toEqual(['二第一项', '二第二项']);
    expect(section?.items[0]?.subitems.map((sub) => sub.anchor)).toEqual(['二第一项第一目', '二第一项第二目']);
    expect(parseAnchor('二第一项第二目')).toEqual({ section: 2, item: 1, subitem: 2 });
    expect(parseAnchor('二')).toEqual({ section: 2 });
  });

  it('gives 目 of an article’s 项 an anchor under the 项', () => {
    const tree = parseText('第一条 下列事项：\n\n（一）报销：\n\n1．差旅费；\n\n2．会议费。').tree;
    expect(tree.articles[0]?.paragraphs[0]?.items[0]?.subitems.map((sub) => sub.anchor)).toEqual([
      '第一条第一项第一目',
      '第一条第一项第二目',
    ]);
    expect(parseAnchor('第一条第一项第二目')).toEqual({ article: { number: 1 }, item: 1, subitem: 2 });
  });
});

describe('lists written with one 第 and versions named in the text', () => {
  it('abbreviated lists: 第二、三条, 第一、二款, 第（二）、（三）、（四）项', () => {
    const p = parseText(
      '第一条 依照《A制度》第二、三条和第五条第一、二款，以及《B办法》第十条第一款第（二）、（三）、（四）项、第十一条办理。',
    );
    expect(p.citations.map((c) => c.text)).toEqual([
      '《A制度》第二、三条和第五条第一、二款',
      '《B办法》第十条第一款第（二）、（三）、（四）项、第十一条',
    ]);
    expect(p.citations[0]?.refs).toMatchObject([
      { article: { number: 2 } },
      { article: { number: 3 } },
      { article: { number: 5 }, paragraph: 1 },
      { article: { number: 5 }, paragraph: 2 },
    ]);
    expect(p.citations[1]?.refs).toMatchObject([
      { article: { number: 10 }, paragraph: 1, item: 2 },
      { article: { number: 10 }, paragraph: 1, item: 3 },
      { article: { number: 10 }, paragraph: 1, item: 4 },
      { article: { number: 11 } },
    ]);
  });

  it('abbreviated lists after 本规定 and alone', () => {
    const p = parseText(
      '第一条 本规定第二、三条所列人员，依照第四、五条办理。\n\n第二条 略。\n\n第三条 略。\n\n第四条 略。\n\n第五条 略。',
    );
    expect(p.citations.map((c) => [c.kind, c.text, c.refs.map((r) => r.article?.number)])).toEqual([
      ['self', '本规定第二、三条', [2, 3]],
      ['bare', '第四、五条', [4, 5]],
    ]);
  });

  it('修改前商标法第X条 / 修订后的《…》第X条 name a version of the document: text, and so is the rest of the list', () => {
    const p = parseText(
      '第一条 适用修改前商标法第二十七条第二款；属于修改后商标法第四条、第十条第一款第（二）项、第十一条的；参照修订后的《A制度》第五条。',
    );
    expect(p.citations).toEqual([]);
  });

  it('a list that runs on after a name written without 《》 stays with that document, never this one', () => {
    const p = parseText('第一条 依照公务员法第五十九条第（一）至（三）项、第六十条处理。');
    expect(p.citations.map((c) => [c.kind, c.text, c.name])).toEqual([
      ['named', '第五十九条', '公务员法'],
      ['named', '第六十条', '公务员法'],
    ]);
  });
});
