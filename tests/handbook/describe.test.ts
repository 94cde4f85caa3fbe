import { describe, expect, it } from 'vitest';
import { parseRegulation } from '../../src/engine/index.ts';
import { describeRegulation } from '../../src/site/describe.ts';

const treeOf = (body: string) =>
  parseRegulation({
    id: 'kaoqin/x',
    filePath: 'x.md',
    edition: 'current',
    title: '机关考勤制度',
    status: 'new',
    source: `---\ntitle: 机关考勤制度\n---\n\n${body}`,
  }).tree;

describe('describeRegulation (page description)', () => {
  it('opens with the title and the purpose clause of 第一条', () => {
    const tree = treeOf('第一条　为了严肃工作纪律，制定本制度。\n\n第二条　本制度适用于镇机关。');
    expect(describeRegulation('机关考勤制度', tree)).toBe('机关考勤制度：为了严肃工作纪律，制定本制度。');
  });

  it('cuts a long opening at a sentence end', () => {
    const long = `第一条　为了加强管理，规范行为。${'根据有关规定结合我镇实际'.repeat(12)}，制定本制度。`;
    const description = describeRegulation('机关考勤制度', treeOf(long));
    expect(description).toBe('机关考勤制度：为了加强管理，规范行为。');
  });

  it('uses the first section of a regulation without articles', () => {
    const tree = treeOf('## 一、总体要求\n\n坚持依法依规，做到令行禁止。');
    expect(describeRegulation('机关考勤制度', tree)).toContain('坚持依法依规');
  });
});
