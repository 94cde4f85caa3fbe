import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportsBenchFunction, guessUnit, helperRows, parseKeyValueTable } from '../../scripts/bench/lib/helpers.ts';
import {
  compareResults,
  formatComparison,
  machineLine,
  pickPrevious,
  resultsTable,
  RESULTS_SCHEMA,
  timestampForFile,
  type BenchResults,
  type BenchRow,
} from '../../scripts/bench/lib/results.ts';
import { loadEarlierResults, saveResults } from '../../scripts/bench/lib/store.ts';

const machine = {
  cpuModel: 'AMD EPYC',
  cores: 2,
  memoryBytes: 24 * 1024 ** 3,
  node: 'v24.21.0',
  platform: 'Linux 6.1',
  loadAverage: [0.5, 0.25, 0.1],
};

function results(rows: BenchRow[], startedAt = '2026-01-02T03:04:05.678Z'): BenchResults {
  return {
    schema: RESULTS_SCHEMA,
    startedAt,
    finishedAt: startedAt,
    machine,
    options: { sizes: [100], skip: [], runs: 1, keep: false },
    notes: [],
    rows,
    details: {},
  };
}

const build: BenchRow = {
  key: 'n100.build.wall',
  section: 'N = 100',
  label: '构建时间',
  size: 100,
  unit: 'ms',
  ours: 13_000,
  plain: 10_000,
  target: '≤ 1.30×',
  pass: true,
};
const score: BenchRow = {
  key: 'n100.lighthouse.performance',
  section: 'N = 100',
  label: '性能',
  size: 100,
  unit: 'score',
  ours: 97,
  plain: 99,
};

describe('results files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zd-bench-results-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('are read back by the next run, latest first, and the previous comparable run is found', async () => {
    const first = results([{ ...build, ours: 9_000 }], '2026-02-01T00:00:00.000Z');
    const second = results([{ ...build, key: 'content.build.wall' }], '2026-02-02T00:00:00.000Z');
    expect(await saveResults(dir, first)).toBe(join(dir, '2026-02-01T00-00-00Z.json'));
    await saveResults(dir, second);
    const earlier = await loadEarlierResults(dir);
    expect(earlier.map((run) => run.startedAt)).toEqual([second.startedAt, second.startedAt, first.startedAt]);
    const current = results([build], '2026-03-01T00:00:00.000Z');
    expect(pickPrevious(earlier, current)?.rows[0]?.ours).toBe(9_000);
  });

  it('skip files that are not results (hand-edited, truncated, an older schema)', async () => {
    await saveResults(dir, results([build]));
    await writeFile(join(dir, '2026-05-01T00-00-00Z.json'), '{"schema": 1, "rows": [');
    await writeFile(join(dir, '2026-05-02T00-00-00Z.json'), JSON.stringify({ ...results([build]), schema: 0 }));
    await writeFile(join(dir, 'notes.json'), JSON.stringify(results([build])));
    expect(await loadEarlierResults(dir)).toHaveLength(2);
    expect(await loadEarlierResults(join(dir, 'missing'))).toEqual([]);
  });

  it('are named by a colon-free timestamp', () => {
    expect(timestampForFile('2026-01-02T03:04:05.678Z')).toBe('2026-01-02T03-04-05Z');
  });
});

describe('comparison', () => {
  it('shows ours/plain as a ratio, or a difference for scores', () => {
    expect(formatComparison(build)).toBe('1.30×');
    expect(formatComparison(score)).toBe('-2');
    expect(formatComparison({ ...build, plain: null })).toBe('');
  });

  it('matches rows by key against the previous run', () => {
    const previous = results([
      { ...build, ours: 10_000 },
      { ...score, ours: 95 },
    ]);
    const current = results([build, score, { ...build, key: 'n1000.build.wall', size: 1000 }]);
    const changes = compareResults(previous, current);
    expect(changes.get('n100.build.wall')?.change).toBeCloseTo(0.3);
    expect(changes.get('n100.lighthouse.performance')).toMatchObject({ before: 95, after: 97 });
    expect(changes.has('n1000.build.wall')).toBe(false);
    expect(compareResults(null, current).size).toBe(0);
  });

  it('compares with the newest earlier run that shares rows', () => {
    const current = results([build], '2026-03-01T00:00:00.000Z');
    const unrelated = results([{ ...build, key: 'content.build.wall' }], '2026-02-02T00:00:00.000Z');
    const older = results([{ ...build, ours: 9_000 }], '2026-02-01T00:00:00.000Z');
    expect(pickPrevious([current, unrelated, older], current)).toBe(older);
    expect(pickPrevious([unrelated], current)).toBeNull();
  });

  it('prints the table with sections, targets and changes', () => {
    const previous = results([{ ...build, ours: 10_000 }]);
    const table = resultsTable(
      results([
        build,
        score,
        {
          key: 'pdf.n100.status',
          section: 'N = 100',
          label: 'PDF',
          size: 100,
          unit: 'text',
          ours: null,
          note: '不可用：scripts/bench/pdf.ts 尚不存在',
        },
      ]),
      previous,
    );
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^\| 指标 +\| +N \| +本站 \| Starlight 原版 \|/);
    expect(table).toContain('**N = 100**');
    expect(table).toMatch(
      /\| 构建时间 +\| +100 \| +13\.0 s \| +10\.0 s \| +1\.30× \| ≤ 1\.30× ✓ +\| +10\.0 s \(\+30%\) \|/,
    );
    expect(table).toMatch(/\| 性能 .*\| +97 \| +99 \| +-2 \|/);
    expect(table).toMatch(/\| PDF .*不可用 .*scripts\/bench\/pdf\.ts 尚不存在/);
  });

  it('prints the machine line', () => {
    expect(machineLine(machine)).toBe(
      '机器：CPU AMD EPYC，2 核，内存 24.0 GiB，Node v24.21.0，Linux 6.1，负载 0.50 / 0.25 / 0.10',
    );
  });
});

describe('helper results', () => {
  it('detects an exported benchmark function without importing the module', () => {
    expect(exportsBenchFunction('export async function benchPdf(ctx) {}', 'pdf')).toBe(true);
    expect(exportsBenchFunction('export const bench = async () => ({})', 'search')).toBe(true);
    expect(exportsBenchFunction('function benchSearch() {}\nexport { benchSearch };', 'search')).toBe(true);
    expect(exportsBenchFunction('const args = parseArgs(process.argv);', 'search')).toBe(false);
  });

  it('guesses units from field names', () => {
    expect(guessUnit('p50Ms')).toBe('ms');
    expect(guessUnit('indexBytes')).toBe('bytes');
    expect(guessUnit('performanceScore')).toBe('score');
    expect(guessUnit('pages')).toBe('count');
  });

  it('reads numeric rows of a console.table key/value dump', () => {
    const output =
      "┌──────┬──────┐\n│ (index) │ Values │\n│ pages │ 'built site' │\n│ firstQueryKB │ 128.5 │\n│ raw warm p50 ms │ 0.5 │\n│ indexFiles │ 198 │\n└──┘";
    expect(parseKeyValueTable(output)).toEqual([
      { key: 'firstQueryKB', label: 'firstQueryKB', value: 128.5 * 1024, unit: 'bytes' },
      { key: 'raw warm p50 ms', label: 'raw warm p50 ms', value: 0.5, unit: 'ms' },
      { key: 'indexFiles', label: 'indexFiles', value: 198, unit: 'count' },
    ]);
  });

  it('turns rows, plain objects and failures into table rows', () => {
    const fromRows = helperRows('pdf', 'N = 100', 100, {
      status: 'ok',
      function: 'benchPdf',
      wallMs: 1,
      result: { rows: [{ label: '每章 PDF', value: 820, unit: 'ms' }] },
    });
    expect(fromRows).toEqual([
      { key: 'pdf.n100.每章 PDF', section: 'N = 100', label: '每章 PDF', size: 100, unit: 'ms', ours: 820 },
    ]);
    const fromObject = helperRows('search', 'N = 100', 100, {
      status: 'ok',
      function: 'bench',
      wallMs: 1,
      result: { latency: { p50Ms: 12, p95Ms: 30 }, indexBytes: 1000, name: 'x' },
    });
    expect(fromObject.map((row) => [row.key, row.unit, row.ours])).toEqual([
      ['search.n100.latency.p50Ms', 'ms', 12],
      ['search.n100.latency.p95Ms', 'ms', 30],
      ['search.n100.indexBytes', 'bytes', 1000],
    ]);
    const seconds = helperRows('editions', 'N = 100', 100, {
      status: 'ok',
      function: 'benchEditions',
      wallMs: 1,
      result: { rows: [{ key: 'one.wall', label: '构建时间', value: 19.5, unit: 's', target: 1.3 }] },
    });
    expect(seconds[0]).toMatchObject({ unit: 'ms', ours: 19_500, target: '≤ 1.3' });
    const missing = helperRows('pdf', 'N = 100', 100, {
      status: 'not-available',
      reason: 'scripts/bench/pdf.ts 尚不存在',
    });
    expect(missing[0]).toMatchObject({ ours: null, note: '不可用：scripts/bench/pdf.ts 尚不存在' });
    const failed = helperRows('pdf', 'N = 100', 100, { status: 'failed', reason: 'boom', wallMs: 5 });
    expect(failed[0]?.note).toBe('失败：boom');
  });
});
