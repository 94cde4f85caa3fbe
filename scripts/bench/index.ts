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
import { cp, mkdir, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { startStaticServer } from '../../src/browser/static-server.ts';
import { buildOurs, buildPlain, handbookTitle, preparePlain, regulationFiles, type BuildResult } from './build.ts';
import { lighthouseAvailable, runLighthouse, LIGHTHOUSE_CATEGORIES, type LighthouseResult } from './lighthouse.ts';
import { ArgsError, parseBenchArgs, USAGE, type BenchArgs, type Step } from './lib/args.ts';
import { helperRows, runHelper, type HelperContext } from './lib/helpers.ts';
import { machineInfo } from './lib/machine.ts';
import { runMeasured, tail, type Measured } from './lib/measure.ts';
import { loadEarlierResults, saveResults } from './lib/store.ts';
import {
  machineLine,
  pickPrevious,
  resultsTable,
  RESULTS_SCHEMA,
  timestampForFile,
  type BenchResults,
  type BenchRow,
} from './lib/results.ts';
import { median, ratio } from './lib/stats.ts';
import { measurePageWeight, typicalRegulationPage, type PageWeight } from './page-weight.ts';

const REPO = resolve(import.meta.dirname, '..', '..');
/** Goals of issue 16: the build no slower and no larger in memory than plain Starlight; pages under 80 KB. */
const BUILD_RATIO_TARGET = 1.0;
const HTML_PAGE_BUDGET = 80 * 1024;
const EXTRA_JS_BUDGET_GZIP = 15 * 1024;

const log = (text: string) => process.stderr.write(`[bench] ${text}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface Context {
  args: BenchArgs;
  rows: BenchRow[];
  notes: string[];
  details: Record<string, unknown>;
  concurrent: Set<string>;
}

const skipped = (ctx: Context, step: Step) => ctx.args.skip.includes(step);

function noteConcurrent(ctx: Context, measured: Measured) {
  for (const kind of measured.concurrent) ctx.concurrent.add(kind);
}

function medianOf<T>(runs: readonly T[], pick: (run: T) => number | null): number | null {
  return median(runs.map(pick).filter((value): value is number => value !== null));
}

async function generateCorpus(
  size: number,
  contentDir: string,
  logFile: string,
  from: string | null,
): Promise<Measured> {
  if (from) {
    const started = performance.now();
    await cp(from, contentDir, { recursive: true });
    return {
      command: `cp -r ${from}`,
      exitCode: 0,
      wallMs: performance.now() - started,
      peakTreeRssBytes: null,
      maxRssBytes: null,
      cpuMs: null,
      concurrent: [],
      logFile,
    };
  }
  const generator = join(REPO, 'scripts', 'bench', 'generate-corpus.ts');
  if (!existsSync(generator))
    throw new Error('scripts/bench/generate-corpus.ts 尚不存在（由引擎助手编写），无法生成语料');
  // The generator writes <out>/content/.
  const measured = await runMeasured(
    process.execPath,
    [generator, '--count', String(size), '--out', dirname(contentDir)],
    {
      cwd: REPO,
      logFile,
    },
  );
  if (measured.exitCode !== 0) throw new Error(`生成语料失败（退出码 ${measured.exitCode}）：\n${await tail(logFile)}`);
  return measured;
}

/** `size` is the number of regulations to generate, or with --content the number of files found there. */
async function benchSize(ctx: Context, size: number, runDir: string, first: boolean): Promise<void> {
  const dir = join(runDir, `n${size}`);
  const root = join(dir, 'root');
  const contentDir = join(root, 'content');
  const logs = join(dir, 'logs');
  await mkdir(logs, { recursive: true });
  const detail: Record<string, unknown> = {};
  ctx.details[`n${size}`] = detail;
  const section = ctx.args.content ? `${ctx.args.content}（${size} 个文件）` : `N = ${size}`;
  // Keys are what the comparison with the previous run matches on: a real content tree is not a corpus size.
  const k = ctx.args.content ? 'content' : `n${size}`;
  const row = (partial: Omit<BenchRow, 'section' | 'size'>): void => {
    ctx.rows.push({ section, size, ...partial });
  };

  const from = ctx.args.content ? resolve(ctx.args.content) : null;
  log(`N=${size}: ${from ? `复制 ${from}` : '生成语料'} → ${contentDir}`);
  const generated = await generateCorpus(size, contentDir, join(logs, 'generate.log'), from);
  const files = regulationFiles(contentDir);
  detail['generate'] = { wallMs: generated.wallMs, markdownFiles: files.length, from };
  if (!from)
    row({
      key: `${k}.generate.wall`,
      label: '生成语料',
      unit: 'ms',
      ours: generated.wallMs,
      note: `${files.length} 个 Markdown 文件`,
    });

  // The validator: `node scripts/check.ts --root <dir>` reads <dir>/content.
  if (!skipped(ctx, 'check')) {
    log(`N=${size}: check`);
    const check = await runMeasured(
      process.execPath,
      [join(REPO, 'scripts', 'check.ts'), '--root', root, '--format', 'json'],
      {
        cwd: REPO,
        logFile: join(logs, 'check.log'),
      },
    );
    noteConcurrent(ctx, check);
    detail['check'] = check;
    const ok = check.exitCode === 0 || check.exitCode === 1;
    row({
      key: `${k}.check.wall`,
      label: 'check 时间',
      unit: 'ms',
      ours: ok ? check.wallMs : null,
      note:
        check.exitCode === 0
          ? '无错误'
          : check.exitCode === 1
            ? '报告了错误（语料不合规？）'
            : `未能运行（退出码 ${check.exitCode}）：${(await tail(check.logFile, 2)).replace(/\n/g, ' ')}`,
    });
    if (ok) row({ key: `${k}.check.rss`, label: 'check 峰值内存', unit: 'bytes', ours: check.peakTreeRssBytes });
  }

  // Builds: ours and plain Starlight, alternating when --runs > 1; the median is reported.
  const ours: BuildResult[] = [];
  const plain: BuildResult[] = [];
  const plainDir = join(dir, 'plain');
  const title = await handbookTitle(contentDir);
  if (!skipped(ctx, 'plain')) await preparePlain(REPO, contentDir, plainDir);
  for (let run = 1; run <= ctx.args.runs; run++) {
    const suffix = ctx.args.runs > 1 ? `（第 ${run}/${ctx.args.runs} 次）` : '';
    if (!skipped(ctx, 'build')) {
      log(`N=${size}: 本站 astro build${suffix}`);
      const result = await buildOurs(contentDir, {
        repoRoot: REPO,
        outDir: join(dir, 'dist-ours'),
        cacheDir: join(dir, 'cache-ours'),
        logFile: join(logs, `build-ours-${run}.log`),
      });
      noteConcurrent(ctx, result);
      ours.push(result);
      log(`  ${seconds(result.wallMs)}，${result.htmlPages} 页`);
    }
    if (!skipped(ctx, 'plain')) {
      log(`N=${size}: 原版 Starlight astro build${suffix}`);
      const result = await buildPlain(plainDir, title, {
        repoRoot: REPO,
        outDir: join(dir, 'dist-plain'),
        cacheDir: join(plainDir, '.astro-cache'),
        logFile: join(logs, `build-plain-${run}.log`),
      });
      noteConcurrent(ctx, result);
      plain.push(result);
      log(`  ${seconds(result.wallMs)}，${result.htmlPages} 页`);
    }
  }
  detail['build'] = { ours, plain };
  const haveOurs = ours.length > 0;
  const havePlain = plain.length > 0;
  if (haveOurs || havePlain) {
    const wallOurs = haveOurs ? medianOf(ours, (r) => r.wallMs) : null;
    const wallPlain = havePlain ? medianOf(plain, (r) => r.wallMs) : null;
    const wallRatio = ratio(wallOurs, wallPlain);
    const cpuOurs = haveOurs ? medianOf(ours, (r) => r.cpuMs) : null;
    const cpuPlain = havePlain ? medianOf(plain, (r) => r.cpuMs) : null;
    const cpuRatio = ratio(cpuOurs, cpuPlain);
    const buildRow: BenchRow = {
      key: `${k}.build.wall`,
      section,
      size,
      label: '构建时间',
      unit: 'ms',
      ours: wallOurs,
      plain: wallPlain,
      target: `≤ ${BUILD_RATIO_TARGET.toFixed(2)}×`,
    };
    if (wallRatio !== null) buildRow.pass = wallRatio <= BUILD_RATIO_TARGET;
    if (ctx.args.runs > 1) buildRow.note = `${ctx.args.runs} 次的中位数`;
    ctx.rows.push(buildRow);
    const cpuRow: BenchRow = {
      key: `${k}.build.cpu`,
      section,
      size,
      label: '构建 CPU 时间 (user+sys)',
      unit: 'ms',
      ours: cpuOurs,
      plain: cpuPlain,
      target: `≤ ${BUILD_RATIO_TARGET.toFixed(2)}×`,
    };
    if (cpuRatio !== null) cpuRow.pass = cpuRatio <= BUILD_RATIO_TARGET;
    cpuRow.note = '受并发干扰较小';
    ctx.rows.push(cpuRow);
    const rssOurs = haveOurs ? medianOf(ours, (r) => r.peakTreeRssBytes) : null;
    const rssPlain = havePlain ? medianOf(plain, (r) => r.peakTreeRssBytes) : null;
    const rssRatio = ratio(rssOurs, rssPlain);
    row({
      key: `${k}.build.rss`,
      label: '构建峰值内存（进程树 RSS）',
      unit: 'bytes',
      ours: rssOurs,
      plain: rssPlain,
      target: '≤ 1.00×',
      ...(rssRatio === null ? {} : { pass: rssRatio <= 1 }),
      note: '每 100 ms 采样 /proc',
    });
    if (ours.some((r) => r.maxRssBytes !== null) || plain.some((r) => r.maxRssBytes !== null)) {
      row({
        key: `${k}.build.maxrss`,
        label: '构建最大单进程 RSS',
        unit: 'bytes',
        ours: haveOurs ? medianOf(ours, (r) => r.maxRssBytes) : null,
        plain: havePlain ? medianOf(plain, (r) => r.maxRssBytes) : null,
        note: '/usr/bin/time -v',
      });
    }
    row({
      key: `${k}.build.pages`,
      label: '生成 HTML 页数',
      unit: 'count',
      ours: ours[0]?.htmlPages ?? null,
      plain: plain[0]?.htmlPages ?? null,
    });
    row({
      key: `${k}.build.dist`,
      label: '构建产物总大小',
      unit: 'bytes',
      ours: ours[0]?.distBytes ?? null,
      plain: plain[0]?.distBytes ?? null,
    });
    if (!skipped(ctx, 'pagefind')) {
      row({
        key: `${k}.pagefind.bytes`,
        label: 'Pagefind 索引大小 (dist/pagefind)',
        unit: 'bytes',
        ours: ours[0]?.pagefindBytes ?? null,
        plain: plain[0]?.pagefindBytes ?? null,
        note: ours[0] ? `${ours[0].pagefindFiles} 个文件` : '',
      });
    }
  }

  // Page weight of a typical regulation page.
  const oursDist = haveOurs ? (ours[0] as BuildResult).outDir : null;
  const plainDist = havePlain ? (plain[0] as BuildResult).outDir : null;
  const samplePage = typicalRegulationPage(
    files,
    [oursDist, plainDist].filter((d): d is string => d !== null),
  );
  detail['samplePage'] = samplePage;
  if (!skipped(ctx, 'page-weight') && samplePage && (oursDist || plainDist)) {
    const weightOurs: PageWeight | null = oursDist ? measurePageWeight(oursDist, samplePage) : null;
    const weightPlain: PageWeight | null = plainDist ? measurePageWeight(plainDist, samplePage) : null;
    detail['pageWeight'] = { ours: weightOurs, plain: weightPlain };
    const parts = [
      ['html', 'HTML'],
      ['css', 'CSS（含引用的文件）'],
      ['js', 'JS（含引用的模块）'],
      ['total', '合计'],
    ] as const;
    for (const [part, label] of parts) {
      for (const kind of ['raw', 'gzip'] as const) {
        row({
          key: `${k}.weight.${part}.${kind}`,
          label: `页面体积 ${label} ${kind === 'gzip' ? 'gzip' : '未压缩'}`,
          unit: 'bytes',
          ours: weightOurs ? weightOurs[part][kind] : null,
          plain: weightPlain ? weightPlain[part][kind] : null,
          ...(part === 'html' && kind === 'raw' && weightOurs
            ? {
                note: samplePage,
                target: `≤ ${HTML_PAGE_BUDGET / 1024} KB`,
                pass: weightOurs.html.raw <= HTML_PAGE_BUDGET,
              }
            : {}),
        });
      }
    }
    if (weightOurs && weightPlain) {
      const extra = weightOurs.js.gzip - weightPlain.js.gzip;
      row({
        key: `${k}.weight.extraJs.gzip`,
        label: '本站额外 JS（gzip）',
        unit: 'bytes',
        ours: extra,
        target: `≤ ${EXTRA_JS_BUDGET_GZIP / 1024} KB`,
        pass: extra <= EXTRA_JS_BUDGET_GZIP,
        note: '预算；动态加载的 Pagefind UI 不计',
      });
    }
  }

  // Lighthouse once, at the first size.
  if (first && !skipped(ctx, 'lighthouse') && samplePage) {
    const unavailable = lighthouseAvailable(REPO);
    const sites = [
      ['ours', oursDist],
      ['plain', plainDist],
    ] as const;
    const results: Record<string, LighthouseResult | string> = {};
    if (unavailable) ctx.notes.push(`Lighthouse 不可用：${unavailable}`);
    else {
      for (const [which, dist] of sites) {
        if (!dist) continue;
        log(`N=${size}: Lighthouse（${which === 'ours' ? '本站' : '原版'}，移动端）${samplePage}`);
        const server = await startStaticServer(dist, '/');
        try {
          results[which] = await runLighthouse(REPO, `${server.url}${samplePage.replace(/^\//, '')}`);
        } catch (error) {
          results[which] = error instanceof Error ? error.message : String(error);
        } finally {
          await server.close();
        }
      }
      detail['lighthouse'] = results;
      const get = (which: string) => (typeof results[which] === 'object' ? (results[which] as LighthouseResult) : null);
      const names: Record<string, string> = {
        performance: '性能',
        accessibility: '无障碍',
        'best-practices': '最佳做法',
        seo: 'SEO',
      };
      for (const category of LIGHTHOUSE_CATEGORIES) {
        const failure = typeof results['ours'] === 'string' ? results['ours'] : undefined;
        row({
          key: `${k}.lighthouse.${category}`,
          label: `Lighthouse 移动端 ${names[category] ?? category}`,
          unit: 'score',
          ours: get('ours')?.scores[category] ?? null,
          plain: get('plain')?.scores[category] ?? null,
          ...(failure ? { note: failure.split('\n')[0] as string } : {}),
        });
      }
      const lcp = get('ours')?.metrics['largest-contentful-paint'];
      if (lcp !== undefined) {
        row({
          key: `${k}.lighthouse.lcp`,
          label: 'Lighthouse LCP（模拟慢速 4G）',
          unit: 'ms',
          ours: lcp,
          plain: get('plain')?.metrics['largest-contentful-paint'] ?? null,
        });
      }
    }
  }

  // The other helpers' benchmarks.
  const helperContext: HelperContext = {
    repoRoot: REPO,
    root,
    contentDir,
    distDir: oursDist ?? '',
    base: '/',
    size,
    samplePage,
    workDir: join(dir, 'helpers'),
  };
  await mkdir(helperContext.workDir, { recursive: true });
  // [step, module name, label, CLI arguments and script for modules without an exported bench function]
  const helpers: Array<[Step, string, string, string[] | null, string | null]> = [
    ['check', 'check', 'check 基准（校验助手）', null, null],
    ['engine', 'engine', '引擎（解析与引用）', [root, '3'], join(REPO, 'scripts', 'bench', 'lib', 'engine-bench.ts')],
    ['search', 'search', '搜索', oursDist ? ['--dist', oursDist] : null, null],
    ['pdf', 'pdf', 'PDF', oursDist ? [oursDist] : null, join(REPO, 'scripts', 'bench', 'lib', 'pdf-bench.ts')],
    ['editions', 'editions', '版本对比', null, null],
  ];
  for (const [step, name, label, cliArgs, cliScript] of helpers) {
    if (skipped(ctx, step)) continue;
    if ((name === 'search' || name === 'pdf') && !oursDist) {
      ctx.rows.push({
        key: `${name}.n${size}.status`,
        section,
        size,
        label: name,
        unit: 'text',
        ours: null,
        note: '不可用：需要本站构建（未 --skip build）',
      });
      continue;
    }
    log(`N=${size}: ${name} 基准`);
    const outcome = await runHelper(REPO, name, helperContext, cliArgs, cliScript);
    detail[name] = outcome;
    for (const helperRow of helperRows(name, section, size, outcome)) {
      ctx.rows.push({
        ...helperRow,
        label: helperRow.label.startsWith(name) ? helperRow.label.replace(name, label) : helperRow.label,
      });
    }
  }

  if (!ctx.args.keep) await rm(dir, { recursive: true, force: true });
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
  const resultsDir = join(REPO, 'bench-results');
  const previous = pickPrevious(await loadEarlierResults(resultsDir), results);

  const out: string[] = [];
  out.push(`制度汇编 基准测试  ${startedAt}`);
  out.push(machineLine(machine));
  out.push('');
  out.push(resultsTable(results, previous));
  out.push('');
  if (previous)
    out.push(`“上次”为 ${previous.startedAt} 的结果（${machineLine(previous.machine).replace(/^机器：/, '')}）。`);
  for (const note of ctx.notes) out.push(`注：${note}`);
  if (!args.noSave) {
    const file = await saveResults(resultsDir, results);
    out.push(`结果已写入 ${file} 与 bench-results/latest.json`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
