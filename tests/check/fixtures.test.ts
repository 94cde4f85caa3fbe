import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/check/index.ts';
import { BASE, TODAY, brief, checkTree, fixtureNames, materialise } from './helpers.ts';

describe('shared base tree', () => {
  it('is clean: no errors, no warnings', async () => {
    const { findings } = await checkTree(BASE);
    expect(findings).toEqual([]);
  });
});

describe('one fixture per rule: exactly the expected findings, nothing else', { timeout: 30_000 }, async () => {
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

describe(
  'naming files (npm run check -- <files>) gives the same findings for them as a full run',
  { timeout: 30_000 },
  async () => {
    for (const name of await fixtureNames()) {
      it(name, async () => {
        const { root, expected } = await materialise(name);
        try {
          const { tree, findings } = await checkTree(root);
          for (const file of new Set(expected.findings.map((item) => item.file))) {
            if (!file.endsWith('.md')) continue;
            const only = runChecks(tree, { today: TODAY, only: new Set([file]) });
            expect(only).toEqual(findings.filter((item) => item.file === file));
          }
        } finally {
          await rm(root, { recursive: true, force: true });
        }
      });
    }
  },
);
