import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PdfCache, pdfCacheDir } from '../../src/pdf/cache.ts';
import { documentKey, localAssetPaths, rendererKey } from '../../src/pdf/inputs.ts';
import { defaultConcurrency } from '../../src/pdf/pool.ts';
import type { PrintFonts } from '../../src/pdf/fonts.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zd-pdf-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const fonts = (bytes: number[]): PrintFonts => ({
  files: new Map([['serif-regular.ttf', new Uint8Array(bytes)]]),
  fontFaceScript: 'script',
  missing: [],
});

async function site(html: string, css = 'body{}'): Promise<string> {
  const dist = join(dir, 'dist');
  await mkdir(join(dist, 'print', '2026', 'kaoqin'), { recursive: true });
  await mkdir(join(dist, '_astro'), { recursive: true });
  await writeFile(join(dist, 'print', '2026', 'kaoqin', 'index.html'), html);
  await writeFile(join(dist, '_astro', 'doc.css'), css);
  return dist;
}

const PAGE = '<link rel="stylesheet" href="/zhidu/_astro/doc.css"><a href="/zhidu/kaoqin/">考勤</a><p>第一条</p>';

describe('what goes into a PDF', () => {
  it('lists the files a page loads under the base, not the pages it links to', () => {
    const html = `${PAGE}<img src="/zhidu/images/%E5%9B%BE.png"><script src="/zhidu/_astro/page.js?v=1"></script><a href="https://example.org/a.css">x</a>`;
    expect(localAssetPaths(html, '/zhidu/')).toEqual(['_astro/doc.css', '_astro/page.js', 'images/图.png']);
  });

  it('gives the same key for the same inputs, and a new key when the text, a stylesheet or a font changes', async () => {
    const renderer = await rendererKey('/nonexistent/chromium', fonts([1, 2, 3]));
    const key = async (html: string, css?: string) =>
      documentKey(await site(html, css), '/zhidu/', 'print/2026/kaoqin/', renderer);
    const first = await key(PAGE);
    expect(await key(PAGE)).toBe(first);
    expect(await key(PAGE.replace('第一条', '第二条'))).not.toBe(first);
    expect(await key(PAGE, 'body{color:red}')).not.toBe(first);
    const otherFonts = await rendererKey('/nonexistent/chromium', fonts([1, 2, 4]));
    expect(await documentKey(await site(PAGE), '/zhidu/', 'print/2026/kaoqin/', otherFonts)).not.toBe(first);
    expect(await rendererKey('/nonexistent/chromium', undefined)).not.toBe(renderer);
  });

  it('keys a dated document by what the renderer does to the page too (its day and texts)', async () => {
    const renderer = await rendererKey('/nonexistent/chromium', fonts([1, 2, 3]));
    const root = await site(PAGE);
    const key = (prepared?: string) => documentKey(root, '/zhidu/', 'print/2026/kaoqin/', renderer, prepared);
    const august = await key('{"date":"2026-08-10"}');
    expect(await key('{"date":"2026-08-10"}')).toBe(august);
    expect(await key('{"date":"2026-08-11"}')).not.toBe(august);
    expect(await key()).not.toBe(august);
  });
});

describe('PdfCache', () => {
  it('hands back a stored PDF with its facts, and nothing for an unknown key', async () => {
    const cache = new PdfCache(join(dir, 'cache'));
    await cache.store('abc', new Uint8Array([37, 80, 68, 70]), { pages: 3, starts: { a: 2 } });
    const target = join(dir, 'out.pdf');
    expect(await cache.restore('abc', target)).toEqual({ pages: 3, starts: { a: 2 }, bytes: 4 });
    expect([...(await readFile(target))]).toEqual([37, 80, 68, 70]);
    expect(await cache.restore('other', join(dir, 'other.pdf'))).toBeUndefined();
  });

  it('forgets entries unused for a month, keeps recent ones', async () => {
    const cache = new PdfCache(join(dir, 'cache'));
    await cache.store('old', new Uint8Array([1]), { pages: 1, starts: {} });
    await cache.store('new', new Uint8Array([2]), { pages: 1, starts: {} });
    const longAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    await utimes(join(dir, 'cache', 'old.pdf'), longAgo, longAgo);
    await cache.prune();
    expect(await cache.restore('old', join(dir, 'a.pdf'))).toBeUndefined();
    expect(await cache.restore('new', join(dir, 'b.pdf'))).toBeDefined();
  });

  it('lives in .cache/pdf unless ZHIDU_PDF_CACHE says otherwise', () => {
    expect(pdfCacheDir({})).toBe(join(process.cwd(), '.cache', 'pdf'));
    expect(pdfCacheDir({ ZHIDU_PDF_CACHE: '/srv/cache' })).toBe('/srv/cache');
  });
});

describe('defaultConcurrency', () => {
  const GB = 1024 ** 3;
  it('is as wide as the cores when memory allows, never wider than the work', () => {
    expect(defaultConcurrency(15, 2, 20 * GB)).toBe(2);
    expect(defaultConcurrency(1, 8, 20 * GB)).toBe(1);
  });
  it('narrows to the memory budget (half the free memory, 1 GB a tab), at least one', () => {
    expect(defaultConcurrency(15, 8, 4 * GB)).toBe(2);
    expect(defaultConcurrency(15, 8, 0.5 * GB)).toBe(1);
  });
});
