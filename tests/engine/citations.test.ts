import { describe, expect, it } from 'vitest';
import { docNumberKey, parseAnchor, parseDocNumber, titleKey } from '../../src/engine/index.ts';
import { parseText } from './helpers.ts';

/** Citations of a one-article regulation: [kind, text, refs as labels]. */
function cites(body: string): Array<[string, string]> {
  return parseText(body).citations.map((c) => [c.kind, c.text]);
}

describe('citation forms', () => {
  it('《标题》 alone and followed by 第X条 / 第X条第Y款 / 第（Z）项', () => {
    const p = parseText(
      '第一条　按照《请销假制度》执行，依照《公务接待管理办法》第十条，参照《机关考勤制度》第五条第二款第（三）项。',
    );
    expect(p.citations.map((c) => [c.kind, c.title, c.text])).toEqual([
      ['title', '请销假制度', '《请销假制度》'],
      ['title', '公务接待管理办法', '《公务接待管理办法》第十条'],
      ['title', '机关考勤制度', '《机关考勤制度》第五条第二款第（三）项'],
    ]);
    expect(p.citations[2]?.refs[0]).toMatchObject({ article: { number: 5 }, paragraph: 2, item: 3 });
  });

  it('項 written 第三项 and 第(三)项; 目', () => {
    const p = parseText('第一条　依照《A制度》第五条第三项、第五条第(四)项第2目。');
    expect(p.citations[0]?.refs).toMatchObject([
      { article: { number: 5 }, item: 3 },
      { article: { number: 5 }, item: 4, subitem: 2 },
    ]);
  });

  it('lists with 、 和 及 或者 and ranges with 至', () => {
    const p = parseText(
      '第一条　依照《A制度》第三条、第五条和第七条及第九条或者第十条，《B办法》第三条至第五条，《C规定》第二条第一款至第三款。',
    );
    expect(p.citations[0]?.refs.map((r) => r.article?.number)).toEqual([3, 5, 7, 9, 10]);
    expect(p.citations[1]?.refs).toMatchObject([{ article: { number: 3 }, to: { article: { number: 5 } } }]);
    expect(p.citations[2]?.refs).toMatchObject([
      { article: { number: 2 }, paragraph: 1, to: { article: { number: 2 }, paragraph: 3 } },
    ]);
  });

  it('later list elements inherit the article (第五条第二款、第三款)', () => {
    const p = parseText('第一条　依照《A制度》第五条第二款、第三款执行。');
    expect(p.citations[0]?.refs).toMatchObject([
      { article: { number: 5 }, paragraph: 2 },
      { article: { number: 5 }, paragraph: 3, text: '第三款' },
    ]);
  });

  it.each(['本制度', '本办法', '本规定', '本规则', '本细则', '本条例', '本准则', '本意见', '本实施办法'])(
    '%s第X条',
    (w) => {
      const p = parseText(`第一条　依照${w}第三条第二款的规定。`);
      expect(p.citations).toHaveLength(1);
      expect(p.citations[0]).toMatchObject({
        kind: 'self',
        text: `${w}第三条第二款`,
        refs: [{ article: { number: 3 }, paragraph: 2 }],
      });
    },
  );

  it('本制度 without an article number is not a citation', () => {
    expect(cites('第一条　本制度自2026年4月1日起施行。本办法由党政办负责解释。')).toEqual([]);
  });

  it('本条第X款, 前款, 前两款, 前三款', () => {
    const p = parseText('第一条　甲。\n\n乙。\n\n丙。\n\n前三款和本条第二款、前两款、前款不适用。');
    expect(p.citations.map((c) => [c.kind, c.text, c.preceding ?? null])).toEqual([
      ['preceding', '前三款', 3],
      ['this-article', '本条第二款', null],
      ['preceding', '前两款', 2],
      ['preceding', '前款', 1],
    ]);
    expect(p.citations.every((c) => c.context.paragraph === 4)).toBe(true);
  });

  it('前款 false friends: 提前款项, 款项', () => {
    expect(cites('第一条　应当提前款项结算；前款项目不在此列。')).toEqual([]);
  });

  it('bare 第X条 inside a regulation, but not the article’s own number', () => {
    const p = parseText('第五条　依照第三条规定。\n\n**第六条**　违反第五条、第二款的，按第七条之一处理。');
    expect(p.citations.map((c) => [c.kind, c.text, c.context.article])).toEqual([
      ['bare', '第三条', '第五条'],
      ['bare', '第五条、第二款', '第六条'],
      ['bare', '第七条之一', '第六条'],
    ]);
    expect(p.citations[1]?.refs).toMatchObject([{ article: { number: 5 } }, { article: { number: 5 }, paragraph: 2 }]);
  });

  it('bare 第X款 is this article’s 款 inside an article, nothing outside', () => {
    const inArticle = parseText('第一条　甲。\n\n依照第一款执行。');
    expect(inArticle.citations).toMatchObject([{ kind: 'this-article', text: '第一款', refs: [{ paragraph: 1 }] }]);
    const outside = parseText('## 一、总则\n\n依照第一款执行。');
    expect(outside.citations).toEqual([]);
  });

  it('odd spacing and full-width digits in citations', () => {
    const p = parseText('第一条　依照《A制度》 第 5 条 第 2 款和第１２条执行。');
    expect(p.citations[0]?.refs).toMatchObject([{ article: { number: 5 }, paragraph: 2 }, { article: { number: 12 } }]);
  });

  it('markdown links to regulations, with and without fragments; external links are not', () => {
    const p = parseText(
      '第一条　见[考勤](../kaoqin/jiguan-kaoqin.md#第五条第二款)、[请假](/kaoqin/qingxiaojia/)、[本条](#第一条)、[官网](https://example.org/#第五条)。',
    );
    expect(p.citations.map((c) => [c.kind, c.href, c.refs.length])).toEqual([
      ['link', '../kaoqin/jiguan-kaoqin.md#第五条第二款', 1],
      ['link', '/kaoqin/qingxiaojia/', 0],
      ['link', '#第一条', 1],
    ]);
    expect(p.citations[0]?.refs[0]).toMatchObject({ article: { number: 5 }, paragraph: 2 });
  });

  it('percent-encoded fragments', () => {
    const p = parseText(`第一条　见[考勤](../kaoqin/jiguan-kaoqin.md#${encodeURIComponent('第五条')})。`);
    expect(p.citations[0]?.refs[0]).toMatchObject({ article: { number: 5 } });
  });

  it('《…》 inside a non-regulation link is a citation marked inLink; inside a regulation link it is not separate', () => {
    const p = parseText(
      '第一条　依照[《公务员法》](https://flk.npc.gov.cn/)和[《机关考勤制度》第五条](../kaoqin/jiguan-kaoqin.md#第五条)。',
    );
    expect(p.citations.map((c) => [c.kind, c.text, c.inLink ?? false])).toEqual([
      ['title', '《公务员法》', true],
      ['link', '《机关考勤制度》第五条', false],
    ]);
  });

  it('citations split by emphasis are found in the paragraph text', () => {
    const p = parseText('第一条　依照《机关考勤制度》**第五条**执行。');
    expect(p.citations).toMatchObject([{ kind: 'title', text: '《机关考勤制度》第五条' }]);
  });

  it('文号 in brackets 〔〕［］【】[] with normalisation, alone or after 《标题》', () => {
    const p = parseText(
      '第一条　根据XX政办发〔2024〕3号、XX委发［2023］12号、XX纪发【2022】5号、XX政发[2021]07号和《A制度》（XX政办发〔2026〕5号）。',
    );
    expect(p.citations.map((c) => [c.kind, c.docNumber, c.docNumberNonStandard ?? false])).toEqual([
      ['doc-number', 'XX政办发〔2024〕3号', false],
      ['doc-number', 'XX委发〔2023〕12号', true],
      ['doc-number', 'XX纪发〔2022〕5号', true],
      ['doc-number', 'XX政发〔2021〕7号', true],
      ['title', 'XX政办发〔2026〕5号', false],
    ]);
    expect(p.citations[0]?.text).toBe('XX政办发〔2024〕3号');
  });

  it('文号 prefix without ASCII letters: stop words are cut', () => {
    const p = parseText('第一条　根据国办发〔2013〕22号和依照中办发〔2013〕16号执行。');
    expect(p.citations.map((c) => c.text)).toEqual(['国办发〔2013〕22号', '中办发〔2013〕16号']);
  });

  it('an example of the 文号 format is not a reference', () => {
    expect(cites('第七条　发文字号不编虚位，如：XX政发〔2024〕3号。例如XX委发〔2023〕1号。')).toEqual([]);
  });

  it('vague references and ordinary 第 words stay plain', () => {
    expect(cites('第一条　按上级有关规定执行。第一次会议由第三方评估，第二季度完成。')).toEqual([]);
  });

  it('no citations inside inline code', () => {
    expect(cites('第一条　示例：`《机关考勤制度》第五条`。')).toEqual([]);
  });

  it('repeal context: 原《…》 … 同时废止', () => {
    const p = parseText(
      '第九条　本制度自2026年4月1日起施行。原《机关干部签到考勤暂行规定》同时废止。依照《A制度》执行。',
    );
    expect(p.citations.map((c) => c.repealContext ?? false)).toEqual([true, false]);
  });

  it('citations in table cells keep the article context', () => {
    const p = parseText(
      '第三条　标准如下：\n\n| 项目 | 依据 |\n| --- | --- |\n| 住宿 | 《差旅费管理办法》第十一条 |\n',
    );
    expect(p.citations).toMatchObject([
      { kind: 'title', text: '《差旅费管理办法》第十一条', context: { article: '第三条' } },
    ]);
  });
});

describe('helpers', () => {
  it('titleKey unifies quotes, width and spaces', () => {
    expect(titleKey('"三重一大"事项集体决策制度')).toBe(titleKey('“三重一大”事项集体决策制度'));
    expect(titleKey('「三重一大」事项 集体决策制度')).toBe(titleKey('"三重一大"事项集体决策制度'));
    expect(titleKey('党委（党组）学习规则')).toBe(titleKey('党委(党组)学习规则'));
  });

  it('parseDocNumber normalises and flags non-standard forms', () => {
    expect(parseDocNumber('XX政办发〔2024〕3号')).toMatchObject({
      key: 'XX政办发〔2024〕3号',
      year: 2024,
      number: 3,
      nonStandard: false,
    });
    expect(parseDocNumber('XX政办发［２０２４］０３号')).toMatchObject({
      key: 'XX政办发〔2024〕3号',
      nonStandard: true,
    });
    expect(parseDocNumber('XX政办发 [2024] 第3号')?.key).toBe('XX政办发〔2024〕3号');
    expect(parseDocNumber('第三条')).toBeUndefined();
    expect(docNumberKey('XX委发【2023】12号')).toBe('XX委发〔2023〕12号');
  });

  it('parseAnchor reads fragments', () => {
    expect(parseAnchor('第五条')).toEqual({ article: { number: 5 } });
    expect(parseAnchor('第五条之一')).toEqual({ article: { number: 5, sub: 1 } });
    expect(parseAnchor('第五条第二款')).toEqual({ article: { number: 5 }, paragraph: 2 });
    expect(parseAnchor(encodeURIComponent('第一百二十三条'))).toEqual({ article: { number: 123 } });
    expect(parseAnchor('第二章')).toEqual({ division: '第二章' });
    expect(parseAnchor('第一章第二节')).toEqual({ division: '第一章第二节' });
    expect(parseAnchor('三')).toEqual({ section: 3 });
    expect(parseAnchor('top')).toBeUndefined();
  });
});

describe('forms that look like citations and are not', () => {
  it('以下条款, 下条件 and 前条件 are words, not 下条/前条', () => {
    expect(cites('第一条　劳动合同应当具备以下条款：\n\n第二条　符合前条件的，按下条件办理。')).toEqual([]);
  });

  it('该法第X条 and 上述条例第X条 name an earlier document: no citation at all', () => {
    expect(cites('第一条　依照该法第三条和上述条例第五条办理。')).toEqual([]);
  });

  it('a name before 第X条 makes it a citation of that document (kind named), 本法 of this one', () => {
    const p = parseText('第一条　依照公务员法第五十九条和本法第一条办理。');
    expect(p.citations.map((c) => [c.kind, c.text, c.name])).toEqual([
      ['named', '第五十九条', '公务员法'],
      ['self', '本法第一条', undefined],
    ]);
  });
});
