/**
 * The build-side steps of `npm run bench` for one corpus size: the generated (or copied) content tree, the
 * validator's run over it, and `astro build` of this handbook and of plain Starlight with their table rows.
 */
import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { buildOurs, buildPlain, handbookTitle, preparePlain, regulationFiles, type BuildResult } from '../build.ts';
import {
  log,
  medianOf,
  noteConcurrent,
  REPO,
  seconds,
  skipped,
  type Context,
  type SizeContext,
} from './bench-context.ts';
import { runMeasured, tail, type Measured } from './measure.ts';
import type { BenchRow } from './results.ts';
import { ratio } from './stats.ts';

/** Goal of issue 16: the build no slower and no larger in memory than plain Starlight. */
const BUILD_RATIO_TARGET = 1.0;

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

/** The content tree of this size (generated, or copied from --content); returns its Markdown files. */
export async function corpusStep(ctx: Context, s: SizeContext): Promise<Array<[string, string]>> {
  const { size, contentDir, logs, detail, k, row } = s;
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
  return files;
}

/** The validator: `node scripts/check.ts --root <dir>` reads <dir>/content. */
export async function checkStep(ctx: Context, s: SizeContext): Promise<void> {
  const { size, root, logs, detail, k, row } = s;
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
}

/** Builds: ours and plain Starlight, alternating when --runs > 1; the median is reported. */
export async function buildStep(ctx: Context, s: SizeContext): Promise<{ ours: BuildResult[]; plain: BuildResult[] }> {
  const { size, dir, contentDir, logs, detail, section, k, row } = s;
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
  return { ours, plain };
}
