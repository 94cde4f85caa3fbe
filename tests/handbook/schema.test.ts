import { describe, expect, it } from 'vitest';
import { isCalendarDate, regulationFields } from '../../src/schema/index.ts';

const schema = regulationFields({ departments: ['党政办', '财政所'] });

const valid = {
  title: '机关工作人员请销假制度',
  shortTitle: '请销假制度',
  status: 'revised',
  department: '党政办',
  docNumber: 'XX政办发〔2026〕5号',
  effective: '2026-04-01',
  keywords: ['请假'],
  history: [
    { date: '2018-03-01', action: 'enacted', by: '镇党政联席会议' },
    { date: new Date('2026-03-12'), action: 'revised', note: '调整审批权限。' },
  ],
};

function messages(input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('regulation frontmatter schema', () => {
  it('accepts a complete regulation and normalises YAML dates to YYYY-MM-DD', () => {
    const result = schema.parse(valid);
    expect(result.history[1]?.date).toBe('2026-03-12');
    expect(result.effective).toBe('2026-04-01');
  });

  it('names a missing title in Chinese', () => {
    const { title: _title, ...rest } = valid;
    expect(messages(rest)).toEqual(['title: 缺少标题（title），应为制度全称']);
  });

  it('rejects an unknown status and lists the allowed values', () => {
    expect(messages({ ...valid, status: 'repealed' })).toEqual([
      'status: 状态（status）应为 reaffirmed（重申）、revised（修订）、new（新建）或 abolished（已废止）之一',
    ]);
  });

  it('rejects an unknown department and lists the known ones', () => {
    expect(messages({ ...valid, department: '办公室' })).toEqual([
      'department: 未知部门“办公室”，应为 content/departments.yml 中的部门之一：党政办、财政所',
    ]);
  });

  it('rejects an effective date that is not a real date', () => {
    expect(messages({ ...valid, effective: '2026-02-30' })).toEqual([
      'effective: “2026-02-30”不是有效日期，应为 YYYY-MM-DD 格式的真实日期（例如 2024-03-01）',
    ]);
    expect(messages({ ...valid, effective: '2026年4月1日' })[0]).toContain('不是有效日期');
  });

  it('rejects unknown fields such as a typo', () => {
    const issues = schema.safeParse({ ...valid, staus: 'new' });
    expect(issues.success).toBe(false);
    expect(issues.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('requires at least one history entry with a known action', () => {
    expect(messages({ ...valid, history: [] })).toEqual(['history: 修订历史（history）至少应有一条 enacted 记录']);
    expect(messages({ ...valid, history: [{ date: '2020-01-01', action: 'amended' }] })[0]).toMatch(
      /^history\.0\.action: /,
    );
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    ['2024-12-31', true],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});
