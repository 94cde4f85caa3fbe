import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { readPrintManifest, renderPdfs, type RenderedPdf } from '../../../src/pdf/render.ts';

/** The built site the PDF tests read: dist/ (or ZHIDU_DIST, e.g. a private build directory). */
export const DIST = resolve(process.env['ZHIDU_DIST'] ?? 'dist');

/**
 * The current edition's PDFs, rendered from the built site if `npm run pdf` has not been run since the build.
 * Needs a built site: `npm run build` (which, wired as the lead plans, also runs `npm run pdf`).
 */
export async function ensurePdfs(): Promise<RenderedPdf[]> {
  if (!existsSync(join(DIST, 'print', 'manifest.json'))) {
    throw new Error(`${DIST} 中没有打印页面：PDF 测试需要先构建网站（npm run build）。`);
  }
  const manifest = await readPrintManifest(DIST);
  const current = manifest.documents.filter((doc) => doc.current);
  const index = join(DIST, 'pdf', 'manifest.json');
  const built = (await stat(join(DIST, 'print', 'manifest.json'))).mtimeMs;
  let rendered: RenderedPdf[] = [];
  if (existsSync(index) && (await stat(index)).mtimeMs >= built) {
    rendered = JSON.parse(await readFile(index, 'utf8')) as RenderedPdf[];
  }
  const complete = current.every((doc) =>
    rendered.some((r) => r.key === doc.key && r.year === doc.year && existsSync(join(DIST, 'pdf', r.fileName))),
  );
  if (!complete) await renderPdfs({ distDir: DIST });
  const all = JSON.parse(await readFile(index, 'utf8')) as RenderedPdf[];
  return current.map((doc) => {
    const found = all.find((r) => r.key === doc.key && r.year === doc.year);
    if (!found) throw new Error(`没有生成 ${doc.fileName}`);
    return { ...found, file: join(DIST, 'pdf', found.fileName) };
  });
}

/** Text of each page (pdftotext -layout), index 0 = page 1. */
export function readPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export function readInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => line.match(/^([^:]+):\s*(.*)$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}

export function readFonts(file: string): FontRow[] {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      // name, type (may contain spaces), encoding, emb, sub, uni, object, id
      const m = line.match(/^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
      if (!m) throw new Error(`pdffonts: unexpected line ${line}`);
      return { name: m[1]!, type: m[2]!.trim(), embedded: m[4] === 'yes' };
    });
}

export interface OutlineItem {
  title: string;
  depth: number;
}

/** The PDF outline (bookmarks), flattened in order. */
export async function readOutline(file: string): Promise<OutlineItem[]> {
  const document = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const items: OutlineItem[] = [];
  const walk = (first: PDFDict | undefined, depth: number) => {
    for (let node = first; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = node.lookup(PDFName.of('Title'));
      items.push({
        title: title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '',
        depth,
      });
      walk(node.lookupMaybe(PDFName.of('First'), PDFDict), depth + 1);
    }
  };
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict), 0);
  return items;
}

/** Page text without any white space (titles and captions wrap across lines). */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
