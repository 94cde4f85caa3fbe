/**
 * Printing one print route with Chromium: two passes, the second with the table of contents' page numbers.
 */
import type { Page } from 'playwright-core';
import { readNamedDestinations } from './dests.ts';
import type { PrintFonts } from './fonts.ts';
import { PdfError } from './errors.ts';

export interface PrintedPage {
  pdf: Uint8Array;
  pages: number;
  /** Anchor → page where it starts. */
  dests: Map<string, number>;
}

/** Serves the converted fonts to the page (see fonts.ts). */
export async function routeFonts(page: Page, fonts: PrintFonts): Promise<void> {
  await page.addInitScript({ content: fonts.fontFaceScript });
  await page.route('**/__zd-print-fonts/*', async (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '');
    const body = fonts.files.get(name);
    if (!body) return route.fulfill({ status: 404 });
    return route.fulfill({ status: 200, contentType: 'font/ttf', body: Buffer.from(body) });
  });
}

/**
 * Loads `url` and prints it until the table of contents' page numbers are stable. `prepare` changes the loaded
 * page first (a dated document keeps only the texts of its day, as-at-page.ts).
 */
export async function printPage(
  page: Page,
  url: string,
  fileName: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<PrintedPage> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new PdfError(`打印页面打不开（${response?.status() ?? '无响应'}）：${url}`);
  await prepare?.(page);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all([...document.fonts].filter((face) => face.status !== 'unloaded').map((face) => face.loaded));
  });
  const targets = await page.$$eval('[data-toc-target]', (spans) =>
    spans.map((span) => (span as HTMLElement).dataset['tocTarget'] ?? ''),
  );
  // Pass 1 finds where each entry starts; pass 2 prints the numbers into fixed-width slots, so nothing moves.
  // The second result is checked against the first and rendered again if anything did move.
  let starts = await printAndLocate(page, targets);
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.$$eval(
      '[data-toc-target]',
      (spans, map) => {
        for (const span of spans as HTMLElement[])
          span.textContent = String(map[span.dataset['tocTarget'] ?? ''] ?? '');
      },
      Object.fromEntries(starts.dests),
    );
    const check = await printAndLocate(page, targets);
    if (sameStarts(check.dests, starts.dests, targets)) return check;
    starts = check;
  }
  throw new PdfError(`目录页码在三次排版后仍不稳定：${fileName}`);
}

async function printAndLocate(page: Page, targets: string[]): Promise<PrintedPage> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
  const { pages, dests } = await readNamedDestinations(pdf);
  const missing = targets.filter((anchor) => !dests.has(anchor));
  if (missing.length > 0) throw new PdfError(`PDF 中找不到这些目录项的位置：${missing.join('、')}`);
  return { pdf, pages, dests };
}

function sameStarts(a: Map<string, number>, b: Map<string, number>, targets: string[]): boolean {
  return targets.every((anchor) => a.get(anchor) === b.get(anchor));
}
