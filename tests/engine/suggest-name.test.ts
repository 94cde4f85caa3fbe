import { describe, expect, it } from 'vitest';
import { suggestName } from '../../src/engine/corpus-index.ts';

describe('suggestName: the title a mistyped 《title》 most likely meant', () => {
  const names = ['值勤制度', '机关考勤制度', '机关工作人员考勤管理制度', '请销假制度', '中华人民共和国公司法'];

  it('prefers a title that contains what was typed over a typo of the same distance', () => {
    expect(suggestName('考勤制度', names)).toBe('机关考勤制度');
  });

  it('among titles that contain it, prefers the one nearest in length', () => {
    expect(suggestName('考勤制度', ['机关工作人员考勤管理制度', '机关考勤制度'])).toBe('机关考勤制度');
  });

  it('still corrects a one-character typo', () => {
    expect(suggestName('请消假制度', names)).toBe('请销假制度');
  });

  it('never takes one national law for a typo of another', () => {
    expect(suggestName('中华人民共和国证券法', names)).toBeUndefined();
  });

  it('suggests nothing for an unrelated title', () => {
    expect(suggestName('值班登记表', names)).toBeUndefined();
  });
});
