import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, TODAY, materialise } from './helpers.ts';

const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'check.ts');
const REPO = join(import.meta.dirname, '..', '..');

function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  if (!options.env?.['GITHUB_ACTIONS']) delete env['GITHUB_ACTIONS'];
  const result = spawnSync(process.execPath, [SCRIPT, '--today', TODAY, ...args], {
    cwd: options.cwd ?? REPO,
    env,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const MANY_MISTAKES = `---
title: 机关值班制度
staus: reaffirmed
department: 党政办公室
docNumber: XX政办发[2019]7号
effective: 2019-05-01
history:
  - date: 2019-04-20
    action: enacted
---

第一条　为了加强值班管理，根据《请消假制度》，制定本制度。

第二条　值班人员应当坚守岗位。

第四条　违反本制度第九条的，予以批评。
`;

let bad: string;
let clean: string;
beforeAll(async () => {
  clean = await mkdtemp(join(tmpdir(), 'zd-cli-clean-'));
  await cp(BASE, clean, { recursive: true });
  bad = await mkdtemp(join(tmpdir(), 'zd-cli-bad-'));
  await cp(BASE, bad, { recursive: true });
  await writeFile(join(bad, 'content/regulations/kaoqin/zhiban.md'), MANY_MISTAKES);
});
afterAll(async () => {
  await rm(clean, { recursive: true, force: true });
  await rm(bad, { recursive: true, force: true });
});

// Each test spawns node; generous timeouts for busy CI machines (no timings are asserted).
describe('npm run check (end to end)', { timeout: 60_000 }, () => {
  it('exits 0 and says so when the tree is clean', () => {
    const result = run(['--root', clean]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('检查通过：');
  });

  it('exits 1 and lists every mistake with line, caret, hint and summary', () => {
    const result = run(['--root', bad]);
    expect(result.code).toBe(1);
    const out = result.stdout;
    expect(out).toContain('content/regulations/kaoqin/zhiban.md');
    expect(out).toContain('3:1  错误  ZD103  未知字段“staus”，是否应为“status”？');
    expect(out).toContain('    3 │ staus: reaffirmed');
    expect(out).toMatch(/ZD106 {2}未知部门“党政办公室”，是否应为“党政办”？/);
    expect(out).toContain('ZD111');
    expect(out).toContain('ZD401');
    expect(out).toContain('第二条之后应为第三条，但这里是第四条（缺少第三条）');
    expect(out).toContain('ZD403');
    expect(out).toContain('修改方法：');
    expect(out).toContain('/guide/error-codes/#ZD103');
    expect(out).toMatch(/共发现 5 个错误、1 个警告（1 个文件）/);
  });

  it('with --quiet (the build) lists the errors and only counts the warnings', () => {
    const result = run(['--root', bad, '--quiet']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('ZD103');
    expect(result.stdout).not.toContain('ZD111');
    expect(result.stdout).toMatch(/共发现 5 个错误、1 个警告（1 个文件）/);
    expect(result.stdout).toContain('警告未逐条列出');
  });

  it('reports only on the named files, still resolving against the whole corpus', () => {
    const named = run(['--root', bad, join(bad, 'content/regulations/kaoqin/kaoqin.md')], { cwd: bad });
    expect(named.code).toBe(0);
    const relative = run(['content/regulations/kaoqin/zhiban.md'], { cwd: bad });
    expect(relative.code).toBe(1);
    expect(relative.stdout).toContain('ZD103');
  });

  it('exits 2 when it cannot run', () => {
    expect(run(['--root', bad, 'content/regulations/kaoqin/nope.md'], { cwd: bad }).code).toBe(2);
    expect(run(['--root', bad, 'content/regulations/kaoqin/nope.md'], { cwd: bad }).stderr).toContain('文件不存在');
    expect(run(['--bogus']).code).toBe(2);
    expect(run(['--format', 'xml']).code).toBe(2);
    const empty = run(['--root', tmpdir()]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('找不到内容目录');
  });

  it('writes JSON with --format json', () => {
    const result = run(['--root', bad, '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as {
      ok: boolean;
      summary: { errors: number; warnings: number; files: number };
      findings: { code: string; severity: string; file: string; line: number; column: number; url: string }[];
    };
    expect(report.ok).toBe(false);
    expect(report.summary).toMatchObject({ errors: 5, warnings: 1, files: 1 });
    expect(report.findings[0]).toMatchObject({
      code: 'ZD103',
      severity: 'error',
      file: 'content/regulations/kaoqin/zhiban.md',
      line: 3,
      column: 1,
    });
    expect(report.findings[0]?.url).toMatch(/#ZD103$/);
  });

  it('writes GitHub annotations when GITHUB_ACTIONS is set', () => {
    const result = run(['--root', bad], { env: { GITHUB_ACTIONS: 'true' } });
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(
      /^::error file=content\/regulations\/kaoqin\/zhiban.md,line=3,col=1,title=ZD103 未知字段::未知字段“staus”/,
    );
    expect(lines.some((line) => line.startsWith('::warning ') && line.includes('title=ZD111'))).toBe(true);
    // Multi-line bodies are escaped, never split over lines.
    expect(lines[0]).toContain('%0A修改方法：');
  });
});

describe('fixture trees through the CLI', { timeout: 60_000 }, () => {
  it('reports a not-UTF-8 file with exit code 1', async () => {
    const { root } = await materialise('ZD001-gbk');
    try {
      const result = run(['--root', root]);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('ZD001');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
