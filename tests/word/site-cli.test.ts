import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/word/site-cli.ts';

const lines: string[] = [];
const io = { stdout: (line: string) => lines.push(line), stderr: (line: string) => lines.push(line) };

async function docxText(file: string): Promise<string> {
  return (await mammoth.extractRawText({ buffer: await readFile(file) })).value;
}

describe('npm run word on the handbook in content/', () => {
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'zhidu-word-'));
    expect(await main(['--dist', dist], io)).toBe(0);
  }, 120_000);
  afterAll(() => rm(dist, { recursive: true, force: true }));

  it('writes each regulation, each chapter and the whole book where the pages link them', async () => {
    for (const path of ['word/kaoqin/qingxiaojia.docx', 'word/kaoqin.docx', 'word/quanben.docx'])
      expect(existsSync(join(dist, path)), path).toBe(true);
    expect(await docxText(join(dist, 'word/kaoqin/qingxiaojia.docx'))).toContain('请销假');
    const whole = await docxText(join(dist, 'word/quanben.docx'));
    expect(whole).toContain('请销假');
    expect(whole).toContain('会议');
  });

  it('says how many files it wrote', () => {
    expect(lines.some((line) => /^Word 文件：\d+ 个/.test(line))).toBe(true);
  });
});

describe('npm run word refuses', () => {
  it('when no site is built (exit 1, nothing written)', async () => {
    const missing = join(tmpdir(), 'zhidu-word-missing-site');
    expect(await main(['--dist', missing], io)).toBe(1);
    expect(existsSync(missing)).toBe(false);
  });

  it('unknown options (exit 2)', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'zhidu-word-'));
    await mkdir(dist, { recursive: true });
    expect(await main(['--dsit', dist], io)).toBe(2);
    expect(existsSync(join(dist, 'word'))).toBe(false);
    await rm(dist, { recursive: true, force: true });
  });
});
