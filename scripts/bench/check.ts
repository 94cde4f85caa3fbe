/**
 * Benchmark of `npm run check`: the whole content tree, and one changed file, checked in process the way the
 * command line does it (read the tree, read the repository inputs, run every rule).
 *
 *   node scripts/bench/check.ts [--regulations 1000] [--runs 3] [--root <dir with content/>]
 *
 * Without --root a corpus is generated with scripts/bench/generate-corpus.ts (current edition plus the frozen
 * 2025 edition). `npm run bench` calls `benchCheck` on the corpus it generated. Targets: the whole corpus in
 * under 3 s at 1,000 regulations, one file in under 0.5 s.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runChecks, summarize } from '../../src/check/index.ts';
import { describeArgsError } from '../../src/format/args-error.ts';
import { readRepositoryInputs } from '../../src/check/repository-inputs.ts';
import { CURRENT_EDITION, loadContentTree, type ContentTree } from '../../src/handbook/index.ts';
import { generateCorpus } from './generate-corpus.ts';
import type { HelperContext } from './lib/helpers.ts';
import { median } from './lib/stats.ts';

const WHOLE_TARGET_MS = 3000;
const SINGLE_TARGET_MS = 500;
/** A fixed "today", so that date rules give the same findings on every run. */
const TODAY = '2026-11-25';

export interface CheckTimings {
  files: number;
  /** The file checked alone (repo-relative). */
  single: string;
  summary: string;
  wholeMs: number[];
  singleMs: number[];
  /** Processor time (user + system) of the same runs: steadier than wall time on a shared machine. */
  wholeCpuMs: number[];
  singleCpuMs: number[];
}

/** A revised regulation of the current edition (it has an earlier text to compare with), else the first one. */
function pickSingleFile(tree: ContentTree): string {
  const current = tree.editions.find((edition) => edition.key === CURRENT_EDITION)?.regulations ?? [];
  const file = current.find((candidate) => candidate.data?.status === 'revised') ?? current[0];
  if (!file) throw new Error('内容目录中没有现行制度，无法测单文件校验');
  return file.filePath;
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function checkOnce(root: string, only?: ReadonlySet<string>) {
  const started = performance.now();
  const startedCpu = cpuMs();
  const tree = await loadContentTree(root);
  const repository = await readRepositoryInputs(root, tree);
  const findings = runChecks(tree, { today: TODAY, repository, ...(only ? { only } : {}) });
  return { ms: performance.now() - started, cpuMs: cpuMs() - startedCpu, tree, findings };
}

/** Checks `<root>/content` whole and for one file, `runs` times each, in this process. */
export async function measureCheck(root: string, runs: number): Promise<CheckTimings> {
  const wholeMs: number[] = [];
  const singleMs: number[] = [];
  const wholeCpuMs: number[] = [];
  const singleCpuMs: number[] = [];
  let files = 0;
  let single = '';
  let summary = '';
  for (let run = 0; run < runs; run++) {
    const whole = await checkOnce(root);
    wholeMs.push(whole.ms);
    wholeCpuMs.push(whole.cpuMs);
    files = whole.tree.editions.reduce((sum, edition) => sum + edition.regulations.length, 0);
    single ||= pickSingleFile(whole.tree);
    const { errors, warnings } = summarize(whole.findings);
    summary = `${errors} 个错误、${warnings} 个警告`;
    const one = await checkOnce(root, new Set([single]));
    singleMs.push(one.ms);
    singleCpuMs.push(one.cpuMs);
  }
  return { files, single, summary, wholeMs, singleMs, wholeCpuMs, singleCpuMs };
}

const spread = (values: readonly number[]) => values.map((ms) => ms.toFixed(0)).join(' / ');

/** Entry point for `npm run bench` (see lib/helpers.ts): rows with the targets of issue 16. */
export async function benchCheck(context: HelperContext) {
  const runs = 3;
  const timings = await measureCheck(context.root, runs);
  const whole = median(timings.wholeMs) ?? Number.NaN;
  const single = median(timings.singleMs) ?? Number.NaN;
  return {
    rows: [
      {
        key: 'whole',
        label: 'check 整个语料（进程内）',
        value: whole,
        unit: 'ms',
        target: `< ${WHOLE_TARGET_MS / 1000} s`,
        pass: whole < WHOLE_TARGET_MS,
        note: `${timings.files} 个文件，${timings.summary}；${runs} 次：${spread(timings.wholeMs)} ms；CPU ${spread(timings.wholeCpuMs)} ms`,
      },
      {
        key: 'single',
        label: 'check 单个文件（进程内）',
        value: single,
        unit: 'ms',
        target: `< ${SINGLE_TARGET_MS / 1000} s`,
        pass: single < SINGLE_TARGET_MS,
        note: `${timings.single}；${runs} 次：${spread(timings.singleMs)} ms；CPU ${spread(timings.singleCpuMs)} ms`,
      },
    ],
  };
}

const USAGE = `用法：node scripts/bench/check.ts [--regulations 1000] [--runs 3] [--root <目录>]
  --regulations N   生成 N 项制度的语料（默认 1000；给了 --root 时不用）
  --runs K          每项测 K 次取中位数（默认 3）
  --root <目录>      测这个目录下的 content/，不生成语料`;

function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} 应为正整数（收到“${text}”）`);
  return value;
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        regulations: { type: 'string', default: '1000' },
        runs: { type: 'string', default: '3' },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${describeArgsError(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  let count: number;
  let runs: number;
  try {
    count = positiveInteger('regulations', values.regulations);
    runs = positiveInteger('runs', values.runs);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const generated = values.root ? undefined : await mkdtemp(join(tmpdir(), 'zd-bench-check-'));
  const root = values.root ? resolve(values.root) : (generated as string);
  try {
    if (generated) generateCorpus({ count, outDir: generated });
    const timings = await measureCheck(root, runs);
    console.log(`语料：${values.root ? root : `生成的 ${count} 项制度`}（共 ${timings.files} 个文件，含往年版本）`);
    console.log(`检查结果：${timings.summary}`);
    console.log(
      `整个语料：中位数 ${median(timings.wholeMs)?.toFixed(0)} ms（${spread(timings.wholeMs)}），目标 < ${WHOLE_TARGET_MS} ms；CPU 中位数 ${median(timings.wholeCpuMs)?.toFixed(0)} ms（${spread(timings.wholeCpuMs)}）`,
    );
    console.log(
      `单个文件：中位数 ${median(timings.singleMs)?.toFixed(0)} ms（${spread(timings.singleMs)}；${timings.single}），目标 < ${SINGLE_TARGET_MS} ms；CPU 中位数 ${median(timings.singleCpuMs)?.toFixed(0)} ms（${spread(timings.singleCpuMs)}）`,
    );
    return 0;
  } finally {
    if (generated) await rm(generated, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
