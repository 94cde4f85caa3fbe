import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from '../browser/chromium.ts';
import { startStaticServer, type StaticServer } from '../browser/static-server.ts';
import { formatBytes } from '../format/bytes.ts';
import { applyAsAtPlan } from './as-at-page.ts';
import { localToday, selectAsAt, type DatedDocument } from './as-at-select.ts';
import { PdfCache, pdfCacheDir } from './cache.ts';
import type { PrintManifest, PrintManifestEntry } from './documents.ts';
import { PdfError } from './errors.ts';
import { buildPrintFonts, extraCodePoints, type PrintFonts } from './fonts.ts';
import { documentKey, rendererKey } from './inputs.ts';
import { AS_AT_PDF_DIR, PDF_DIR } from './names.ts';
import { defaultConcurrency, runPool } from './pool.ts';
import { printPage, routeFonts } from './print-page.ts';

export { PdfError } from './errors.ts';

export interface RenderOptions {
  /** The built site (default `dist`). */
  distDir?: string | undefined;
  /** Edition year; default every edition the site builds. */
  year?: number | undefined;
  /**
   * Print the handbook as it stood on this day (`YYYY-MM-DD`, well-formed) instead of an edition: the texts in
   * force that day, from the as-at print page (as-at.ts). Default output folder `<distDir>/pdf/as-at`.
   */
  date?: string | undefined;
  /** Today (`YYYY-MM-DD`): a later `date` is refused. Default: the machine's local date. */
  today?: string | undefined;
  /** Only these document keys (chapter keys or `quanben`). */
  only?: readonly string[] | undefined;
  /** Where to write the PDFs (default `<distDir>/pdf`). */
  outDir?: string | undefined;
  /** Embed TrueType subsets of the Noto CJK fonts (default true); false leaves Chromium's Type 3 fallback. */
  trueTypeFonts?: boolean | undefined;
  /** Documents printed at once (default: pool.ts defaultConcurrency). */
  concurrency?: number | undefined;
  /** Folder of the PDF cache (default `.cache/pdf`, or ZHIDU_PDF_CACHE); false prints every document. */
  cacheDir?: string | false | undefined;
  log?: ((line: string) => void) | undefined;
}

export interface RenderedPdf {
  key: string;
  year: number;
  /** The day a dated document stands at (`--date`); absent for edition PDFs. */
  date?: string;
  title: string;
  fileName: string;
  file: string;
  pages: number;
  bytes: number;
  /** Time spent printing it; 0 when it came from the cache. */
  ms: number;
  /** Taken from the cache: nothing that goes into it changed since it was printed. */
  cached: boolean;
  /** Anchor → page where it starts (regulations, and chapters in the whole compendium). */
  starts: Record<string, number>;
  regulations: { id: string; title: string; chapter: string; page: number }[];
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
  // Every edition the site lets readers browse has its PDFs, unless one edition is asked for.
  if (year !== undefined && !years.includes(year)) {
    throw new PdfError(`没有 ${year} 年版。可选版本：${years.join('、')}。`);
  }
  const documents = year === undefined ? manifest.documents : manifest.documents.filter((doc) => doc.year === year);
  if (!only || only.length === 0) return documents;
  const unknown = only.filter((key) => !documents.some((doc) => doc.key === key));
  if (unknown.length > 0) {
    throw new PdfError(
      `没有这些章：${unknown.join('、')}。可选：${[...new Set(documents.map((doc) => doc.key))].join('、')}。`,
    );
  }
  return documents.filter((doc) => only.includes(doc.key));
}

/** An edition document, or a dated one with the plan that cuts the as-at page down to its day. */
type PrintEntry = PrintManifestEntry | DatedDocument;

const planOf = (doc: PrintEntry) => ('plan' in doc ? doc.plan : undefined);

/** The dated documents of `options.date` (see as-at-select.ts). */
function selectDated(manifest: PrintManifest, options: RenderOptions & { date: string }): DatedDocument[] {
  if (!manifest.asAt) {
    throw new PdfError('这个网站构建时还没有按日期打印的页面：请重新构建网站（npm run build），再按日期生成 PDF。');
  }
  return selectAsAt(manifest.asAt, options.date, { today: options.today ?? localToday(), only: options.only });
}

interface Pending {
  doc: PrintEntry;
  key: string;
  fonts: PrintFonts | undefined;
  /** How long it takes to print, roughly: its page's size, or for dated documents (one page) the texts kept. */
  weight: number;
}

/**
 * The fonts of each document and the renderer key that goes with them. Documents whose text needs nothing beyond
 * the fixed character set (charset.ts) share one set of fonts, converted once.
 */
function fontChooser(trueType: boolean, log: (line: string) => void) {
  const chosen = new Map<string, Promise<{ fonts: PrintFonts | undefined; renderer: string }>>();
  return (html: string) => {
    const text = decodeEntities(html);
    const signature = trueType ? extraCodePoints(text).join(',') : 'type3';
    let choice = chosen.get(signature);
    if (!choice) {
      choice = (async () => {
        const fonts = trueType ? await buildPrintFonts(text, log) : undefined;
        return { fonts, renderer: await rendererKey(CHROMIUM_PATH, fonts) };
      })();
      chosen.set(signature, choice);
    }
    return choice;
  };
}

/**
 * Renders the print routes of one edition into PDFs. A document whose inputs (page, assets, fonts, renderer) are
 * unchanged since it was last printed comes from the cache; the others print concurrently, largest first.
 */
export async function renderPdfs(options: RenderOptions = {}): Promise<RenderedPdf[]> {
  const distDir = resolve(options.distDir ?? 'dist');
  const outDir = resolve(options.outDir ?? join(distDir, PDF_DIR, options.date ? AS_AT_PDF_DIR : ''));
  const log = options.log ?? (() => {});
  const manifest = await readPrintManifest(distDir);
  // Every refusal (no such edition or chapter, a date that cannot be printed) comes before anything is written.
  const documents: PrintEntry[] =
    options.date !== undefined
      ? selectDated(manifest, { ...options, date: options.date })
      : selectDocuments(manifest, options.year, options.only);
  const texts = await readPages(distDir, documents);
  await mkdir(outDir, { recursive: true });
  const cache = options.cacheDir === false ? undefined : new PdfCache(options.cacheDir ?? pdfCacheDir());
  const fontsFor = fontChooser(options.trueTypeFonts !== false, log);

  const results: RenderedPdf[] = [];
  const pending: Pending[] = [];
  for (const doc of documents) {
    const html = texts.get(doc.path) ?? '';
    const { fonts, renderer } = await fontsFor(html);
    const plan = planOf(doc);
    const key = await documentKey(distDir, manifest.base, doc.path, renderer, plan && JSON.stringify(plan));
    const file = join(outDir, doc.fileName);
    const hit = await cache?.restore(key, file);
    if (hit) {
      results.push(toResult(doc, file, { ...hit, ms: 0, cached: true }));
      log(`${doc.fileName}　${hit.pages} 页　${formatBytes(hit.bytes)}　未变（缓存）`);
    } else
      pending.push({ doc, key, fonts, weight: plan ? plan.chapters.flatMap((c) => c.articles).length : html.length });
  }
  if (pending.length > 0) {
    const printed = await printAll(distDir, manifest.base, pending, {
      outDir,
      cache,
      log,
      concurrency: options.concurrency,
    });
    results.push(...printed);
  }
  await cache?.prune();
  if (!options.only && options.date === undefined) await removeStalePdfs(outDir, documents, results);
  const order = new Map(documents.map((doc, index) => [doc.key, index]));
  results.sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
  await writeIndex(outDir, results);
  return results;
}

interface PrintContext {
  outDir: string;
  cache: PdfCache | undefined;
  log: (line: string) => void;
  concurrency?: number | undefined;
}

async function printAll(distDir: string, base: string, pending: Pending[], context: PrintContext) {
  const browser: Browser = await launchChromium();
  let server: StaticServer | undefined;
  try {
    server = await startStaticServer(distDir, base);
    const url = server.url;
    const width = context.concurrency ?? defaultConcurrency(pending.length);
    const results: RenderedPdf[] = [];
    // Largest first, so that the whole book does not start last and keep the others waiting.
    const queue = [...pending].sort((a, b) => b.weight - a.weight);
    await runPool(queue, width, async ({ doc, key, fonts }) => {
      const started = performance.now();
      const page = await browser.newPage();
      try {
        if (fonts) await routeFonts(page, fonts);
        const plan = planOf(doc);
        const prepare = plan && ((loaded: Page) => applyAsAtPlan(loaded, plan));
        const printed = await printPage(page, `${url}${doc.path}`, doc.fileName, prepare);
        const file = join(context.outDir, doc.fileName);
        await writeFile(file, printed.pdf);
        const starts = Object.fromEntries(printed.dests);
        await context.cache?.store(key, printed.pdf, { pages: printed.pages, starts });
        const ms = Math.round(performance.now() - started);
        const bytes = printed.pdf.byteLength;
        results.push(toResult(doc, file, { pages: printed.pages, starts, bytes, ms, cached: false }));
        context.log(`${doc.fileName}　${printed.pages} 页　${formatBytes(bytes)}　${ms} ms`);
      } finally {
        await page.close();
      }
    });
    return results;
  } finally {
    await browser.close();
    await server?.close();
  }
}

function toResult(
  doc: PrintEntry,
  file: string,
  facts: Pick<RenderedPdf, 'pages' | 'starts' | 'bytes' | 'ms' | 'cached'>,
): RenderedPdf {
  return {
    key: doc.key,
    year: doc.year,
    ...('date' in doc ? { date: doc.date } : {}),
    title: doc.title,
    fileName: doc.fileName,
    file,
    ...facts,
    regulations: doc.regulations.map((r) => ({
      id: r.id,
      title: r.title,
      chapter: r.chapter,
      page: facts.starts[r.anchor] ?? 0,
    })),
  };
}

/** Each document's print page, by site path. */
async function readPages(distDir: string, documents: PrintEntry[]): Promise<Map<string, string>> {
  const texts = await Promise.all(
    documents.map((doc) => readFile(join(distDir, doc.path, 'index.html'), 'utf8').catch(() => '')),
  );
  return new Map(documents.map((doc, index) => [doc.path, texts[index] ?? '']));
}

/** The characters a page prints (text and running headers), for its font subset. */
function decodeEntities(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)));
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
  const id = (entry: RenderedPdf) => `${entry.date ?? entry.year}/${entry.key}`;
  const replaced = new Set(results.map(id));
  const merged = [...previous.filter((entry) => !replaced.has(id(entry))), ...results].map(
    ({ file: _file, ...rest }) => rest,
  );
  await writeFile(file, `${JSON.stringify(merged, null, 2)}\n`);
}
