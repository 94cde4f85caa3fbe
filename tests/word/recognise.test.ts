import { describe, expect, it } from 'vitest';
import { parseRegulation } from '../../src/engine/index.ts';
import { parseCaption, parseChineseDate, findEffectiveClause } from '../../src/word/document-dates.ts';
import { formatListNumber } from '../../src/word/list-numbering.ts';
import { recogniseRegulation, type RecognisedRegulation } from '../../src/word/recognise.ts';
import { readWordBlocks } from '../../src/word/word-blocks.ts';
import { openWordPackage } from '../../src/word/word-package.ts';
import { WordImportError } from '../../src/word/import-error.ts';
import { attachmentsDocx, captionDocx, listNumberedDocx, multiLevelDocx, tableDocx } from './fixtures.ts';

async function recognise(docx: Promise<Buffer>): Promise<RecognisedRegulation> {
  const { blocks } = await readWordBlocks(await openWordPackage(await docx));
  return recogniseRegulation(blocks);
}

function structure(body: string) {
  const source = `---\ntitle: x\n---\n\n${body}\n`;
  return parseRegulation({ id: 'a/b', filePath: 'a/b.md', edition: 'current', title: 'x', status: 'new', source });
}

describe('Word list numbering (numbering.xml)', () => {
  it('recovers 第X条 and （一） that Word draws and mammoth drops, restarting items per article', async () => {
    const result = await recognise(listNumberedDocx());
    const parsed = structure(result.body);
    expect(parsed.tree.articles.map((article) => article.label)).toEqual([
      '第一条',
      '第二条',
      '第三条',
      '第四条',
      '第五条',
      '第六条',
    ]);
    const items = parsed.tree.articles.map((article) => article.paragraphs.flatMap((p) => p.items.map((i) => i.label)));
    expect(items[1]).toEqual(['（一）', '（二）', '（三）']);
    expect(items[2]).toEqual(['（一）', '（二）']);
    expect(parsed.issues).toEqual([]);
    expect(result.body).toContain('第四条　值班人员不得擅自离岗。');
  });

  it('numbers 条 through 章 of one multi-level list when the level never restarts (w:lvlRestart 0)', async () => {
    const result = await recognise(multiLevelDocx());
    const parsed = structure(result.body);
    expect(parsed.tree.divisions.map((d) => `${d.label}${d.title}`)).toEqual(['第一章总则', '第二章借阅']);
    expect(parsed.tree.articles.map((a) => a.label)).toEqual(['第一条', '第二条', '第三条', '第四条']);
    expect(parsed.issues).toEqual([]);
  });

  it('formats the counters Chinese documents use', () => {
    expect(formatListNumber(11, 'chineseCounting')).toBe('十一');
    expect(formatListNumber(3, 'decimalFullWidth')).toBe('３');
    expect(formatListNumber(2, 'chineseLegalSimplified')).toBe('贰');
    expect(formatListNumber(3, 'ideographTraditional')).toBe('丙');
    expect(formatListNumber(4, 'lowerRoman')).toBe('iv');
  });
});

describe('recognising a regulation in a Word document', () => {
  it('reads title, 题注 with two steps, 文号, 施行 date, 章 and 节 headings, items and 目', async () => {
    const result = await recognise(captionDocx());
    expect(result.title).toBe('机关财务报销审批规定');
    expect(result.docNumber).toBe('XX政发〔2018〕45号');
    expect(result.history).toEqual([
      { date: '2018-03-01', action: 'enacted', by: '镇政府常务会议' },
      { date: '2021-09-08', action: 'revised', by: '镇党政联席会议' },
    ]);
    expect(result.effective).toBe('2021-10-01');
    const parsed = structure(result.body);
    expect(parsed.tree.divisions.map((d) => d.label)).toEqual(['第一章', '第二章', '第三章']);
    expect(parsed.tree.divisions[1]?.children.map((d) => d.anchor)).toEqual(['第二章第一节', '第二章第二节']);
    expect(parsed.tree.articles).toHaveLength(5);
    const third = parsed.tree.articles[2]?.paragraphs[0]?.items;
    expect(third?.map((item) => item.label)).toEqual(['（一）', '（二）']);
    expect(third?.[1]?.subitems.map((s) => s.label)).toEqual(['1．', '2．']);
    expect(result.warnings).toEqual([]);
  });

  it('writes a table inside an article as a Markdown table and reads 自印发之日起施行', async () => {
    const result = await recognise(tableDocx());
    expect(result.tables).toBe(1);
    expect(result.body).toContain(
      '| 会议室 | 座位数 | 主要用途 |\n| --- | --- | --- |\n| 一号会议室 | 60 | 党委会、党政联席会议 |',
    );
    expect(result.effectiveOnIssue).toBe(true);
    expect(result.effective).toBeUndefined();
    expect(structure(result.body).tree.articles).toHaveLength(4);
  });

  it('turns 附件N + title into attachment headings with their forms, dropping the duplicate 附件 list', async () => {
    const result = await recognise(attachmentsDocx());
    expect(result.attachments).toEqual(['附件1\u3000公务接待审批单', '附件2\u3000公务接待清单']);
    expect(result.body).toContain('## 附件1\u3000公务接待审批单\n\n| 接待单位 |');
    expect(result.body).not.toContain('附件：1．');
    expect(result.tables).toBe(2);
    const parsed = structure(result.body);
    expect(parsed.tree.articles).toHaveLength(7);
    // The attachment is not part of the last article.
    expect(parsed.tree.articles.at(-1)?.text).toBe('本办法自2022年6月1日起施行。');
    // Bold 第X条 labels are written plain, as the handbook writes them.
    expect(result.body).toContain('\n\n第三条　公务接待实行审批制度。');
  });

  it('drops the right-aligned 落款 and says so', async () => {
    const result = await recognise(listNumberedDocx());
    expect(result.body).not.toContain('XX镇人民政府');
    expect(result.warnings.some((warning) => warning.includes('落款'))).toBe(true);
  });
});

describe('dates and 题注', () => {
  it('parses Chinese dates in digits, full-width digits and numerals', () => {
    expect(parseChineseDate('2023年3月5日')).toBe('2023-03-05');
    expect(parseChineseDate('２０２３年１２月３１日')).toBe('2023-12-31');
    expect(parseChineseDate('二〇二三年十二月五日')).toBe('2023-12-05');
    expect(parseChineseDate('2023年2月30日')).toBeUndefined();
  });

  it('accepts a 题注 and refuses a parenthesised sentence', () => {
    expect(parseCaption('（2023年3月5日镇党政联席会议审议通过）')).toEqual([
      { date: '2023-03-05', action: 'enacted', by: '镇党政联席会议' },
    ]);
    expect(parseCaption('（2023年3月5日起，值班电话改为24小时有人接听，请各部门通知到人）')).toBeUndefined();
    expect(parseCaption('（一）接听值班电话；')).toBeUndefined();
  });

  it('finds the 施行 sentence', () => {
    expect(findEffectiveClause('本办法自2024年3月1日起施行。')?.date).toBe('2024-03-01');
    expect(findEffectiveClause('本制度自发布之日起执行。')?.onIssue).toBe(true);
    expect(findEffectiveClause('本制度由党政办负责解释。')).toBeUndefined();
  });
});

describe('files that are not readable Word documents', () => {
  it('explains a password-protected file (an encrypted .docx is an OLE file) in Chinese', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    const error = await openWordPackage(ole).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordImportError);
    expect((error as WordImportError).problem).toBe('protected');
    expect((error as Error).message).toContain('密码');
  });

  it('explains a damaged file', async () => {
    const error = await openWordPackage(Buffer.from('PK\u0003\u0004 broken')).catch((e: unknown) => e);
    expect((error as WordImportError).problem).toBe('unreadable');
  });
});

describe('公文 as offices keep them', () => {
  const paragraph = (plain: string, alignment: string | null = null) =>
    ({ kind: 'paragraph', markdown: plain, plain, bold: false, styleName: null, alignment }) as const;

  it('reads the title under a letterhead and 文号, and a 题注 that also says when it takes effect', () => {
    const result = recogniseRegulation([
      paragraph('XX镇人民政府文件', 'center'),
      paragraph('XX政发[2023]05号', 'center'),
      paragraph('XX镇机关工作人员', 'center'),
      paragraph('学习培训制度', 'center'),
      paragraph('（2023年3月5日镇党政联席会议通过，自2023年4月1日起施行）', 'center'),
      paragraph('第 一 条：为了加强机关学习，制定本制度。'),
      paragraph('第二条 本制度自2023年4月1日起施行。'),
    ]);
    expect(result.title).toBe('XX镇机关工作人员学习培训制度');
    expect(result.docNumber).toBe('XX政发〔2023〕5号');
    expect(result.warnings.some((w) => w.includes('已规范为“XX政发〔2023〕5号”'))).toBe(true);
    expect(result.history).toEqual([{ date: '2023-03-05', action: 'enacted', by: '镇党政联席会议' }]);
    expect(result.body).toBe('第一条　为了加强机关学习，制定本制度。\n\n第二条　本制度自2023年4月1日起施行。');
  });

  it('skips a 印发通知 and imports the regulation it carries', () => {
    const result = recogniseRegulation([
      paragraph('XX政办发〔2024〕12号', 'center'),
      paragraph('关于印发《机关值班制度》的通知', 'center'),
      paragraph('各部门：'),
      paragraph('现将《机关值班制度》印发给你们，请认真遵照执行。'),
      paragraph('XX镇党政综合办公室', 'right'),
      paragraph('2024年3月1日', 'right'),
      paragraph('机关值班制度', 'center'),
      paragraph('第一条　为了加强值班工作，制定本制度。'),
      paragraph('第二条　本制度自印发之日起施行。'),
    ]);
    expect(result.title).toBe('机关值班制度');
    expect(result.docNumber).toBe('XX政办发〔2024〕12号');
    expect(result.body).toBe('第一条　为了加强值班工作，制定本制度。\n\n第二条　本制度自印发之日起施行。');
    expect(result.warnings.some((w) => w.includes('通知部分未导入'))).toBe(true);
  });
});
