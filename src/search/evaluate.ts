/**
 * Search evaluation: runs query sets against a built site's Pagefind index in headless Chromium
 * (src/search/harness.ts) and scores recall@1, recall@3, MRR, zero-result count, article hits and
 * latency, for Pagefind alone ("raw") and with the re-ranking the site ships ("ranked").
 *
 * Two query sets: `queries.tsv` (tuned: the ranking was developed against it) and
 * `queries-heldout.tsv` (HELD-OUT: never tuned against; it tells whether a ranking rule is general).
 * FLOORS are the figures the ranked search must keep on each set; tests/e2e/search-eval.test.ts
 * fails below them, so a ranking change cannot silently regress.
 */
import { readFileSync } from 'node:fs';
import type { HandbookModel } from '../handbook/model.ts';
import { defaultFilters, FILTER } from './facets.ts';
import { openHarness, percentile, type QueryRun } from './harness.ts';

export interface EvalQuery {
  query: string;
  expected: string[];
  article?: string;
  note: string;
  includeAbolished: boolean;
}

export const QUERY_SETS = {
  tuned: 'tests/search/queries.tsv',
  heldout: 'tests/search/queries-heldout.tsv',
} as const;
export type QuerySetName = keyof typeof QUERY_SETS;

/**
 * Minimum ranked recall@1 / recall@3 per set: just under the figures reached when the floor was set
 * (2026-11-29, second batch of questions: tuned 117/117 and 117/117, held-out 41/46 and 41/46).
 */
export const FLOORS: Record<QuerySetName, { r1: number; r3: number }> = {
  tuned: { r1: 0.99, r3: 1.0 },
  heldout: { r1: 0.89, r3: 0.89 },
};

/** Reads a query file: `query⇥expected ids (a|b)⇥article⇥note`, `#` comments. */
export function readQueries(file: string = QUERY_SETS.tuned): EvalQuery[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [query = '', expected = '', article = '', note = ''] = line.split('\t');
      return {
        query,
        expected: expected.split('|').filter(Boolean),
        ...(article ? { article } : {}),
        note,
        includeAbolished: note.startsWith('abolished'),
      };
    });
}

export interface Scores {
  n: number;
  r1: number;
  r3: number;
  mrr: number;
  zero: number;
  articles: number;
  articleTotal: number;
  p50: number;
  p95: number;
  misses: string[];
}

export function score(queries: EvalQuery[], runs: QueryRun[]): Scores {
  let r1 = 0,
    r3 = 0,
    mrr = 0,
    zero = 0,
    articles = 0,
    articleTotal = 0;
  const misses: string[] = [];
  queries.forEach((q, i) => {
    const run = runs[i]!;
    const rank = run.paths.findIndex((path) => q.expected.includes(path));
    if (run.total === 0) zero++;
    if (rank === 0) r1++;
    if (rank >= 0 && rank < 3) r3++;
    if (rank >= 0) mrr += 1 / (rank + 1);
    if (rank !== 0)
      misses.push(
        `${q.query} → 期望 ${q.expected.join('|')}，得到 ${run.paths.slice(0, 3).join(', ') || '（无结果）'}`,
      );
    if (q.article) {
      articleTotal++;
      const id = run.topArticle ?? '';
      if (rank === 0 && (id === q.article || id.startsWith(`${q.article}第`))) articles++;
      else if (rank === 0) misses.push(`${q.query} → 条文：期望 ${q.article}，得到 ${id || '（无）'}`);
    }
  });
  const ms = runs.map((run) => run.ms);
  return {
    n: queries.length,
    r1,
    r3,
    mrr: mrr / queries.length,
    zero,
    articles,
    articleTotal,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    misses,
  };
}

export function formatScores(label: string, s: Scores): string {
  const pct = (x: number) => `${x}/${s.n} (${(x / s.n).toFixed(3)})`;
  return `${label.padEnd(16)} recall@1 ${pct(s.r1)}  recall@3 ${pct(s.r3)}  MRR ${s.mrr.toFixed(3)}  zero ${s.zero}  article@1 ${s.articles}/${s.articleTotal}  p50 ${s.p50.toFixed(1)} ms  p95 ${s.p95.toFixed(1)} ms`;
}

/** Which floors a set's ranked scores fall below (empty: all kept). */
export function belowFloor(set: QuerySetName, s: Scores): string[] {
  const floor = FLOORS[set];
  const failures: string[] = [];
  if (s.r1 / s.n < floor.r1) failures.push(`${set} recall@1 ${(s.r1 / s.n).toFixed(3)} < ${floor.r1}`);
  if (s.r3 / s.n < floor.r3) failures.push(`${set} recall@3 ${(s.r3 / s.n).toFixed(3)} < ${floor.r3}`);
  return failures;
}

export interface EvaluateOptions {
  dist: string;
  base: string;
  sets: Partial<Record<QuerySetName, string>>;
  /** Also score Pagefind alone (the baseline the re-ranking is measured against). */
  raw: boolean;
  /** Search everything, unfiltered (for a build without SearchMeta: the Pagefind-defaults baseline). */
  noFilters: boolean;
}

export type Evaluation = Partial<Record<QuerySetName, { raw?: Scores; ranked: Scores }>>;

/** Runs every set (warm-up pass first, so figures measure cached index chunks as a reader's second query does). */
export async function evaluate(model: HandbookModel, options: EvaluateOptions): Promise<Evaluation> {
  const current = defaultFilters(model.current);
  const harness = await openHarness(options.dist, options.base);
  const result: Evaluation = {};
  try {
    for (const [set, file] of Object.entries(options.sets) as [QuerySetName, string][]) {
      const queries = readQueries(file);
      const runAll = async (ranked: boolean) => {
        const runs: QueryRun[] = [];
        for (const q of queries) {
          const filters = options.noFilters
            ? undefined
            : q.includeAbolished
              ? { [FILTER.edition]: current[FILTER.edition]! }
              : current;
          runs.push(await harness.run(q.query, filters, ranked));
        }
        return runs;
      };
      const modes = options.raw ? [false, true] : [true];
      const entry: { raw?: Scores; ranked?: Scores } = {};
      for (const ranked of modes) {
        await runAll(ranked);
        entry[ranked ? 'ranked' : 'raw'] = score(queries, await runAll(ranked));
      }
      result[set] = entry as { raw?: Scores; ranked: Scores };
    }
  } finally {
    await harness.close();
  }
  return result;
}
