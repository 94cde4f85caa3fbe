/**
 * Search evaluation (logic in src/search/evaluate.ts): prints recall@1/@3, MRR, zero results, article
 * hits and latency on the tuned and the HELD-OUT query sets, raw Pagefind and ranked.
 *
 *   npm run search:eval                       # against dist/, both sets
 *   npm run search:eval -- --check            # exit 1 when ranked figures fall below the floors
 *   npm run search:eval -- --dist /tmp/x --set heldout --json out.json --verbose
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadHandbookModel } from '../src/handbook/load.ts';
import { belowFloor, evaluate, formatScores, QUERY_SETS, type QuerySetName } from '../src/search/evaluate.ts';
import { siteConfig } from '../site.config.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    set: { type: 'string', multiple: true },
    queries: { type: 'string' },
    json: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    'no-filters': { type: 'boolean', default: false },
  },
});

const names = (values.set ?? Object.keys(QUERY_SETS)) as QuerySetName[];
const unknown = names.filter((name) => !(name in QUERY_SETS));
if (unknown.length > 0) {
  console.error(`未知的查询集：${unknown.join('、')}（可用：${Object.keys(QUERY_SETS).join('、')}）`);
  process.exit(2);
}
const sets = values.queries
  ? { tuned: values.queries }
  : Object.fromEntries(names.map((name) => [name, QUERY_SETS[name]]));

const evaluation = await evaluate(await loadHandbookModel(), {
  dist: values.dist!,
  base: siteConfig.base,
  sets,
  raw: true,
  noFilters: values['no-filters']!,
});
const failures: string[] = [];
for (const [set, entry] of Object.entries(evaluation) as [QuerySetName, NonNullable<(typeof evaluation)['tuned']>][]) {
  for (const [mode, scores] of Object.entries(entry)) {
    if (!scores) continue;
    console.log(formatScores(`${set} ${mode}`, scores));
    if (values.verbose) for (const miss of scores.misses) console.log(`   ${miss}`);
  }
  if (!values.queries) failures.push(...belowFloor(set, entry.ranked));
}
if (values.json) writeFileSync(values.json, JSON.stringify(evaluation, null, 2));
if (values.check && failures.length > 0) {
  console.error(`检索评测低于下限：${failures.join('；')}`);
  process.exit(1);
}
