import { describe, expect, it } from 'vitest';
import { alignUnits } from '../../src/editions/align.ts';
import { compareSources, compareTexts } from '../../src/editions/compare.ts';
import { diffText, isPunctuationOnly } from '../../src/editions/text-diff.ts';
import type { ComparableUnit } from '../../src/editions/units.ts';

const LABELS = ['第一条', '第二条', '第三条', '第四条', '第五条', '第六条', '第七条'];
const units = (...texts: string[]): ComparableUnit[] =>
  texts.map((text, index) => ({ anchor: LABELS[index]!, label: LABELS[index]!, text }));

const A = '为了加强机关工作人员请销假管理，严肃工作纪律，结合我镇实际，制定本制度。';
const B = '本制度适用于镇机关全体工作人员，编外聘用人员参照执行。';
const C = '请假一天以内的，由科室负责人审批；一天以上三天以内的，由分管领导审批。';
const D = '请假期满未办理续假手续又逾期不归的，按照旷工处理，并在考勤情况中通报。';
const E = '本制度由党政办负责解释，自发布之日起施行。';
const NEW = '镇党委定期举办学习讲堂，邀请专家学者和业务骨干作专题讲座，每季度不少于一次。';

describe('diffText (Chinese word diff)', () => {
  it('marks only the characters that changed inside a word', () => {
    expect(diffText('请假三日以上的，报镇长批准。', '请假五日以上的，报镇长批准。')).toEqual([
      { type: 'equal', text: '请假' },
      { type: 'delete', text: '三' },
      { type: 'insert', text: '五' },
      { type: 'equal', text: '日以上的，报镇长批准。' },
    ]);
  });

  it('recognises a pure punctuation change', () => {
    const parts = diffText('由科室负责人审批，报党政办备案。', '由科室负责人审批；报党政办备案。');
    expect(parts.filter((part) => part.type !== 'equal')).toEqual([
      { type: 'delete', text: '，' },
      { type: 'insert', text: '；' },
    ]);
    expect(isPunctuationOnly(parts)).toBe(true);
    expect(isPunctuationOnly(diffText('审批。', '批准。'))).toBe(false);
  });

  it('reconstructs both texts', () => {
    const before = '值班人员应当做好值班记录，对未办结事项做好交接。';
    const after = '值班人员应当在值班日志上如实记录来电来访、处置情况和交接事项。';
    const parts = diffText(before, after);
    expect(
      parts
        .filter((p) => p.type !== 'insert')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.type !== 'delete')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });
});

describe('alignUnits', () => {
  it('matches renumbered articles by content after an inserted article', () => {
    const result = compareTexts(
      { headings: [], units: units(A, B, C, D, E) },
      { headings: [], units: units(A, NEW, B, C, D, E) },
    );
    expect(result.rows.map((row) => row.kind)).toEqual([
      'unchanged',
      'added',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    const renumbered = result.rows.filter((row) => row.renumbered);
    expect(renumbered.map((row) => `${row.before[0]!.label}→${row.after[0]!.label}`)).toEqual([
      '第二条→第三条',
      '第三条→第四条',
      '第四条→第五条',
      '第五条→第六条',
    ]);
    expect(result.changedAnchors).toEqual(['第二条']);
  });

  it('matches a deleted article and keeps it in its old place', () => {
    const result = compareTexts(
      { headings: [], units: units(A, B, C, D, E) },
      { headings: [], units: units(A, C, D, E) },
    );
    expect(result.rows.map((row) => row.kind)).toEqual(['unchanged', 'removed', 'unchanged', 'unchanged', 'unchanged']);
    expect(result.rows[1]!.anchor).toBe('原第二条');
  });

  it('matches a moved article out of order', () => {
    const groups = alignUnits(units(A, B, C, D, E), units(A, D, B, C, E));
    const moved = groups.filter((group) => group.moved);
    expect(moved).toHaveLength(1);
    expect(groups.every((group) => group.old.length === 1 && group.new.length === 1)).toBe(true);
  });

  it('matches a modified article and diffs it', () => {
    const changed = C.replace('一天以内', '半天以内');
    const result = compareTexts({ headings: [], units: units(A, B, C) }, { headings: [], units: units(A, B, changed) });
    expect(result.rows.map((row) => row.kind)).toEqual(['unchanged', 'unchanged', 'modified']);
    expect(result.rows[2]!.parts.filter((part) => part.type !== 'equal')).toEqual([
      { type: 'delete', text: '一' },
      { type: 'insert', text: '半' },
    ]);
  });

  it('detects an article split in two', () => {
    const first = '请假一天以内的，由科室负责人审批。';
    const second = '请假一天以上三天以内的，由分管领导审批；三天以上的，报镇长审批。';
    const before = units(A, B, `${first.slice(0, -1)}；${second}`, E);
    const after = units(A, B, first, second, E);
    const result = compareTexts({ headings: [], units: before }, { headings: [], units: after });
    const split = result.rows.find((row) => row.kind === 'split');
    expect(split?.before.map((u) => u.label)).toEqual(['第三条']);
    expect(split?.after.map((u) => u.label)).toEqual(['第三条', '第四条']);
    expect(result.rows.map((row) => row.kind)).toEqual(['unchanged', 'unchanged', 'split', 'unchanged']);
  });

  it('detects two articles merged into one', () => {
    const first = '请假一天以内的，由科室负责人审批。';
    const second = '请假一天以上三天以内的，由分管领导审批；三天以上的，报镇长审批。';
    const result = compareTexts(
      { headings: [], units: units(A, first, second, E) },
      { headings: [], units: units(A, `${first}${second}`, E) },
    );
    const merged = result.rows.find((row) => row.kind === 'merged');
    expect(merged?.before.map((u) => u.label)).toEqual(['第二条', '第三条']);
    expect(merged?.after.map((u) => u.label)).toEqual(['第二条']);
  });

  it('treats an article rewritten in place as modified, not removed and added', () => {
    const before = units(A, B, '监印人应当对用印情况进行登记，登记簿由党政办保存。', E);
    const after = units(A, B, '监印人应当在用印登记簿上逐件登记用印日期、事由和份数，经办人签字确认。', E);
    const result = compareTexts({ headings: [], units: before }, { headings: [], units: after });
    expect(result.rows.map((row) => row.kind)).toEqual(['unchanged', 'unchanged', 'modified', 'unchanged']);
  });
});

describe('compareSources (via the text engine)', () => {
  const file = (body: string) => `---\ntitle: 测试制度\n---\n\n${body}\n`;
  it('ignores whitespace and line-break changes', () => {
    const before = file(`第一条　${A}\n\n第二条　${B}`);
    const after = file(`第一条　${A}\n\n\n第二条　 ${B}`);
    const result = compareSources(before, after);
    expect(result.textChanged).toBe(false);
    expect(result.counts.unchanged).toBe(2);
  });
  it('sees punctuation changes as text changes', () => {
    const result = compareSources(file(`第一条　${A}`), file(`第一条　${A.replace('，严肃', '；严肃')}`));
    expect(result.textChanged).toBe(true);
    expect(result.rows[0]!.punctuationOnly).toBe(true);
  });
});
