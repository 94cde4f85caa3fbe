/**
 * The commands and the check agree on one model of the yearly cycle: every command is run on a
 * copy of a fixture tree, then the check is run on the result. A refused command changes no file.
 * Fixture: tests/fixtures/editions/_base (2026 edition issued 2026-03-20; 2025 edition frozen).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FixtureTree } from './tree.ts';

const TODAY = '2026-11-20';
let tree: FixtureTree;
beforeEach(() => {
  tree = new FixtureTree();
});
afterEach(() => tree.cleanup());

const NEW_RULE = [
  '--title',
  '机关加班管理制度',
  '--chapter',
  'kaoqin',
  '--department',
  '党政办',
  '--slug',
  'jiaban',
  '--doc-number',
  'XX政办发〔2025〕30号',
];

/** Replaces the skeleton `npm run new` wrote with a finished text. */
function finishText(file: string, articles: string[]): void {
  const source = tree.read(file);
  const end = source.indexOf('\n---\n', 4) + 5;
  tree.write(file, `${source.slice(0, end)}\n${articles.map((text) => `${text}\n`).join('\n')}`);
}

describe('new: a rule not in the previous edition is 新建, whenever it was enacted', { timeout: 30_000 }, () => {
  it('a rule enacted in December 2025, after the 2025 edition was issued, is new in the 2026 edition', async () => {
    const result = await tree.command('new', [...NEW_RULE, '--date', '2025-12-10'], TODAY);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(tree.read('content/regulations/kaoqin/jiaban.md')).toMatch(/^status: new$/m);
    // The skeleton's placeholders are the only thing left to do …
    expect(new Set(await tree.problems(TODAY))).toEqual(new Set(['ZD801 content/regulations/kaoqin/jiaban.md']));
    finishText('content/regulations/kaoqin/jiaban.md', [
      '第一条　为了规范机关加班管理，制定本制度。',
      '第二条　本制度自2025年12月10日起施行。',
    ]);
    // … and once written, the check has nothing to say.
    expect(await tree.problems(TODAY)).toEqual([]);
  });

  it('refuses --status reaffirmed (which the check would reject) and changes no file', async () => {
    const before = tree.hash();
    const result = await tree.command('new', [...NEW_RULE, '--date', '2019-05-10', '--status', 'reaffirmed'], TODAY);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('只能是 new');
    expect(result.stderr).toContain('没有修改任何文件');
    expect(tree.hash()).toBe(before);
  });

  it('accepts the Chinese chapter name as listed', async () => {
    const args = NEW_RULE.map((arg) => (arg === 'kaoqin' ? '考勤与请销假' : arg));
    expect((await tree.command('new', [...args, '--date', '2026-10-10'], TODAY)).code).toBe(0);
  });
});

describe('revise: the status it writes is the one the check expects', { timeout: 30_000 }, () => {
  it('a rule new in this edition stays new after a revision, and the check agrees', async () => {
    const result = await tree.command(
      'revise',
      ['c', '--date', '2026-09-01', '--note', '增加机关文化活动经费保障的规定', '--doc-number', 'XX政办发〔2026〕21号'],
      TODAY,
    );
    expect(result.code).toBe(0);
    expect(tree.read('content/regulations/kaoqin/c.md')).toMatch(/^status: new$/m);
    tree.edit(
      'content/regulations/kaoqin/c.md',
      '第二条　本办法自2026年4月1日起施行。',
      '第二条　机关文化活动经费列入年度预算。\n\n第三条　本办法自2026年9月1日起施行。',
    );
    expect(await tree.problems(TODAY)).toEqual([]);
  });

  it('a rule of the previous edition becomes revised, and the check agrees once the text changes', async () => {
    const args = [
      'a',
      '--date',
      '2026-09-01',
      '--note',
      '明确迟到早退的认定标准',
      '--doc-number',
      'XX政办发〔2026〕22号',
    ];
    expect((await tree.command('revise', args, TODAY)).code).toBe(0);
    expect(tree.read('content/regulations/kaoqin/a.md')).toMatch(/^status: revised$/m);
    expect(await tree.problems(TODAY)).toEqual(['ZD613 content/regulations/kaoqin/a.md']);
    tree.edit('content/regulations/kaoqin/a.md', '不得迟到早退。', '不得迟到早退；超过上班时间到岗的，按迟到认定。');
    expect(await tree.problems(TODAY)).toEqual([]);
  });

  it('a second revision on the same day needs --same-day; refused, nothing changes', async () => {
    const args = [
      'a',
      '--date',
      '2026-09-01',
      '--note',
      '明确迟到早退的认定标准',
      '--doc-number',
      'XX政办发〔2026〕22号',
    ];
    expect((await tree.command('revise', args, TODAY)).code).toBe(0);
    const before = tree.hash();
    const again = [
      'a',
      '--date',
      '2026-09-01',
      '--note',
      '再次调整迟到的认定标准',
      '--doc-number',
      'XX政办发〔2026〕23号',
    ];
    const refused = await tree.command('revise', again, TODAY);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--same-day');
    expect(tree.hash()).toBe(before);
    expect((await tree.command('revise', [...again, '--same-day'], TODAY)).code).toBe(0);
  });

  it('refuses a revision dated before the previous edition was issued', async () => {
    const before = tree.hash();
    const args = [
      'a',
      '--date',
      '2025-02-01',
      '--note',
      '明确迟到早退的认定标准',
      '--doc-number',
      'XX政办发〔2025〕22号',
    ];
    const result = await tree.command('revise', args, TODAY);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('2025-03-18');
    expect(tree.hash()).toBe(before);
  });

  it('finds the regulation by ./content/… path, Windows path or title', async () => {
    const args = ['--date', '2026-09-01', '--note', '明确迟到早退的认定标准', '--doc-number', 'XX政办发〔2026〕22号'];
    for (const name of ['./content/regulations/kaoqin/a.md', 'content\\regulations\\kaoqin\\a.md', '机关考勤制度']) {
      const copy = new FixtureTree();
      try {
        const result = await copy.command('revise', [name, ...args], TODAY);
        expect(result.stderr, name).toBe('');
        expect(copy.read('content/regulations/kaoqin/a.md')).toMatch(/^status: revised$/m);
      } finally {
        copy.cleanup();
      }
    }
  });

  it('refuses a line break in a single-line field', async () => {
    const before = tree.hash();
    const note = '明确迟到早退的认定标准\nstatus: reaffirmed';
    const result = await tree.command(
      'revise',
      ['a', '--date', '2026-09-01', '--note', note, '--doc-number', 'XX政办发〔2026〕22号'],
      TODAY,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('不能换行');
    expect(tree.hash()).toBe(before);
  });
});

describe('abolish', { timeout: 30_000 }, () => {
  it('refuses to abolish a rule that no issued edition contains (it is removed instead)', async () => {
    const before = tree.hash();
    const result = await tree.command(
      'abolish',
      ['c', '--date', '2026-10-01', '--note', '内容已并入机关考勤制度'],
      TODAY,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('git rm');
    expect(tree.hash()).toBe(before);
  });

  it('abolishes a rule of the previous edition; the check agrees', async () => {
    const result = await tree.command(
      'abolish',
      ['a', '--date', '2026-10-01', '--note', '内容已并入请销假制度'],
      TODAY,
    );
    expect(result.code).toBe(0);
    expect(await tree.problems(TODAY)).toEqual([]);
  });

  it('--help names a regulation of the real handbook', async () => {
    const { COMMANDS } = await import('../../src/authoring/commands.ts');
    const { existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    const slugs = [...COMMANDS.abolish.usage.matchAll(/(?:-- |--replaced-by )([a-z0-9-]+)/g)].map((m) => m[1]);
    expect(slugs.length).toBe(2);
    const root = join(import.meta.dirname, '..', '..', 'content', 'regulations');
    const { readdirSync } = await import('node:fs');
    for (const slug of slugs) {
      expect(
        readdirSync(root).some((chapter) => existsSync(join(root, chapter, `${slug}.md`))),
        slug,
      ).toBe(true);
    }
  });
});

describe('interactive npm run new', { timeout: 30_000 }, () => {
  function answers(list: (string | Error)[]) {
    const asked: string[] = [];
    return {
      asked,
      ask: async (question: string) => {
        asked.push(question);
        const next = list.shift();
        if (next === undefined || next instanceof Error) throw next ?? new Error('no more answers');
        return next;
      },
    };
  }

  it('checks each answer as it is given and asks again', async () => {
    const io = answers([
      '机关加班管理制度', // title
      '', // short title (skipped)
      '考勤', // chapter: unknown → asked again
      '考勤与请销假', // chapter by its Chinese name
      '党政办',
      '加班', // slug with Chinese → asked again
      'jiaban',
      '2026-13-01', // invalid date → asked again
      '2026-10-10',
      '', // effective (skipped)
      'XX政办发[2026]30号', // wrong brackets → asked again
      'XX政办发〔2026〕30号',
      '', // by (skipped)
    ]);
    const result = await tree.command('new', [], TODAY, io.ask);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('未知的章“考勤”');
    expect(result.stderr).toContain('请重新输入');
    expect(io.asked.filter((q) => q.startsWith('所属章')).length).toBe(2);
    expect(tree.read('content/regulations/kaoqin/jiaban.md')).toContain('docNumber: XX政办发〔2026〕30号');
  });

  it('Ctrl-D / Ctrl-C: “已取消，没有修改任何文件”, nothing changed', async () => {
    const before = tree.hash();
    const abort = Object.assign(new Error('The operation was aborted'), { name: 'AbortError', code: 'ABORT_ERR' });
    const result = await tree.command('new', [], TODAY, answers(['机关加班管理制度', abort]).ask);
    expect(result.code).toBe(130);
    expect(result.stderr).toContain('已取消，没有修改任何文件');
    expect(result.stderr).not.toMatch(/Error|at /);
    expect(tree.hash()).toBe(before);
  });
});
