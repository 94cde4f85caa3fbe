/**
 * `npm run bench [-- --sizes 100,1000 | --quick] [--skip lighthouse,…] [--runs K] [--keep] [--no-save]`
 *
 * Benchmarks of the handbook against a plain Starlight site built from the same pages: build time, CPU time and
 * peak memory for N generated regulations, `check` time, page weight of a regulation page, Pagefind index size,
 * Lighthouse scores, plus the PDF / search / engine / editions benchmarks of scripts/bench/<name>.ts when they
 * exist. Prints a table (with the change since bench-results/latest.json) and writes bench-results/<time>.json
 * and bench-results/latest.json. Not part of pass/fail: the exit code is 0 unless the run itself breaks.
 *
 * Temporary files go to .cache/bench/<time>/ inside the repository (gitignored; see plain-starlight/astro.config.mjs
 * for why not /tmp) and are removed afterwards unless --keep.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { regulationFiles, type BuildResult } from './build.ts';
import { ArgsError, parseBenchArgs, USAGE, type BenchArgs } from './lib/args.ts';
import { log, REPO, sizeContext, type Context } from './lib/bench-context.ts';
import { buildStep, checkStep, corpusStep } from './lib/build-steps.ts';
import { helperSteps } from './lib/helper-steps.ts';
import { machineInfo } from './lib/machine.ts';
import { lighthouseStep, pageWeightStep } from './lib/page-steps.ts';
import { reportResults } from './lib/report.ts';
import { machineLine, RESULTS_SCHEMA, timestampForFile, type BenchResults } from './lib/results.ts';
import { typicalRegulationPage } from './page-weight.ts';

/** `size` is the number of regulations to generate, or with --content the number of files found there. */
async function benchSize(ctx: Context, size: number, runDir: string, first: boolean): Promise<void> {
  const s = sizeContext(ctx, size, runDir);
  await mkdir(s.logs, { recursive: true });
  const files = await corpusStep(ctx, s);
  await checkStep(ctx, s);
  const { ours, plain } = await buildStep(ctx, s);
  const oursDist = ours.length > 0 ? (ours[0] as BuildResult).outDir : null;
  const plainDist = plain.length > 0 ? (plain[0] as BuildResult).outDir : null;
  const samplePage = typicalRegulationPage(
    files,
    [oursDist, plainDist].filter((d): d is string => d !== null),
  );
  s.detail['samplePage'] = samplePage;
  const sites = { oursDist, plainDist, samplePage };
  pageWeightStep(ctx, s, sites);
  // Lighthouse once, at the first size.
  if (first) await lighthouseStep(ctx, s, sites);
  await helperSteps(ctx, s, oursDist, samplePage);
  if (!ctx.args.keep) await rm(s.dir, { recursive: true, force: true });
}

async function main(): Promise<number> {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ArgsError)) throw error;
    process.stderr.write(`错误：${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const startedAt = new Date().toISOString();
  const machine = machineInfo(REPO);
  const runDir = join(REPO, '.cache', 'bench', timestampForFile(startedAt));
  await mkdir(runDir, { recursive: true });
  log(machineLine(machine));
  log(`临时目录 ${runDir}`);
  const ctx: Context = { args, rows: [], notes: [], details: {}, concurrent: new Set() };
  let failed = false;
  if (args.content) {
    if (!existsSync(join(args.content, 'regulations'))) {
      process.stderr.write(`错误：${args.content} 不是内容目录（缺 regulations/）\n`);
      return 2;
    }
    args.sizes = [regulationFiles(resolve(args.content)).length];
  }
  for (const [index, size] of args.sizes.entries()) {
    try {
      await benchSize(ctx, size, runDir, index === 0);
    } catch (error) {
      failed = true;
      const message = error instanceof Error ? error.message : String(error);
      ctx.notes.push(`N=${size} 中断：${message.split('\n')[0]}`);
      ctx.rows.push({
        key: `n${size}.error`,
        section: `N = ${size}`,
        size,
        label: '运行中断',
        unit: 'text',
        ours: null,
        note: message.split('\n')[0] as string,
      });
      log(message);
    }
  }
  if (!args.keep) await rm(runDir, { recursive: true, force: true });
  else log(`保留了临时文件：${runDir}`);

  if (ctx.concurrent.size > 0) {
    ctx.notes.push(
      `测量期间机器上还有其他重负载进程：${[...ctx.concurrent].join('、')}——时间数据可能偏高（CPU 时间受影响较小）。`,
    );
  }
  ctx.notes.push(`开始时负载 ${machine.loadAverage.map((v) => v.toFixed(2)).join(' / ')}（${machine.cores} 核）。`);

  const results: BenchResults = {
    schema: RESULTS_SCHEMA,
    startedAt,
    finishedAt: new Date().toISOString(),
    machine,
    options: { sizes: args.sizes, skip: args.skip, runs: args.runs, keep: args.keep, content: args.content },
    notes: ctx.notes,
    rows: ctx.rows,
    details: ctx.details,
  };
  process.stdout.write(await reportResults(results, args.noSave));
  return failed ? 1 : 0;
}

process.exitCode = await main();
