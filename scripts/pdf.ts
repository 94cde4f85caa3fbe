/**
 * npm run pdf [-- --edition 2025] [--only kaoqin,quanben] [--dist dist] [--out dir] [--type3]
 * Renders print-ready PDFs (one per chapter and the whole compendium) from the built site into dist/pdf/.
 */
import { parseArgs } from 'node:util';
import { MissingBrowserError } from '../src/browser/chromium.ts';
import { formatBytes, PdfError, renderPdfs } from '../src/pdf/render.ts';

const HELP = `用法：npm run pdf [-- 选项]
  --edition <年份>   生成往年版本（默认当前版本），例如 --edition 2025
  --only <键,…>      只生成这些章（章的文件夹名；全本为 quanben）
  --dist <目录>      已构建的网站（默认 dist）
  --out <目录>       PDF 输出目录（默认 <dist>/pdf）
  --type3            不转换字体（Chromium 以 Type 3 字形嵌入）`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        edition: { type: 'string' },
        only: { type: 'string' },
        dist: { type: 'string' },
        out: { type: 'string' },
        type3: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const year = values.edition === undefined ? undefined : Number(values.edition);
  if (year !== undefined && !Number.isInteger(year)) {
    console.error(`--edition 需要年份，例如 --edition 2025（收到：${values.edition}）`);
    return 2;
  }
  const started = performance.now();
  try {
    const results = await renderPdfs({
      distDir: values.dist ?? 'dist',
      outDir: values.out,
      year,
      only: values.only
        ?.split(',')
        .map((key) => key.trim())
        .filter(Boolean),
      trueTypeFonts: !values.type3,
      log: (line) => console.log(`  ${line}`),
    });
    const total = results.reduce((sum, result) => sum + result.bytes, 0);
    console.log(
      `PDF 已生成：${results.length} 个文件，共 ${formatBytes(total)}，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒。`,
    );
    return 0;
  } catch (error) {
    if (error instanceof MissingBrowserError || error instanceof PdfError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
