/**
 * Engine timings for `npm run bench` while scripts/bench/engine.ts (the engine helper's CLI) exports no
 * benchmark function:
 *
 *   node scripts/bench/lib/engine-bench.ts <root> [runs]
 *
 * Parses and resolves the current edition of `<root>/content` with the engine (buildCorpus), `runs` times in one
 * process (default 3: one cold, the rest warm), and prints `{ rows }` as JSON on the last line.
 */
import { buildCorpus } from '../../../src/engine/index.ts';
import { loadContent } from '../load-content.ts';
import { median } from './stats.ts';

const root = process.argv[2];
const runs = Math.max(1, Number(process.argv[3] ?? 3));
if (!root) {
  process.stderr.write('usage: engine-bench.ts <root> [runs]\n');
  process.exit(2);
}
const { inputs: all, externals } = await loadContent(root);
const inputs = all.filter((input) => input.edition === 'current');
const totals: number[] = [];
const parses: number[] = [];
const resolves: number[] = [];
let citations = 0;
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  const corpus = buildCorpus(inputs, externals);
  totals.push(performance.now() - started);
  parses.push(corpus.stats.parseMs);
  resolves.push(corpus.stats.resolveMs);
  citations = corpus.stats.citations;
}
const warm = (values: number[]) => median(values.length > 1 ? values.slice(1) : values);
const chars = inputs.reduce((sum, input) => sum + input.source.length, 0);
const rows = [
  {
    key: 'cold',
    label: '引擎 解析+引用（冷）',
    value: totals[0] ?? null,
    unit: 'ms',
    note: `${inputs.length} 篇，${chars.toLocaleString('en-US')} 字符`,
  },
  { key: 'warm', label: '引擎 解析+引用（热，中位数）', value: warm(totals), unit: 'ms', note: `${runs} 次` },
  { key: 'parse', label: '引擎 其中解析（热）', value: warm(parses), unit: 'ms' },
  {
    key: 'resolve',
    label: '引擎 其中引用解析（热）',
    value: warm(resolves),
    unit: 'ms',
    note: `${citations.toLocaleString('en-US')} 处引用`,
  },
];
process.stdout.write(`${JSON.stringify({ rows })}\n`);
