/**
 * `npm run bench:cycle [-- --regulations 100] [--keep]`: what `npm run build` costs an office that edits one file.
 *
 * On a generated corpus, runs the four steps of `npm run build` (check, astro build, Word files, PDFs) cold — no Astro
 * cache, no PDF cache — then edits one regulation and runs them again, as CI does with its caches kept. Prints
 * wall time, CPU time and peak memory per step, and which PDFs were printed again after the edit (the goal:
 * the edited regulation's chapter and the whole book, nothing else).
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatBytes } from '../../src/format/bytes.ts';
import { describeArgsError } from '../../src/format/args-error.ts';
import { generateCorpus } from './generate-corpus.ts';
import { runMeasured, tail, type Measured } from './lib/measure.ts';
import { formatDuration } from './lib/stats.ts';
import { formatTable } from './lib/table.ts';

const REPO = resolve(import.meta.dirname, '..', '..');

interface Step {
  name: string;
  measured: Measured;
}

interface Cycle {
  steps: Step[];
  /** Keys of the PDFs printed (not taken from the cache). */
  printed: string[];
  cached: string[];
}

interface Paths {
  root: string;
  dist: string;
  astroCache: string;
  pdfCache: string;
  logs: string;
}

async function run(name: string, args: string[], paths: Paths, env: NodeJS.ProcessEnv = {}): Promise<Step> {
  const logFile = join(paths.logs, `${name}-${Date.now()}.log`);
  const measured = await runMeasured(process.execPath, args, {
    cwd: REPO,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    logFile,
  });
  if (measured.exitCode !== 0) throw new Error(`${name} 失败（退出码 ${measured.exitCode}）：\n${await tail(logFile)}`);
  return { name, measured };
}

/** check, astro build, word, pdf: the steps of `npm run build`, on the generated tree. */
async function buildOnce(paths: Paths): Promise<Cycle> {
  const astro = join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const config = relative(REPO, join(import.meta.dirname, 'lib', 'astro.bench.config.ts'));
  const steps = [
    await run('check', [join(REPO, 'scripts', 'check.ts'), '--root', paths.root, '--quiet'], paths),
    await run('astro build', [astro, 'build', '--config', config, '--outDir', paths.dist], paths, {
      ZHIDU_CONTENT_DIR: join(paths.root, 'content'),
      ZHIDU_BASE: '/',
      BENCH_ASTRO_CACHE_DIR: paths.astroCache,
    }),
    await run('word', [join(REPO, 'scripts', 'word.ts'), '--dist', paths.dist], paths, {
      ZHIDU_CONTENT_DIR: join(paths.root, 'content'),
    }),
    await run('pdf', [join(REPO, 'scripts', 'pdf.ts'), '--dist', paths.dist], paths, {
      ZHIDU_PDF_CACHE: paths.pdfCache,
    }),
  ];
  const manifest = JSON.parse(await readFile(join(paths.dist, 'pdf', 'manifest.json'), 'utf8')) as {
    key: string;
    year: number;
    cached?: boolean;
  }[];
  return {
    steps,
    printed: manifest.filter((pdf) => !pdf.cached).map((pdf) => `${pdf.year}/${pdf.key}`),
    cached: manifest.filter((pdf) => pdf.cached).map((pdf) => `${pdf.year}/${pdf.key}`),
  };
}

/** Adds a sentence to the first article of a revised regulation (its text may differ from the last edition). */
async function editOneRegulation(root: string, ids: readonly { id: string; status: string }[]): Promise<string> {
  const candidates = [...ids].sort((a, b) => Number(b.status === 'revised') - Number(a.status === 'revised'));
  for (const { id, status } of candidates) {
    if (status !== 'revised' && status !== 'new') continue;
    const file = join(root, 'content', 'regulations', `${id}.md`);
    const text = await readFile(file, 'utf8');
    const edited = text.replace(/(\n第一条[^\n]*?。)/, '$1本条所称工作日不含法定节假日。');
    if (edited === text) continue;
    await writeFile(file, edited);
    return id;
  }
  throw new Error('语料中没有可修改的修订或新建制度（带“第一条”）');
}

const cell = (step: Step | undefined, pick: (m: Measured) => number | null, format: (n: number) => string) => {
  const value = step ? pick(step.measured) : null;
  return value === null ? '—' : format(value);
};

function report(count: number, cold: Cycle, warm: Cycle, edited: string): string {
  const rows = cold.steps.map((step, index) => {
    const after = warm.steps[index];
    return [
      step.name,
      cell(step, (m) => m.wallMs, formatDuration),
      cell(after, (m) => m.wallMs, formatDuration),
      cell(step, (m) => m.cpuMs, formatDuration),
      cell(after, (m) => m.cpuMs, formatDuration),
      cell(step, (m) => m.peakTreeRssBytes, formatBytes),
    ];
  });
  const total = (cycle: Cycle) => cycle.steps.reduce((sum, step) => sum + step.measured.wallMs, 0);
  rows.push(['npm run build 合计', formatDuration(total(cold)), formatDuration(total(warm)), '', '', '']);
  return [
    `N = ${count}：冷构建（无缓存），然后修改 ${edited} 后再构建（保留 Astro 与 PDF 缓存）`,
    formatTable(['步骤', '冷构建', '改一个文件后', 'CPU 冷', 'CPU 改后', '峰值内存（冷）'], rows, {
      align: ['left', 'right', 'right', 'right', 'right', 'right'],
    }),
    `冷构建排版 PDF ${cold.printed.length} 个；改一个文件后重新排版 ${warm.printed.length} 个（${warm.printed.join('、') || '无'}），沿用缓存 ${warm.cached.length} 个。`,
  ].join('\n');
}

const USAGE = `用法：npm run bench:cycle [-- --regulations 100] [--keep]`;

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { regulations: { type: 'string', default: '100' }, keep: { type: 'boolean', default: false } },
    }));
  } catch (error) {
    console.error(`${describeArgsError(error)}\n${USAGE}`);
    return 2;
  }
  const count = Number(values.regulations);
  if (!Number.isInteger(count) || count < 1) {
    console.error(`--regulations 应为正整数\n${USAGE}`);
    return 2;
  }
  const dir = join(REPO, '.cache', 'bench-cycle', `n${count}`);
  await rm(dir, { recursive: true, force: true });
  const paths: Paths = {
    root: join(dir, 'root'),
    dist: join(dir, 'dist'),
    astroCache: join(dir, 'astro-cache'),
    pdfCache: join(dir, 'pdf-cache'),
    logs: dir,
  };
  try {
    const corpus = generateCorpus({ count, outDir: paths.root });
    const cold = await buildOnce(paths);
    const edited = await editOneRegulation(paths.root, corpus.regulations);
    const warm = await buildOnce(paths);
    console.log(report(count, cold, warm, edited));
    return 0;
  } finally {
    if (!values.keep) await rm(dir, { recursive: true, force: true });
    else console.log(`保留了 ${dir}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
