import { describe, expect, it } from 'vitest';
import { abbreviates, citedNames } from '../../src/word/short-titles.ts';

describe('short titles proposed from citations', () => {
  it('accepts a name that keeps the title characters in order and ends like it', () => {
    expect(abbreviates('请销假制度', '机关工作人员请销假制度')).toBe(true);
    expect(abbreviates('人大监督评议制度', '镇人大主席团监督评议工作制度')).toBe(true);
  });

  it('refuses names that are not abbreviations of the title', () => {
    expect(abbreviates('考勤制度', '机关工作人员请销假制度')).toBe(false); // characters missing
    expect(abbreviates('请销假办法', '机关工作人员请销假制度')).toBe(false); // another kind of document
    expect(abbreviates('假请销制度', '机关工作人员请销假制度')).toBe(false); // order
    expect(abbreviates('机关工作人员请销假制度', '机关工作人员请销假制度')).toBe(false); // not shorter
  });

  it('collects the 《》 names cited in texts', () => {
    expect([...citedNames(['按照《请销假制度》第五条和《党政机关公文处理工作条例》执行。'])]).toEqual([
      '请销假制度',
      '党政机关公文处理工作条例',
    ]);
  });
});
