/**
 * `npm run pdf [-- --edition 2025 | --date 2026-08-10] [--only kaoqin,quanben] [--dist dist] [--out dir] [--type3] [--no-cache] [--jobs N]`:
 * renders print-ready PDFs (one per chapter and the whole compendium) from the built site into dist/pdf/; with
 * `--date`, the handbook as it stood that day (the texts in force then) into dist/pdf/as-at/.
 * Exit code 0: done; 1: a problem the user can fix (no site built, no browser, a date with nothing to print);
 * 2: wrong arguments.
 */
import { parseArgs } from 'node:util';
import { MissingBrowserError } from '../browser/chromium.ts';
import { describeArgsError } from '../format/args-error.ts';
import { formatBytes } from '../format/bytes.ts';
import { DEFAULT_CACHE_DIR } from './cache.ts';
import { PdfError } from './errors.ts';
import { renderPdfs, type RenderOptions } from './render.ts';

export const USAGE = `用法：npm run pdf [-- 选项]
  --edition <年份>   只生成这一版（默认所有可浏览的版本），例如 --edition 2025
  --date <年-月-日>  生成那一天施行的文本（每章和全本，不含当时尚未制定或已经废止的制度），
                     例如 --date 2026-08-10；输出到 <dist>/pdf/as-at/
  --only <键,…>      只生成这些章（章的文件夹名；全本为 quanben）
  --dist <目录>      已构建的网站（默认 dist）
  --out <目录>       PDF 输出目录（默认 <dist>/pdf）
  --type3            不转换字体（Chromium 以 Type 3 字形嵌入）
  --jobs <N>         同时排版的文档数（默认按核数与空闲内存决定）
  --no-cache         不用缓存，全部重新排版（缓存目录 ${DEFAULT_CACHE_DIR}，可用环境变量 ZHIDU_PDF_CACHE 改）`;

export interface PdfCliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

export class PdfUsageError extends Error {}

/** The render options the arguments ask for (pure). */
export function parsePdfArguments(argv: readonly string[]): RenderOptions & { help: boolean } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        edition: { type: 'string' },
        date: { type: 'string' },
        only: { type: 'string' },
        dist: { type: 'string' },
        out: { type: 'string' },
        type3: { type: 'boolean', default: false },
        jobs: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new PdfUsageError(describeArgsError(error));
  }
  const year = values.edition === undefined ? undefined : Number(values.edition);
  if (year !== undefined && !/^\d{4}$/.test(values.edition ?? ''))
    throw new PdfUsageError(`--edition 需要年份，例如 --edition 2025（收到：${values.edition}）`);
  const date = values.date === undefined ? undefined : parseDate(values.date);
  if (date !== undefined && year !== undefined)
    throw new PdfUsageError('--edition 和 --date 只能选一个：--edition 印某一年的版本，--date 印某一天施行的文本。');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > 16))
    throw new PdfUsageError(`--jobs 应为 1–16 的整数（收到：${values.jobs}）`);
  return {
    help: values.help,
    distDir: values.dist ?? 'dist',
    outDir: values.out,
    year,
    ...(date !== undefined ? { date } : {}),
    only: values.only
      ?.split(',')
      .map((key) => key.trim())
      .filter(Boolean),
    trueTypeFonts: !values.type3,
    concurrency: jobs,
    ...(values['no-cache'] ? { cacheDir: false as const } : {}),
  };
}

/** A real calendar day written `YYYY-MM-DD` (2026-02-30 is refused, not rolled over). */
function parseDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new PdfUsageError(`--date 需要“年-月-日”格式的真实日期，例如 --date 2026-08-10（收到：${value}）`);
  }
  return value;
}

export async function main(argv: readonly string[], io: PdfCliIo): Promise<number> {
  let options;
  try {
    options = parsePdfArguments(argv);
  } catch (error) {
    if (!(error instanceof PdfUsageError)) throw error;
    io.stderr(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    io.stdout(USAGE);
    return 0;
  }
  const started = performance.now();
  try {
    const results = await renderPdfs({ ...options, log: (line) => io.stdout(`  ${line}`) });
    const total = results.reduce((sum, result) => sum + result.bytes, 0);
    const cached = results.filter((result) => result.cached).length;
    io.stdout(
      `PDF 已生成：${results.length} 个文件（重新排版 ${results.length - cached} 个，沿用缓存 ${cached} 个），` +
        `共 ${formatBytes(total)}，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒。`,
    );
    return 0;
  } catch (error) {
    if (error instanceof MissingBrowserError || error instanceof PdfError) {
      io.stderr(error.message);
      return 1;
    }
    throw error;
  }
}
