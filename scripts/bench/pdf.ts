/**
 * npm run bench:pdf [-- --dist dist] [--edition 2025] [--type3]
 * Renders every PDF of an edition one after another (into a temporary folder, dist/pdf is left alone) and prints
 * pages, size and time per document, with the machine it ran on. Needs a built site.
 * Other benchmarks can import `benchmarkPdfs()`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MissingBrowserError } from '../../src/browser/chromium.ts';
import { formatBytes } from '../../src/format/bytes.ts';
import { formatTable } from './lib/table.ts';
import { PdfError, renderPdfs, type RenderedPdf } from '../../src/pdf/render.ts';

export interface PdfBenchOptions {
  dist?: string | undefined;
  year?: number | undefined;
  trueTypeFonts?: boolean | undefined;
}

export interface PdfBench {
  /** Per document: pages, bytes, ms (both passes), in manifest order; the whole compendium has key `quanben`. */
  results: RenderedPdf[];
  /** Whole run, including browser start and font conversion. */
  wallMs: number;
}

/** Renders every PDF of an edition one at a time into a temporary folder and reports the figures. */
export async function benchmarkPdfs(options: PdfBenchOptions = {}): Promise<PdfBench> {
  const outDir = await mkdtemp(join(tmpdir(), 'zhidu-pdf-bench-'));
  try {
    const started = performance.now();
    const results = await renderPdfs({
      distDir: options.dist ?? 'dist',
      outDir,
      year: options.year,
      trueTypeFonts: options.trueTypeFonts ?? true,
      concurrency: 1,
      // Measures printing: every document is printed, none comes from the cache.
      cacheDir: false,
    });
    return { results, wallMs: performance.now() - started };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

export function formatPdfBench({ results, wallMs }: PdfBench, trueTypeFonts = true): string {
  const lines = [
    formatTable(
      ['键', '文件', '页数', '大小', '用时（两遍排版）'],
      results.map((r) => [r.key, r.fileName, String(r.pages), formatBytes(r.bytes), `${(r.ms / 1000).toFixed(2)} s`]),
      { align: ['left', 'left', 'right', 'right', 'right'] },
    ),
  ];
  const pages = results.reduce((sum, r) => sum + r.pages, 0);
  const bytes = results.reduce((sum, r) => sum + r.bytes, 0);
  const cpu = cpus();
  lines.push(
    '',
    `合计 ${results.length} 个 PDF，${pages} 页，${formatBytes(bytes)}；总用时 ${(wallMs / 1000).toFixed(1)} s` +
      `（含启动浏览器与字体转换）。字体：${trueTypeFonts ? 'TrueType 子集' : 'Type 3（--type3）'}。`,
    `机器：${cpu[0]?.model ?? '?'} × ${cpu.length}，内存 ${Math.round(totalmem() / 2 ** 30)} GB，Node ${process.version}`,
  );
  return lines.join('\n');
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { dist: { type: 'string' }, edition: { type: 'string' }, type3: { type: 'boolean' } },
  });
  try {
    const trueTypeFonts = !values.type3;
    const bench = await benchmarkPdfs({
      dist: values.dist,
      year: values.edition ? Number(values.edition) : undefined,
      trueTypeFonts,
    });
    console.log(formatPdfBench(bench, trueTypeFonts));
  } catch (error) {
    if (error instanceof MissingBrowserError || error instanceof PdfError) {
      console.error(error.message);
      process.exitCode = 1;
    } else throw error;
  }
}
