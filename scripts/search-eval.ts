/**
 * Search evaluation: runs tests/search/queries.tsv against a built site's Pagefind index in headless
 * Chromium and prints recall@1, recall@3, MRR, zero-result count, article hits and latency, for
 * Pagefind alone ("raw") and with the phrase-first re-ranking the site uses ("ranked").
 *
 *   npm run search:eval                     # against dist/
 *   npm run search:eval -- --dist /tmp/x    # another build
 *   npm run search:eval -- --json out.json --verbose
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadHandbookModel } from '../src/handbook/load.ts';
import { defaultFilters } from '../src/search/facets.ts';
import { openHarness, percentile, type QueryRun } from '../src/search/harness.ts';
import { siteConfig } from '../site.config.ts';

export interface EvalQuery {
  query: string;
  expected: string[];
  article?: string;
  note: string;
  includeAbolished: boolean;
}

export function readQueries(file = 'tests/search/queries.tsv'): EvalQuery[] {
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
  return [
    `${label.padEnd(8)} recall@1 ${pct(s.r1)}  recall@3 ${pct(s.r3)}  MRR ${s.mrr.toFixed(3)}  zero ${s.zero}  article@1 ${s.articles}/${s.articleTotal}  p50 ${s.p50.toFixed(1)} ms  p95 ${s.p95.toFixed(1)} ms`,
  ].join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      queries: { type: 'string', default: 'tests/search/queries.tsv' },
      json: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      // For a build without SearchMeta (the Pagefind-defaults baseline): search everything, unfiltered.
      'no-filters': { type: 'boolean', default: false },
    },
  });
  const model = await loadHandbookModel();
  const current = defaultFilters(model.current);
  const queries = readQueries(values.queries);
  const harness = await openHarness(values.dist!, siteConfig.base);
  const results: Record<string, Scores> = {};
  try {
    for (const ranked of [false, true]) {
      const exec = async () => {
        const runs: QueryRun[] = [];
        for (const q of queries) {
          const filters = values['no-filters'] ? undefined : q.includeAbolished ? { 版本: current['版本']! } : current;
          runs.push(await harness.run(q.query, filters, ranked));
        }
        return runs;
      };
      await exec(); // warm-up: fetch and cache index chunks and fragments
      const runs = await exec();
      const label = ranked ? 'ranked' : 'raw';
      results[label] = score(queries, runs);
      console.log(formatScores(label, results[label]!));
      if (values.verbose) for (const miss of results[label]!.misses) console.log(`   ${miss}`);
    }
  } finally {
    await harness.close();
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
