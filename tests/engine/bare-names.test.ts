import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/engine/index.ts';
import { engineInputFromText } from '../../src/handbook/index.ts';

function law(title: string): string {
  return `---\ntitle: ${title}\nstatus: new\ndepartment: 党政办\nhistory:\n  - date: 2010-01-01\n    action: enacted\n    by: 全国人大\n---\n\n第一条　甲。\n\n第二条　乙。\n\n第三条　丙。\n`;
}

function rule(sentence: string): string {
  return `---\ntitle: 考勤办法\nstatus: new\ndepartment: 党政办\nhistory:\n  - date: 2012-01-01\n    action: enacted\n    by: 镇党委会\n---\n\n第一条　${sentence}\n\n第二条　本办法自印发之日起施行。\n`;
}

function citationsOf(lawTitle: string, sentence: string) {
  const corpus = buildCorpus(
    [
      engineInputFromText(
        { id: 'falv/law', filePath: 'content/regulations/falv/law.md', edition: 'current' },
        law(lawTitle),
      ),
      engineInputFromText(
        { id: 'kaoqin/kq', filePath: 'content/regulations/kaoqin/kq.md', edition: 'current' },
        rule(sentence),
      ),
    ],
    [],
  );
  return corpus.citations('kaoqin/kq', 'current');
}

describe('a document named without 《》 after a preposition or verb', () => {
  for (const sentence of [
    '可以劳动合同法第二条规定的情形为由解除。',
    '申请超过劳动合同法第二条规定期限的，不予受理。',
    '超出劳动合同法第二条规定的范围的，不予支持。',
    '对于劳动合同法第二条所列人员，另行规定。',
  ]) {
    it(`links 劳动合同法第二条 in “${sentence}”`, () => {
      const [citation] = citationsOf('中华人民共和国劳动合同法', sentence);
      expect(citation?.target).toMatchObject({ kind: 'regulation', id: 'falv/law' });
      expect(citation?.anchor).toBe('第二条');
      expect(citation?.problems).toEqual([]);
    });
  }

  it('never reads 劳动合同法 as a shorter known name (合同法): text and a problem, no link', () => {
    const [citation] = citationsOf('中华人民共和国合同法', '可以劳动合同法第二条规定的情形为由解除。');
    expect(citation?.target.kind).toBe('unresolved');
    expect(citation?.anchor).toBeUndefined();
    expect(citation?.problems.map((problem) => problem.reason)).toEqual(['unknown-name']);
  });
});
