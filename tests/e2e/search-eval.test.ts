/**
 * The ranking floor: the re-ranked search on the built site must keep recall@1/@3 at or above
 * FLOORS on the tuned AND the held-out query sets (src/search/evaluate.ts). Runs in CI with the
 * browser tests, so a ranking change that loses answers fails the build instead of passing silently.
 */
import { describe, expect, it } from 'vitest';
import { loadHandbookModel } from '../../src/handbook/load.ts';
import { belowFloor, evaluate, FLOORS, QUERY_SETS } from '../../src/search/evaluate.ts';
import { siteConfig } from '../../site.config.ts';

describe('search evaluation floor', () => {
  it('keeps ranked recall@1 and recall@3 at or above the floors on the tuned and held-out sets', async () => {
    const evaluation = await evaluate(await loadHandbookModel(), {
      dist: 'dist',
      base: siteConfig.base,
      sets: QUERY_SETS,
      raw: false,
      noFilters: false,
    });
    expect(Object.keys(evaluation)).toEqual(Object.keys(FLOORS));
    const failures = Object.entries(evaluation).flatMap(([set, entry]) =>
      belowFloor(set as keyof typeof FLOORS, entry.ranked),
    );
    expect(failures).toEqual([]);
  }, 180_000);
});
