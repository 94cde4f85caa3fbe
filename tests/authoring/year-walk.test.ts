/**
 * A whole year of the office's work, scripted on a copy of tests/fixtures/editions/_base:
 * a citation written during 2026, the November freeze, a rule made in December, a revision that
 * deletes an article and renumbers the rest (fixed with check --fix), a cited rule abolished, the
 * 2027 edition issued and frozen, and the first rule of 2028. After every step `npm run check`
 * says exactly what the office has to do next, and nothing else.
 */
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { FixtureTree } from './tree.ts';

const tree = new FixtureTree();
afterAll(() => tree.cleanup());

const A = 'content/regulations/kaoqin/a.md';
const B = 'content/regulations/kaoqin/b.md';
const C = 'content/regulations/kaoqin/c.md';
const JIABAN = 'content/regulations/kaoqin/jiaban.md';

describe('a year of editing', { timeout: 60_000 }, () => {
  it('June 2026: 机关考勤制度 is revised and now cites 请销假制度 and 机关文化建设办法', async () => {
    const args = [
      'a',
      '--date',
      '2026-06-10',
      '--note',
      '增加请假审批和文化活动考勤的衔接规定',
      '--doc-number',
      'XX政办发〔2026〕15号',
    ];
    expect((await tree.command('revise', args, '2026-06-12')).code).toBe(0);
    tree.edit(
      A,
      '第三条　本制度自2018年4月1日起施行。',
      '第三条　请假审批依照《请销假制度》第三条执行，请假期满依照《请销假制度》第四条销假。\n\n第四条　参加《机关文化建设办法》第一条所列活动的，按正常出勤登记。\n\n第五条　本制度自2026年6月10日起施行。',
    );
    expect(await tree.problems('2026-06-12')).toEqual([]);
  });

  it('November 2026: the freeze refuses while the check fails, and changes nothing', async () => {
    tree.edit(C, '制定本办法。', '制定本办法。【待填写：适用范围】');
    const before = tree.hash();
    const refused = await tree.freeze([], '2026-11-20');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('ZD801');
    expect(refused.stderr).toContain('没有修改任何文件');
    expect(tree.hash()).toBe(before);
    tree.edit(C, '【待填写：适用范围】', '');
  });

  it('November 2026: --dry-run tells, the freeze does, and prints the next steps', async () => {
    const before = tree.hash();
    const dry = await tree.freeze(['--dry-run'], '2026-11-20');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('试运行');
    expect(tree.hash()).toBe(before);

    const frozen = await tree.freeze([], '2026-11-20');
    expect(frozen.stderr).toBe('');
    expect(frozen.code).toBe(0);
    expect(frozen.stdout).toContain('下一步');
    expect(frozen.stdout).toContain('issuedOn');
    expect(existsSync(tree.path('content/editions/2026/manifest.json'))).toBe(true);
    expect(tree.read('content/handbook.yml')).toMatch(/year: 2027/);
    expect(tree.read(A)).toMatch(/^status: reaffirmed$/m);
    expect(await tree.problems('2026-11-20')).toEqual([]);
  });

  it('December 2026: a rule made after the freeze is new in the 2027 edition', async () => {
    const args = ['--title', '机关加班管理制度', '--chapter', 'kaoqin', '--department', '党政办', '--slug', 'jiaban'];
    const result = await tree.command(
      'new',
      [...args, '--date', '2026-12-08', '--doc-number', 'XX政办发〔2026〕40号'],
      '2026-12-10',
    );
    expect(result.stderr).toBe('');
    expect(tree.read(JIABAN)).toMatch(/^status: new$/m);
    const source = tree.read(JIABAN);
    const end = source.indexOf('\n---\n', 4) + 5;
    tree.write(
      JIABAN,
      `${source.slice(0, end)}\n第一条　为了规范机关加班管理，制定本制度。\n\n第二条　本制度自2026年12月8日起施行。\n`,
    );
    expect(await tree.problems('2026-12-10')).toEqual([]);
  });

  it('January 2027: 请销假制度 drops its 第二条; the old citations are errors naming the new numbers', async () => {
    const args = [
      'b',
      '--date',
      '2027-01-12',
      '--note',
      '删去原第二条审批权限的规定，改由机关考勤制度统一规定',
      '--doc-number',
      'XX政办发〔2027〕2号',
    ];
    expect((await tree.command('revise', args, '2027-01-15')).code).toBe(0);
    tree.edit(B, '第二条　请假1天以内的，由科室负责人审批；1天以上的，由分管领导审批。\n\n', '');
    for (const [from, to] of [
      ['第三条　工作人员外出', '第二条　工作人员外出'],
      ['第四条　请假期满', '第三条　请假期满'],
      ['第五条　本制度自', '第四条　本制度自'],
    ] as const)
      tree.edit(B, from, to);
    const { findings } = await tree.check('2027-01-15');
    expect(findings.map((item) => `${item.code} ${item.file}`)).toEqual([`ZD501 ${A}`, `ZD501 ${A}`]);
    expect(findings.map((item) => item.message)).toEqual([
      expect.stringContaining('原第三条现为第二条'),
      expect.stringContaining('原第四条现为第三条'),
    ]);
  });

  it('January 2027: check --fix rewrites exactly those citations, shows the diff, and the check passes', async () => {
    const before = tree.read(A);
    const others = tree.hash();
    const { stdout, code } = await tree.check('2027-01-15', ['--fix']);
    expect(code).toBe(0);
    expect(stdout).toContain('已自动改正 2 处（1 个文件）');
    expect(stdout).toContain(`${A}:`);
    expect(tree.read(A)).toBe(
      before
        .replace('《请销假制度》第三条执行', '《请销假制度》第二条执行')
        .replace('《请销假制度》第四条销假', '《请销假制度》第三条销假'),
    );
    expect(tree.hash()).not.toBe(others);
    expect(await tree.problems('2027-01-15')).toEqual([]);
  });

  it('February 2027: abolishing the cited 机关文化建设办法 names the citing rule; fixing it makes the check pass', async () => {
    const result = await tree.command(
      'abolish',
      ['c', '--date', '2027-02-01', '--note', '机关文化建设纳入机关考勤制度统一管理'],
      '2027-02-02',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(A);
    expect(await tree.problems('2027-02-02')).toEqual([`ZD404 ${A}`]);
    const args = [
      'a',
      '--date',
      '2027-02-01',
      '--note',
      '删除引用已废止的机关文化建设办法的规定',
      '--doc-number',
      'XX政办发〔2027〕5号',
    ];
    expect((await tree.command('revise', args, '2027-02-02')).code).toBe(0);
    tree.edit(
      A,
      '第四条　参加《机关文化建设办法》第一条所列活动的，按正常出勤登记。',
      '第四条　参加镇机关组织的文化活动的，按正常出勤登记。',
    );
    expect(await tree.problems('2027-02-02')).toEqual([]);
  });

  it('March–November 2027: the 2027 edition is issued and frozen; 2028 opens clean', async () => {
    tree.edit(
      'content/handbook.yml',
      'year: 2027',
      'year: 2027\n  issuedOn: 2027-03-15\n  docNumber: XX政发〔2027〕5号',
    );
    expect(await tree.problems('2027-03-16')).toEqual([]);
    const frozen = await tree.freeze([], '2027-11-20');
    expect(frozen.code).toBe(0);
    expect(tree.read('content/handbook.yml')).toMatch(/year: 2028/);
    expect(tree.read(JIABAN)).toMatch(/^status: reaffirmed$/m);
    expect(tree.read(C)).toMatch(/^status: abolished$/m);
    expect(await tree.problems('2027-11-21')).toEqual([]);
    // Freezing twice does nothing.
    const again = await tree.freeze([], '2027-11-22');
    expect(again.stdout).toContain('无需操作');
  });
});
