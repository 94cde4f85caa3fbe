import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';
import { startStaticServer } from '../browser/static-server.ts';
import { readNamedDestinations } from './dests.ts';
import type { PrintManifest, PrintManifestEntry } from './documents.ts';
import { buildPrintFonts, type PrintFonts } from './fonts.ts';
import { PDF_DIR } from './names.ts';

export interface RenderOptions {
  /** The built site (default `dist`). */
  distDir?: string | undefined;
  /** Edition year; default the current edition. */
  year?: number | undefined;
  /** Only these document keys (chapter keys or `quanben`). */
  only?: readonly string[] | undefined;
  /** Where to write the PDFs (default `<distDir>/pdf`). */
  outDir?: string | undefined;
  /** Embed TrueType subsets of the Noto CJK fonts (default true); false leaves Chromium's Type 3 fallback. */
  trueTypeFonts?: boolean | undefined;
  /** Documents rendered at once. */
  concurrency?: number | undefined;
  log?: ((line: string) => void) | undefined;
}

export interface RenderedPdf {
  key: string;
  year: number;
  title: string;
  fileName: string;
  file: string;
  pages: number;
  bytes: number;
  ms: number;
  /** Anchor → page where it starts (regulations, and chapters in the whole compendium). */
  starts: Record<string, number>;
  regulations: { id: string; title: string; chapter: string; page: number }[];
}

/** Raised for problems a person can fix (no stack trace needed). */
export class PdfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfError';
  }
}

export async function readPrintManifest(distDir: string): Promise<PrintManifest> {
  const file = join(distDir, 'print', 'manifest.json');
  try {
    return JSON.parse(await readFile(file, 'utf8')) as PrintManifest;
  } catch {
    throw new PdfError(`未找到 ${file}：请先构建网站（npm run build，或 npx astro build），再生成 PDF。`);
  }
}

export function selectDocuments(
  manifest: PrintManifest,
  year?: number,
  only?: readonly string[],
): PrintManifestEntry[] {
  const years = [...new Set(manifest.documents.map((doc) => doc.year))];
  const wanted = year ?? manifest.documents.find((doc) => doc.current)?.year;
  if (wanted === undefined || !years.includes(wanted)) {
    throw new PdfError(`没有 ${year} 年版。可选版本：${years.join('、')}。`);
  }
  const documents = manifest.documents.filter((doc) => doc.year === wanted);
  if (!only || only.length === 0) return documents;
  const unknown = only.filter((key) => !documents.some((doc) => doc.key === key));
  if (unknown.length > 0) {
    throw new PdfError(`没有这些章：${unknown.join('、')}。可选：${documents.map((doc) => doc.key).join('、')}。`);
  }
  return documents.filter((doc) => only.includes(doc.key));
}

/** Renders the print routes of one edition into PDFs: two passes each, the second with the TOC page numbers. */
export async function renderPdfs(options: RenderOptions = {}): Promise<RenderedPdf[]> {
  const distDir = resolve(options.distDir ?? 'dist');
  const outDir = resolve(options.outDir ?? join(distDir, PDF_DIR));
  const log = options.log ?? (() => {});
  const manifest = await readPrintManifest(distDir);
  const documents = selectDocuments(manifest, options.year, options.only);
  const browser: Browser = await launchChromium();
  const server = await startStaticServer(distDir, manifest.base);
  try {
    const fonts =
      options.trueTypeFonts === false ? undefined : await buildPrintFonts(await collectText(distDir, documents), log);
    await mkdir(outDir, { recursive: true });
    const queue = [...documents];
    const results: RenderedPdf[] = [];
    const worker = async () => {
      const page = await browser.newPage();
      if (fonts) await routeFonts(page, fonts);
      for (let doc = queue.shift(); doc; doc = queue.shift()) {
        const result = await renderDocument(page, `${server.url}${doc.path}`, doc, outDir);
        log(`${result.fileName}　${result.pages} 页　${formatBytes(result.bytes)}　${result.ms} ms`);
        results.push(result);
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 3) }, worker));
    if (!options.only) await removeStalePdfs(outDir, documents, results);
    const order = new Map(documents.map((doc, index) => [doc.key, index]));
    results.sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
    await writeIndex(outDir, results);
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function renderDocument(page: Page, url: string, doc: PrintManifestEntry, outDir: string): Promise<RenderedPdf> {
  const started = performance.now();
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) throw new PdfError(`打印页面打不开（${response?.status() ?? '无响应'}）：${url}`);
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
  let pdf: Uint8Array | undefined;
  for (let attempt = 0; attempt < 3 && !pdf; attempt++) {
    await page.$$eval(
      '[data-toc-target]',
      (spans, map) => {
        for (const span of spans as HTMLElement[])
          span.textContent = String(map[span.dataset['tocTarget'] ?? ''] ?? '');
      },
      Object.fromEntries(starts.dests),
    );
    const check = await printAndLocate(page, targets);
    if (sameStarts(check.dests, starts.dests, targets)) pdf = check.pdf;
    starts = check;
  }
  if (!pdf) throw new PdfError(`目录页码在三次排版后仍不稳定：${doc.fileName}`);
  const file = join(outDir, doc.fileName);
  await writeFile(file, pdf);
  const startOf = (anchor: string) => starts.dests.get(anchor) ?? 0;
  return {
    key: doc.key,
    year: doc.year,
    title: doc.title,
    fileName: doc.fileName,
    file,
    pages: starts.pages,
    bytes: pdf.byteLength,
    ms: Math.round(performance.now() - started),
    starts: Object.fromEntries(starts.dests),
    regulations: doc.regulations.map((r) => ({
      id: r.id,
      title: r.title,
      chapter: r.chapter,
      page: startOf(r.anchor),
    })),
  };
}

async function printAndLocate(page: Page, targets: string[]) {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
  const { pages, dests } = await readNamedDestinations(pdf);
  const missing = targets.filter((anchor) => !dests.has(anchor));
  if (missing.length > 0) throw new PdfError(`PDF 中找不到这些目录项的位置：${missing.join('、')}`);
  return { pdf, pages, dests };
}

function sameStarts(a: Map<string, number>, b: Map<string, number>, targets: string[]): boolean {
  return targets.every((anchor) => a.get(anchor) === b.get(anchor));
}

/** Every character the documents print (text and running headers), for the font subsets. */
async function collectText(distDir: string, documents: PrintManifestEntry[]): Promise<string> {
  const parts = await Promise.all(
    documents.map((doc) => readFile(join(distDir, doc.path, 'index.html'), 'utf8').catch(() => '')),
  );
  return parts
    .join('')
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)));
}

async function routeFonts(page: Page, fonts: PrintFonts): Promise<void> {
  await page.addInitScript({ content: fonts.fontFaceScript });
  await page.route('**/__zd-print-fonts/*', async (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '');
    const body = fonts.files.get(name);
    if (!body) return route.fulfill({ status: 404 });
    return route.fulfill({ status: 200, contentType: 'font/ttf', body: Buffer.from(body) });
  });
}

async function removeStalePdfs(outDir: string, documents: PrintManifestEntry[], results: RenderedPdf[]): Promise<void> {
  const prefix = documents[0]?.fileName.replace(/(（\d{4}年版）).*$/, '$1');
  if (!prefix) return;
  const keep = new Set(results.map((result) => result.fileName));
  for (const name of await readdir(outDir)) {
    if (name.startsWith(prefix) && name.endsWith('.pdf') && !keep.has(name)) await rm(join(outDir, name));
  }
}

/** dist/pdf/manifest.json: what was rendered (the tests and the benchmark read it). */
async function writeIndex(outDir: string, results: RenderedPdf[]): Promise<void> {
  const file = join(outDir, 'manifest.json');
  let previous: RenderedPdf[];
  try {
    previous = JSON.parse(await readFile(file, 'utf8')) as RenderedPdf[];
  } catch {
    previous = [];
  }
  const replaced = new Set(results.map((result) => `${result.year}/${result.key}`));
  const merged = [...previous.filter((entry) => !replaced.has(`${entry.year}/${entry.key}`)), ...results].map(
    ({ file: _file, ...rest }) => rest,
  );
  await writeFile(file, `${JSON.stringify(merged, null, 2)}\n`);
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}
