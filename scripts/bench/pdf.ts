/**
 * npm run bench:pdf [-- --dist dist] [--edition 2025] [--type3]
 * Renders every PDF of an edition one after another (into a temporary folder, dist/pdf is left alone) and prints
 * pages, size and time per document, with the machine it ran on. Needs a built site.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MissingBrowserError } from '../lib/browser.ts';
import { formatBytes, PdfError, renderPdfs } from '../../src/pdf/render.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string' }, edition: { type: 'string' }, type3: { type: 'boolean' } },
});
const outDir = await mkdtemp(join(tmpdir(), 'zhidu-pdf-bench-'));
try {
  const started = performance.now();
  const results = await renderPdfs({
    distDir: values.dist ?? 'dist',
    outDir,
    year: values.edition ? Number(values.edition) : undefined,
    trueTypeFonts: !values.type3,
    concurrency: 1,
  });
  const wall = performance.now() - started;
  const rows = results.map((r) => [
    r.key,
    r.fileName,
    String(r.pages),
    formatBytes(r.bytes),
    `${(r.ms / 1000).toFixed(2)} s`,
  ]);
  const header = ['键', '文件', '页数', '大小', '用时（两遍排版）'];
  console.log(`| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  const pages = results.reduce((sum, r) => sum + r.pages, 0);
  const bytes = results.reduce((sum, r) => sum + r.bytes, 0);
  console.log(
    `\n合计 ${results.length} 个 PDF，${pages} 页，${formatBytes(bytes)}；总用时 ${(wall / 1000).toFixed(1)} s` +
      `（含启动浏览器与字体转换）。字体：${values.type3 ? 'Type 3（--type3）' : 'TrueType 子集'}。`,
  );
  const cpu = cpus();
  console.log(
    `机器：${cpu[0]?.model ?? '?'} × ${cpu.length}，内存 ${Math.round(totalmem() / 2 ** 30)} GB，Node ${process.version}`,
  );
} catch (error) {
  if (error instanceof MissingBrowserError || error instanceof PdfError) {
    console.error(error.message);
    process.exitCode = 1;
  } else throw error;
} finally {
  await rm(outDir, { recursive: true, force: true });
}
