import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/check/index.ts';
import { readRepositoryInputs } from '../../src/check/repository-inputs.ts';
import { loadContentTree } from '../../src/handbook/index.ts';
import { fixtureNames, materialise } from '../editions/helpers.ts';

const TODAY = '2026-11-25';

/**
 * Checking named files skips comparing the texts of the other files with their earlier editions (src/check/
 * context.ts treeForEditionRules); what is reported for the named files must not change.
 */
describe('naming files gives the same edition findings for them as a full run', { timeout: 30_000 }, async () => {
  for (const name of await fixtureNames()) {
    it(name, async () => {
      const { root, expected } = await materialise(name);
      try {
        const tree = await loadContentTree(root);
        const repository = await readRepositoryInputs(root, tree);
        const full = runChecks(tree, { today: TODAY, repository });
        const named = new Set((expected?.findings ?? []).map((item) => item.file).filter((f) => f.endsWith('.md')));
        const codes = (expected?.findings ?? []).map((item) => item.code);
        expect(full.map((item) => item.code)).toEqual(expect.arrayContaining(codes));
        for (const file of named) {
          const only = runChecks(tree, { today: TODAY, repository, only: new Set([file]) });
          expect(only).toEqual(full.filter((item) => item.file === file));
        }
      } finally {
        await rm(root, { recursive: true, force: true });
      }
    });
  }
});
