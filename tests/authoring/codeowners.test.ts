import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCodeowners } from '../../src/authoring/codeowners-cli.ts';
import { compareCodeowners, ownersOf, renderCodeowners } from '../../src/check/codeowners.ts';
import { copyContent, hashTree } from './helpers.ts';

async function codeowners(root: string, args: string[] = []) {
  let stdout = '';
  let stderr = '';
  const code = await runCodeowners([...args, '--root', root], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

describe('renderCodeowners', () => {
  const departments = {
    党政办: { name: '党政综合办公室', codeowners: ['@xxzhen/dangzhengban'] },
    财政所: { name: '财政所', codeowners: ['@xxzhen/caizhengsuo', '@zhang'] },
    民政科: { name: '民政科', codeowners: [] },
  };
  const text = renderCodeowners(departments, [
    { filePath: 'content/regulations/caiwu-zichan/chailvfei.md', department: '财政所' },
    { filePath: 'content/regulations/kaoqin/qingxiaojia.md', department: '党政办' },
    { filePath: 'content/regulations/shehui-shiwu/jiuzhu.md', department: '民政科' },
  ]);
  const rules = text.split('\n').filter((line) => line && !line.startsWith('#'));

  it('puts the catch-all and shared files (党政办) before the per-file rules, since later lines win', () => {
    expect(rules.slice(0, 4)).toEqual([
      '* @xxzhen/dangzhengban',
      '/content/ @xxzhen/dangzhengban',
      '/content/*.yml @xxzhen/dangzhengban',
      '/content/editions/ @xxzhen/dangzhengban',
    ]);
  });

  it('gives code paths to the code maintainers configured in one place, and content to the office', () => {
    const withMaintainers = renderCodeowners(departments, [], ['@xxzhen/dev']);
    for (const path of [
      '.github/workflows/pr.yml',
      'src/engine/index.ts',
      'scripts/check.ts',
      'package.json',
      'package-lock.json',
    ])
      expect(ownersOf(withMaintainers, path)?.owners, path).toEqual(['@xxzhen/dev']);
    expect(ownersOf(withMaintainers, '.github/code-maintainers.yml')?.owners).toEqual(['@xxzhen/dev']);
    expect(ownersOf(withMaintainers, 'content/departments.yml')?.owners).toEqual(['@xxzhen/dangzhengban']);
    expect(ownersOf(withMaintainers, 'content/regulations/kaoqin/new-file.md')?.owners).toEqual([
      '@xxzhen/dangzhengban',
    ]);
  });

  it('compares two CODEOWNERS by who reviews each path: wrong owners vs a file not listed yet', () => {
    const regs = [{ filePath: 'content/regulations/caiwu-zichan/chailvfei.md', department: '财政所' }];
    const expected = renderCodeowners(departments, regs, ['@xxzhen/dev']);
    const actual = renderCodeowners(departments, [], ['@xxzhen/dev']);
    expect(compareCodeowners(expected, actual, [regs[0]!.filePath, 'src/a.ts'])).toEqual({
      wrong: [],
      unlisted: [
        { path: regs[0]!.filePath, expected: ['@xxzhen/caizhengsuo', '@zhang'], actual: ['@xxzhen/dangzhengban'] },
      ],
    });
    const stale = renderCodeowners(departments, regs, []);
    expect(compareCodeowners(expected, stale, ['src/a.ts']).wrong).toEqual([
      { path: 'src/a.ts', expected: ['@xxzhen/dev'], actual: ['@xxzhen/dangzhengban'] },
    ]);
  });

  it("gives each regulation file to its department's reviewers", () => {
    expect(rules).toContain('/content/regulations/caiwu-zichan/chailvfei.md @xxzhen/caizhengsuo @zhang');
    expect(rules).toContain('/content/regulations/kaoqin/qingxiaojia.md @xxzhen/dangzhengban');
  });

  it('leaves files of a department without reviewers to the default owners (no ownerless line)', () => {
    expect(rules.some((line) => line.includes('jiuzhu'))).toBe(false);
    expect(text).toContain('未设置审核人');
  });
});

describe('npm run codeowners', () => {
  let root: string;
  let cleanup: () => void;
  beforeEach(() => ({ root, cleanup } = copyContent()));
  afterEach(() => cleanup());

  it('--check fails in Chinese when the file is missing or stale, passes once generated', async () => {
    const missing = await codeowners(root, ['--check']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('请运行 npm run codeowners');

    const written = await codeowners(root);
    expect(written.code).toBe(0);
    const text = readFileSync(join(root, '.github/CODEOWNERS'), 'utf8');
    expect(text).toContain('/content/regulations/');
    expect((await codeowners(root, ['--check'])).code).toBe(0);

    const departments = join(root, 'content/departments.yml');
    writeFileSync(departments, readFileSync(departments, 'utf8').replace('@xxzhen/caizhengsuo', '@xxzhen/caiwu'));
    const before = hashTree(root);
    const stale = await codeowners(root, ['--check']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('已过期');
    expect(hashTree(root)).toBe(before);
  });
});
