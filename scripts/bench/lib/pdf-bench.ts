/**
 * PDF timings for `npm run bench`:
 *
 *   node scripts/bench/lib/pdf-bench.ts <dist>
 *
 * Runs the PDF helper's benchmarkPdfs() (scripts/bench/pdf.ts: every PDF of the current edition of a built site,
 * one at a time, into a temporary folder) and prints `{ rows }` as JSON on the last line: per-chapter time (median
 * and slowest), the whole book, and totals.
 */
import { benchmarkPdfs } from '../pdf.ts';
import { median } from './stats.ts';

const dist = process.argv[2];
if (!dist) {
  process.stderr.write('usage: pdf-bench.ts <dist>\n');
  process.exit(2);
}
{
  const { results, wallMs } = await benchmarkPdfs({ dist, trueTypeFonts: true });
  // The whole-book PDF is the one whose regulations span more than one chapter.
  const isBook = (r: (typeof results)[number]) => new Set(r.regulations.map((reg) => reg.chapter)).size > 1;
  const chapters = results.filter((r) => !isBook(r));
  const books = results.filter(isBook);
  const slowest = [...chapters].sort((a, b) => b.ms - a.ms)[0];
  const rows = [
    {
      key: 'chapter.median',
      label: 'PDF 每章用时（中位数）',
      value: median(chapters.map((r) => r.ms)),
      unit: 'ms',
      note: `${chapters.length} 章，每章中位 ${median(chapters.map((r) => r.pages)) ?? 0} 页`,
    },
    {
      key: 'chapter.max',
      label: 'PDF 每章用时（最慢）',
      value: slowest?.ms ?? null,
      unit: 'ms',
      note: slowest ? `${slowest.key}，${slowest.pages} 页` : '',
    },
    ...books.map((book) => ({
      key: `book.${book.key}`,
      label: 'PDF 全本用时',
      value: book.ms,
      unit: 'ms',
      note: `${book.pages} 页`,
    })),
    {
      key: 'total',
      label: 'PDF 全部用时（含启动浏览器）',
      value: wallMs,
      unit: 'ms',
      note: `${results.length} 个 PDF`,
    },
    {
      key: 'bytes',
      label: 'PDF 总大小',
      value: results.reduce((sum, r) => sum + r.bytes, 0),
      unit: 'bytes',
      note: `${results.reduce((sum, r) => sum + r.pages, 0)} 页`,
    },
  ];
  process.stdout.write(`${JSON.stringify({ rows })}\n`);
}
