import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/check/fix.ts';
import { brief, checkTree, materialise } from './helpers.ts';

describe('npm run check -- --fix on an article numbered in Arabic numerals (ZD312)', () => {
  it('writes 第二条, changes nothing else, and the file then checks clean', async () => {
    const { root } = await materialise('ZD312-arabic-article-number');
    const file = join(root, 'content/regulations/kaoqin/zhiban.md');
    try {
      const before = await readFile(file, 'utf8');
      const { findings } = await checkTree(root);
      await applyFixes(root, findings);
      const after = await readFile(file, 'utf8');
      expect(after).toBe(before.replace('第2条　值班', '第二条　值班'));
      expect(brief((await checkTree(root)).findings)).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
