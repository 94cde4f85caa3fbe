import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BASE, brief, checkTree, fixtureNames, materialise } from './helpers.ts';

describe('shared base tree', () => {
  it('is clean: no errors, no warnings', async () => {
    const { findings } = await checkTree(BASE);
    expect(findings).toEqual([]);
  });
});

describe('one fixture per rule: exactly the expected findings, nothing else', async () => {
  for (const name of await fixtureNames()) {
    it(name, async () => {
      const { root, expected } = await materialise(name);
      try {
        const { findings } = await checkTree(root);
        expect(brief(findings)).toEqual(brief(expected.findings as never));
        for (const item of findings) {
          expect(item.message).toMatch(/\p{Script=Han}/u);
          expect(item.hint).toMatch(/\p{Script=Han}/u);
          expect(item.line).toBeGreaterThanOrEqual(1);
          expect(item.column).toBeGreaterThanOrEqual(1);
        }
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    });
  }
});
