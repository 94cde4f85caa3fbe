/** Command-line options of `npm run bench` (pure; unit-tested). */
import { parseArgs } from 'node:util';
import { describeArgsError } from '../../../src/format/args-error.ts';

export const STEPS = [
  'check',
  'build',
  'plain',
  'page-weight',
  'pagefind',
  'pdf',
  'search',
  'engine',
  'editions',
  'lighthouse',
] as const;
export type Step = (typeof STEPS)[number];

export const DEFAULT_SIZES = [100, 1000];
export const QUICK_SIZES = [100];

export interface BenchArgs {
  sizes: number[];
  skip: Step[];
  /** Builds per configuration; the median is reported. */
  runs: number;
  /** Keep the temporary corpora and builds (their folder is printed). */
  keep: boolean;
  /** Write nothing to bench-results/. */
  noSave: boolean;
  /** Benchmark this existing content tree (copied) instead of generated corpora. */
  content: string | null;
  help: boolean;
}

export const USAGE = `用法：npm run bench [-- 选项]

基准测试：生成 N 篇合成制度，分别用本站和原版 Starlight 构建，比较构建时间、内存、页面体积、
Lighthouse 分数，并测 check、PDF、搜索（有对应脚本时）。结果打印成表格，并写入 bench-results/。

选项：
  --sizes 100,1000     语料规模（默认 ${DEFAULT_SIZES.join(',')}）
  --quick              只测 N=${QUICK_SIZES.join(',')}（等同 --sizes ${QUICK_SIZES.join(',')}）
  --skip a,b           跳过某些步骤：${STEPS.join('、')}
  --runs K             每种构建重复 K 次取中位数（默认 1）
  --content <目录>      不生成语料，改测一个现有的内容目录（如 content，即真实手册）
  --keep               保留临时目录（生成的语料与构建产物）
  --no-save            不写 bench-results/
  -h, --help           显示本说明`;

export class ArgsError extends Error {}

function parseSizes(text: string): number[] {
  const sizes = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map(Number);
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new ArgsError(`--sizes 应为逗号分隔的正整数，例如 100,1000（收到“${text}”）`);
  }
  return [...new Set(sizes)].sort((a, b) => a - b);
}

function parseSkip(text: string): Step[] {
  const names = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!(STEPS as readonly string[]).includes(name))
      throw new ArgsError(`--skip 不认识“${name}”，可选：${STEPS.join(', ')}`);
  }
  return names as Step[];
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv.filter((arg) => arg !== '--'),
      options: {
        sizes: { type: 'string' },
        quick: { type: 'boolean', default: false },
        skip: { type: 'string', multiple: true, default: [] },
        runs: { type: 'string', default: '1' },
        keep: { type: 'boolean', default: false },
        'no-save': { type: 'boolean', default: false },
        content: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new ArgsError(describeArgsError(error));
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 20)
    throw new ArgsError(`--runs 应为 1–20 的整数（收到“${values.runs}”）`);
  if (values.quick && values.sizes !== undefined) throw new ArgsError('--quick 与 --sizes 不能同时使用');
  if (values.content !== undefined && (values.quick || values.sizes !== undefined))
    throw new ArgsError('--content 与 --sizes/--quick 不能同时使用');
  const sizes = values.quick
    ? [...QUICK_SIZES]
    : values.sizes !== undefined
      ? parseSizes(values.sizes)
      : [...DEFAULT_SIZES];
  return {
    sizes,
    skip: [...new Set(values.skip.flatMap(parseSkip))],
    runs,
    keep: values.keep,
    noSave: values['no-save'],
    content: values.content ?? null,
    help: values.help,
  };
}
