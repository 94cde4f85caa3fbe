import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editFrontmatter } from '../../src/editions/frontmatter-edit.ts';
import { loadWorkspace, type RegulationRef } from '../../src/authoring/workspace.ts';
import { runChecks, todayInChina } from '../../src/check/index.ts';
import { loadContentTree } from '../../src/handbook/content-tree.ts';
import { copyContent, hashTree, REPO, run } from './helpers.ts';

const today = todayInChina();

/** Findings of `npm run check` (errors only) for the given files of the temporary tree. */
async function errorsIn(root: string, files: string[]) {
  const tree = await loadContentTree(root);
  return runChecks(tree, { today, only: new Set(files) }).filter((finding) => finding.severity === 'error');
}

/** History consistency the commands promise: oldest first, enacted first, abolished last, status agrees. */
function assertHistory(ref: RegulationRef) {
  const data = ref.file.data;
  expect(data, `${ref.file.filePath} passes the schema`).toBeDefined();
  if (!data) return;
  const dates = data.history.map((entry) => entry.date);
  expect([...dates].sort()).toEqual(dates);
  expect(data.history[0]?.action).toBe('enacted');
  expect(data.history.slice(0, -1).some((entry) => entry.action === 'abolished')).toBe(false);
  const last = data.history.at(-1);
  if (data.status === 'abolished') expect(last?.action).toBe('abolished');
  if (data.status === 'revised') {
    expect(last?.action).toBe('revised');
    expect(last?.note).toBeTruthy();
    expect(data.docNumber).toBe(last?.docNumber);
  }
  if (last && data.status !== 'abolished') expect(data.effective >= last.date).toBe(true);
}

let root: string;
let cleanup: () => void;
let editionYear: number;

beforeEach(async () => {
  ({ root, cleanup } = copyContent());
  const workspace = await loadWorkspace(root);
  editionYear = workspace.tree.editions[0]?.handbook.value?.edition.year ?? 2026;
});
afterEach(() => cleanup());

async function pick(predicate: (ref: RegulationRef) => boolean): Promise<RegulationRef> {
  const workspace = await loadWorkspace(root);
  const found = workspace.regulations.find((ref) => Boolean(ref.file.data) && predicate(ref));
  if (!found) throw new Error('the content has no regulation for this test');
  return found;
}

const newArgs = (overrides: Record<string, string> = {}) => {
  const values: Record<string, string> = {
    title: '机关节约用电用水管理办法',
    'short-title': '节约用电用水办法',
    chapter: 'caiwu-zichan',
    department: '财政所',
    slug: 'jieyue-yongshui',
    date: `${editionYear}-03-12`,
    effective: `${editionYear}-04-01`,
    'doc-number': `XX政发〔${editionYear}〕195号`,
    ...overrides,
  };
  return Object.entries(values).flatMap(([key, value]) => [`--${key}`, value]);
};

describe('npm run new', { timeout: 30_000 }, () => {
  it('writes a valid regulation with a skeleton and a first history entry', async () => {
    const result = await run('new', root, newArgs());
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('已新建制度《机关节约用电用水管理办法》');
    expect(result.stdout).toContain('npm run check');
    const filePath = 'content/regulations/caiwu-zichan/jieyue-yongshui.md';
    const text = readFileSync(join(root, filePath), 'utf8');
    expect(text).toContain('结合我镇实际，制定本办法。');
    expect(text).toContain('第五条　本办法由镇财政所负责解释。');
    expect(text).toContain(`本办法自${editionYear}年4月1日起施行。`);
    expect(text).toContain('【待填写：');
    expect(text.indexOf('title:')).toBeLessThan(text.indexOf('status:'));
    const workspace = await loadWorkspace(root);
    const ref = workspace.regulations.find((r) => r.file.filePath === filePath);
    expect(ref?.file.data?.status).toBe('new');
    expect(ref?.file.data?.history).toEqual([
      {
        date: `${editionYear}-03-12`,
        action: 'enacted',
        by: '镇党政联席会议',
        docNumber: `XX政发〔${editionYear}〕195号`,
      },
    ]);
    assertHistory(ref!);
    // The only errors are the 【待填写】 marks the editor still has to replace (ZD801).
    const placeholders = text.match(/【待填写/g)?.length ?? 0;
    expect(placeholders).toBeGreaterThan(0);
    expect((await errorsIn(root, [filePath])).map((item) => item.code)).toEqual(Array(placeholders).fill('ZD801'));
    expect(readFileSync(join(root, '.github/CODEOWNERS'), 'utf8')).toContain(`/${filePath} @xxzhen/caizhengsuo`);
  });

  const refusals: [string, () => Promise<string[]>, RegExp][] = [
    ['unknown department', async () => newArgs({ department: '宣传办' }), /未知部门“宣传办”.*党政办/],
    ['unknown chapter', async () => newArgs({ chapter: 'renshi' }), /未知的章“renshi”/],
    [
      'slug with Chinese characters',
      async () => newArgs({ slug: '节约用水' }),
      /文件名“节约用水”不符合要求.*小写英文字母/,
    ],
    ['future date', async () => newArgs({ date: '2099-01-01' }), /晚于今天/],
    ['impossible date', async () => newArgs({ date: `${editionYear}-02-30` }), /不是有效日期/],
    ['malformed 文号', async () => newArgs({ 'doc-number': `XX政发[${editionYear}]05号` }), /文号.*格式不对/],
    [
      'duplicate title',
      async () => newArgs({ title: (await pick(() => true)).fields.title ?? '' }),
      /与已有制度.*重复/,
    ],
    [
      'short title equal to an existing title',
      async () => newArgs({ 'short-title': (await pick(() => true)).fields.title ?? '' }),
      /简称“.*”与已有制度/,
    ],
    ['duplicate slug', async () => newArgs({ slug: (await pick(() => true)).file.slug }), /已被《.*》.*使用/],
    ['status it cannot start with', async () => newArgs({ status: 'abolished' }), /只能是 new/],
  ];
  it.each(refusals)('refuses %s in Chinese and changes nothing', async (_name, args, message) => {
    const argv = await args();
    const before = hashTree(root);
    const result = await run('new', root, argv);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('没有修改任何文件');
    expect(hashTree(root)).toBe(before);
    expect(existsSync(join(root, '.github'))).toBe(false);
  });

  it('asks for missing values only at a terminal; without one it names the missing flag', async () => {
    const result = await run('new', root, ['--title', '某某制度']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('缺少所属章（--chapter）');
  });
});

describe('npm run revise', { timeout: 30_000 }, () => {
  it('appends the revision, sets status, 文号 and 施行日期, and leaves the text alone', async () => {
    const target = await pick((ref) => ref.fields.status === 'reaffirmed');
    const body = target.file.source.split(/^---$/m).slice(2).join('---');
    const docNumber = `XX政办发〔${today.slice(0, 4)}〕196号`;
    const note = '将第二条的适用范围扩大到镇属事业单位，原因是事业单位人员管理需要统一。';
    const result = await run('revise', root, [
      target.file.slug,
      '--date',
      today,
      '--note',
      note,
      '--doc-number',
      docNumber,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`已记录《${target.fields.title}》的修订`);
    const workspace = await loadWorkspace(root);
    const after = workspace.regulations.find((ref) => ref.file.absPath === target.file.absPath)!;
    expect(after.file.data?.status).toBe('revised');
    expect(after.file.data?.docNumber).toBe(docNumber);
    expect(after.file.data?.effective).toBe(today);
    expect(after.file.data?.history.at(-1)).toEqual({
      date: today,
      action: 'revised',
      by: '镇党政联席会议',
      docNumber,
      note,
    });
    expect(after.file.source.endsWith(body)).toBe(true);
    assertHistory(after);
    expect(await errorsIn(root, [after.file.filePath])).toEqual([]);
  });

  it('refuses unknown slugs with the nearest suggestion, and changes nothing', async () => {
    const target = await pick(() => true);
    const typo = `${target.file.slug}x`;
    const before = hashTree(root);
    const result = await run('revise', root, [
      typo,
      '--date',
      today,
      '--note',
      '修改了第二条的内容和理由说明',
      '--doc-number',
      'XX政办发〔2026〕197号',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`找不到制度“${typo}”`);
    expect(result.stderr).toContain(target.file.slug);
    expect(hashTree(root)).toBe(before);
  });

  it('refuses revising an abolished regulation and a missing 修订说明', async () => {
    const abolished = await pick((ref) => ref.fields.status === 'abolished');
    const other = await pick((ref) => ref.fields.status !== 'abolished');
    const before = hashTree(root);
    const a = await run('revise', root, [
      abolished.file.slug,
      '--date',
      today,
      '--note',
      '修改第二条内容和理由',
      '--doc-number',
      'XX政办发〔2026〕198号',
    ]);
    expect(a.code).toBe(1);
    expect(a.stderr).toContain('已经废止，不能再修订');
    const b = await run('revise', root, [other.file.slug, '--date', today, '--doc-number', 'XX政办发〔2026〕198号']);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('缺少修订说明（--note）');
    expect(hashTree(root)).toBe(before);
  });
});

describe('npm run abolish', { timeout: 30_000 }, () => {
  it('marks the repeal with replacedBy and keeps the file and its text', async () => {
    const target = await pick((ref) => ref.fields.status !== 'abolished');
    const replacement = await pick(
      (ref) => ref.fields.status !== 'abolished' && ref.file.absPath !== target.file.absPath,
    );
    const note = `内容已并入《${replacement.fields.title}》，不再单独保留。`;
    const result = await run('abolish', root, [
      target.file.id,
      '--date',
      today,
      '--note',
      note,
      '--replaced-by',
      replacement.file.slug,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('标记为废止');
    const workspace = await loadWorkspace(root);
    const after = workspace.regulations.find((ref) => ref.file.absPath === target.file.absPath)!;
    expect(after.file.data?.status).toBe('abolished');
    expect(after.file.data?.replacedBy).toBe(replacement.file.slug);
    expect(after.file.data?.history.at(-1)).toEqual({ date: today, action: 'abolished', by: '镇党政联席会议', note });
    expect(after.file.data?.docNumber).toBe(target.file.data?.docNumber);
    assertHistory(after);
    expect(await errorsIn(root, [after.file.filePath])).toEqual([]);
  });

  it('refuses an already-abolished rule, an abolished or unknown replacement, and a future date; nothing changes', async () => {
    const abolished = await pick((ref) => ref.fields.status === 'abolished');
    const target = await pick((ref) => ref.fields.status !== 'abolished');
    const note = '内容已过时，不再适用。';
    const cases: [string[], RegExp][] = [
      [[abolished.file.slug, '--date', today, '--note', note], /已经废止（.*），不能重复废止/],
      [
        [target.file.slug, '--date', today, '--note', note, '--replaced-by', abolished.file.slug],
        /替代制度《.*》也已废止/,
      ],
      [
        [target.file.slug, '--date', today, '--note', note, '--replaced-by', 'no-such-rule'],
        /找不到替代制度（--replaced-by）“no-such-rule”/,
      ],
      [[target.file.slug, '--date', '2099-12-31', '--note', note], /晚于今天/],
      [[target.file.slug, '--date', '2000-01-01', '--note', note], /早于最近一条记录的日期/],
      [[target.file.slug, '--date', today, '--note', note, '--unknown', 'x'], /不认识的参数/],
    ];
    const before = hashTree(root);
    for (const [args, message] of cases) {
      const result = await run('abolish', root, args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(message);
    }
    expect(hashTree(root)).toBe(before);
  });
});

describe('frontmatter editing', () => {
  it('rewrites every existing file byte for byte when nothing is changed (comments, order, flow lists survive)', async () => {
    const tree = await loadContentTree(REPO);
    for (const edition of tree.editions) {
      for (const file of edition.regulations) {
        if (!file.frontmatter || (file.yaml?.errors.length ?? 0) > 0) continue;
        expect(
          editFrontmatter(file.source, () => {}),
          file.filePath,
        ).toBe(file.source);
      }
    }
  });
});
