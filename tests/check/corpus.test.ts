import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNumeral } from '../../src/engine/index.ts';
import { BASE, TODAY, checkTree } from './helpers.ts';

const REPO = join(import.meta.dirname, '..', '..');

describe('the real corpus (content/)', () => {
  it('has no errors (warnings, e.g. impact of revisions, are allowed)', { timeout: 60_000 }, async () => {
    const { findings } = await checkTree(REPO, TODAY);
    const errors = findings.filter((item) => item.severity === 'error');
    expect(errors.map((item) => `${item.file}:${item.line} ${item.code} ${item.message}`)).toEqual([]);
  });
});

describe('large input', () => {
  it('checks a 5 MB regulation without errors or crash', async () => {
    const root = await mkdtemp(join(tmpdir(), 'zd-large-'));
    try {
      await cp(BASE, root, { recursive: true });
      const head = `---
title: 机关大文件测试制度
status: reaffirmed
department: 党政办
docNumber: XX政办发〔2019〕7号
effective: 2019-05-01
history:
  - date: 2019-04-20
    action: enacted
---

`;
      const chunks: string[] = [head];
      let size = Buffer.byteLength(head);
      for (let n = 1; size < 5 * 1024 * 1024; n++) {
        const text = `第${formatNumeral(n)}条　机关工作人员应当遵守工作纪律，按时上下班，认真履行岗位职责，做好本职工作，不得擅离职守。\n\n`;
        chunks.push(text);
        size += Buffer.byteLength(text);
      }
      await writeFile(join(root, 'content/regulations/kaoqin/large.md'), chunks.join(''));
      const { findings } = await checkTree(root);
      expect(findings.filter((item) => item.severity === 'error')).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 60_000);
});
