/**
 * Benchmark of the regulation text engine: parse + resolve a generated corpus.
 *
 *   npx node scripts/bench/engine.ts                       # 1,000 generated regulations (in memory)
 *   npx node scripts/bench/engine.ts --count 1000 --runs 5
 *   npx node scripts/bench/engine.ts --dir /tmp/zhidu-1000 # a content tree on disk (e.g. from generate-corpus.ts)
 *   npx node scripts/bench/engine.ts --all-editions        # include content/editions/* as well
 *
 * Prints characters, parse / resolve / total time per run (first run = cold process),
 * the median of the warm runs, memory, and the engine problems count (a generated corpus has none).
 */
import { buildCorpus } from '../../src/engine/index.ts';
import type { RegulationInput } from '../../src/engine/index.ts';
import { generateCorpus } from './generate-corpus.ts';
import { loadContent } from './load-content.ts';
import { engineInputFromText } from '../../src/handbook/index.ts';
import { parse as parseYaml } from 'yaml';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { ExternalDoc } from '../../src/engine/index.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
    dir: { type: 'string' },
    'all-editions': { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const runs = Math.max(1, Number(values.runs));
const dir = values.dir;
const allEditions = values['all-editions'];

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
const ms = (n: number): string => `${n.toFixed(0)} ms`;

let inputs: RegulationInput[];
let externals: ExternalDoc[];
let source: string;
const tLoad = performance.now();
if (dir) {
  const loaded = await loadContent(dir);
  inputs = loaded.inputs;
  externals = loaded.externals;
  source = dir;
} else {
  const gen = generateCorpus({ count, previousEdition: allEditions });
  inputs = gen.files
    .filter((f) => f.path.endsWith('.md'))
    .map((f) => {
      const m = /^content\/(?:editions\/(\d+)\/)?regulations\/(.+)\.md$/.exec(f.path);
      return engineInputFromText({ id: m?.[2] ?? f.path, filePath: f.path, edition: m?.[1] ?? 'current' }, f.content);
    });
  externals =
    (parseYaml(gen.files.find((f) => f.path === 'content/external.yml')?.content ?? '[]') as ExternalDoc[] | null) ??
    [];
  source = `generated in memory (generate-corpus.ts, count ${count})`;
}
if (!allEditions) inputs = inputs.filter((i) => i.edition === 'current');
const loadMs = performance.now() - tLoad;

const chars = inputs.reduce((n, i) => n + i.source.length, 0);
console.log(`corpus: ${source}`);
console.log(
  `regulations: ${inputs.length} (${allEditions ? 'all editions' : 'current edition'}), ${chars.toLocaleString('en')} characters (frontmatter included)`,
);
console.log(`load/generate + frontmatter (not engine): ${ms(loadMs)}`);
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
console.log('');

const rows: Array<{ parse: number; resolve: number; total: number; cpu: number; heap: number }> = [];
let problems = 0;
let citations = 0;
let backlinks = 0;
for (let r = 0; r < runs; r++) {
  const heapBefore = process.memoryUsage().heapUsed;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const corpus = buildCorpus(inputs, externals);
  const total = performance.now() - t0;
  const cpuUsed = process.cpuUsage(cpu0);
  const cpu = (cpuUsed.user + cpuUsed.system) / 1000;
  const heap = process.memoryUsage().heapUsed - heapBefore;
  rows.push({ parse: corpus.stats.parseMs, resolve: corpus.stats.resolveMs, total, cpu, heap });
  if (r === 0) {
    const t1 = performance.now();
    problems = corpus.problems().length;
    citations = corpus.stats.citations;
    backlinks = corpus.regulations().reduce((n, p) => n + corpus.backlinks(p.input.id, p.input.edition).length, 0);
    console.log(`problems(): ${ms(performance.now() - t1)}`);
  }
  console.log(
    `run ${r + 1}${r === 0 ? ' (cold)' : '       '}: parse ${ms(rows[r]!.parse).padStart(8)}  resolve ${ms(rows[r]!.resolve).padStart(7)}  total ${ms(total).padStart(8)}  (cpu ${ms(cpu)})  heap ${heap >= 0 ? '+' : ''}${mb(heap)}`,
  );
}
const warm = rows.length > 1 ? rows.slice(1) : rows;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
console.log('');
console.log(
  `median warm: parse ${ms(median(warm.map((x) => x.parse)))}, resolve ${ms(median(warm.map((x) => x.resolve)))}, total ${ms(median(warm.map((x) => x.total)))}` +
    ` (${(((chars / median(warm.map((x) => x.total))) * 1000) / 1e6).toFixed(2)} M chars/s)`,
);
console.log(
  `cold total: ${ms(rows[0]!.total)}; cpu time (user+sys, incl. GC threads) median warm ${ms(median(warm.map((x) => x.cpu)))}`,
);
console.log(
  `load average: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} (figures are wall-clock; other processes inflate them)`,
);
const mem = process.memoryUsage();
console.log(`memory: rss ${mb(mem.rss)}, heapUsed ${mb(mem.heapUsed)}`);
console.log(
  `citations: ${citations.toLocaleString('en')}, backlinks: ${backlinks.toLocaleString('en')}, problems: ${problems}`,
);
