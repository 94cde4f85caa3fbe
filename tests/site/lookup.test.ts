import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { loadContentTree, toHandbookModel, type HandbookModel } from '../../src/handbook/index.ts';
import { findRegulationByRouteId } from '../../src/site/lookup.ts';

let root: string;
let model: HandbookModel;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'zd-lookup-'));
  generateCorpus({ count: 40, outDir: root });
  model = toHandbookModel(await loadContentTree(root));
}, 60_000);
afterAll(() => rm(root, { recursive: true, force: true }));

describe('findRegulationByRouteId', () => {
  it('finds every regulation of the current and the archived edition by its route id', () => {
    for (const regulation of model.current.regulations)
      expect(findRegulationByRouteId(model, regulation.id)?.regulation).toBe(regulation);
    const archived = model.archived[0]!;
    for (const regulation of archived.regulations) {
      const found = findRegulationByRouteId(model, `${archived.key}/${regulation.id}`);
      expect(found?.regulation).toBe(regulation);
      expect(found?.edition).toBe(archived);
    }
  });

  it('finds nothing for a page that is not a regulation', () => {
    expect(findRegulationByRouteId(model, 'guide/index')).toBeUndefined();
    expect(findRegulationByRouteId(model, `${model.archived[0]!.key}/nowhere/none`)).toBeUndefined();
  });
});
