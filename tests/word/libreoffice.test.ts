/**
 * Through LibreOffice (Debian's, headless): a .doc made by LibreOffice itself is imported, and the
 * exported .docx is rendered to PDF and PNG and read back with poppler (A4, 22 lines of 28 characters,
 * the same text as the handbook). Locally skipped with a message when LibreOffice is missing; in CI it must run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionChanges } from '../../src/editions/site.ts';
import { loadHandbookModel } from '../../src/handbook/load.ts';
import type { HandbookModel } from '../../src/handbook/model.ts';
import { parseRegulation } from '../../src/engine/index.ts';
import { toEngineInput } from '../../src/handbook/engine-input.ts';
import { exportRegulation } from '../../src/word/export-document.ts';
import { convertWithLibreOffice } from '../../src/word/libreoffice.ts';
import { recogniseRegulation } from '../../src/word/recognise.ts';
import { exportRevisionTable, revisionRows } from '../../src/word/revision-table.ts';
import { readWordBlocks } from '../../src/word/word-blocks.ts';
import { openWordPackage } from '../../src/word/word-package.ts';
import { captionDocx, listNumberedDocx } from './fixtures.ts';
import { REPO, libreOfficeOrSkip, runImport, tempRepository, wordFolder } from './helpers.ts';

const available = libreOfficeOrSkip();
const work = mkdtempSync(join(tmpdir(), 'zhidu-word-lo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Converts several files in one LibreOffice start (each start costs seconds). */
async function convertAll(files: Record<string, Buffer>, format: 'doc' | 'pdf'): Promise<Buffer[]> {
  const paths = Object.entries(files).map(([name, bytes]) => {
    writeFileSync(join(work, name), bytes);
    return join(work, name);
  });
  return (await convertWithLibreOffice(paths, format)).map(({ result }) => {
    if (!(result instanceof Buffer)) throw result;
    return result;
  });
}

function poppler(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8' });
}

const squash = (text: string) => text.replace(/[\s\u3000]+/g, '');
/**
 * Letters and digits only: LibreOffice may hang or compress a comma at the end of a full line, and
 * poppler then drops it from the text, so the comparison of text leaves punctuation out.
 */
const wordsOnly = (text: string) => text.replace(/—\s*\d+\s*—/g, '').replace(/[^\p{L}\p{N}]/gu, '');

describe.runIf(available)('a .doc file converted through LibreOffice', () => {
  let baoxiaoDoc: Buffer;
  let zhibanDoc: Buffer;
  beforeAll(async () => {
    [baoxiaoDoc, zhibanDoc] = (await convertAll(
      { 'baoxiao.docx': await captionDocx(), 'zhiban.docx': await listNumberedDocx() },
      'doc',
    )) as [Buffer, Buffer];
  }, 120_000);

  it('imports 题注, 文号, 章, 节, articles, items and 目 as from the .docx', async () => {
    const doc = baoxiaoDoc;
    expect(doc.subarray(0, 4).toString('hex')).toBe('d0cf11e0'); // a real binary .doc
    const repo = tempRepository({ firstEdition: true });
    try {
      const folder = wordFolder({ '报销.doc': doc });
      const { code, stdout } = await runImport([folder, '--root', repo.root, '--yes'], repo.root);
      expect(stdout).toMatch(/报销\.doc \| 机关财务报销审批规定 \| caiwu-zichan \| 财政所 \| 重申 \| 5条 \| 2 \| 0 \|/);
      expect(code).toBe(0);
      const source = readFileSync(
        join(repo.root, 'content/regulations/caiwu-zichan/jiguan-caiwu-baoxiao-shenpi.md'),
        'utf8',
      );
      expect(source).toContain('docNumber: XX政发〔2018〕45号');
      expect(source).toContain('  - date: 2021-09-08\n    action: revised\n    by: 镇党政联席会议');
      expect(source).toContain('effective: 2021-10-01');
      const { tree } = parseRegulation({
        id: 'a/b',
        filePath: 'a',
        edition: 'current',
        title: 'x',
        status: 'new',
        source,
      });
      expect(tree.divisions.map((d) => d.label)).toEqual(['第一章', '第二章', '第三章']);
      expect(tree.divisions[1]?.children).toHaveLength(2);
      expect(tree.articles).toHaveLength(5);
      expect(tree.articles[2]?.paragraphs[0]?.items[1]?.subitems).toHaveLength(2);
    } finally {
      repo.cleanup();
    }
  }, 120_000);

  it('reads Word list numbering in a .doc as LibreOffice itself draws it', async () => {
    const [pdf] = await convertAll({ 'zhiban-doc.doc': zhibanDoc }, 'pdf');
    writeFileSync(join(work, 'zhiban-doc.pdf'), pdf!);
    const labelsOf = (text: string) =>
      text
        .split('\n')
        .map((line) => /^(第[一二三四五六七八九十]+条|（[一二三四五六七八九十]+）)/.exec(line.trim())?.[1])
        .filter((label): label is string => label !== undefined);
    const shown = labelsOf(poppler('pdftotext', [join(work, 'zhiban-doc.pdf'), '-']));
    const [docx] = await convertWithLibreOffice([join(work, 'zhiban-doc.doc')], 'docx');
    const imported = recogniseRegulation((await readWordBlocks(await openWordPackage(docx!.result as Buffer))).blocks);
    expect(shown.length).toBeGreaterThanOrEqual(11);
    expect(labelsOf(imported.body)).toEqual(shown);
  }, 120_000);
});

describe.runIf(available)('the Word export opened in LibreOffice', () => {
  let model: HandbookModel;
  let pdf: string;
  beforeAll(async () => {
    model = await loadHandbookModel(REPO);
    const regulation = model.current.regulations.find((r) => r.id === 'caiwu-zichan/chailvfei')!;
    const revised = editionChanges(model, model.current).revised.find((r) => r.regulation.id === regulation.id)!;
    const [regulationPdf, tablePdf] = await convertAll(
      {
        'chailvfei.docx': await exportRegulation(regulation),
        'duizhao.docx': await exportRevisionTable(revised, 2025),
      },
      'pdf',
    );
    pdf = join(work, 'chailvfei.pdf');
    writeFileSync(pdf, regulationPdf!);
    writeFileSync(join(work, 'duizhao.pdf'), tablePdf!);
  }, 120_000);

  it('is A4', () => {
    expect(poppler('pdfinfo', [pdf])).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('has the regulation text, every article in order, with `— N —` page numbers', () => {
    const regulation = model.current.regulations.find((r) => r.id === 'caiwu-zichan/chailvfei')!;
    const text = poppler('pdftotext', [pdf, '-']);
    expect(text).toMatch(/—\s*1\s*—/);
    expect(text).toMatch(/—\s*2\s*—/);
    const flat = wordsOnly(text);
    expect(flat.startsWith(wordsOnly(`差旅费管理办法${regulation.data.docNumber}`))).toBe(true);
    let from = 0;
    for (const article of parseRegulation(toEngineInput(regulation, 'strict')!).tree.articles) {
      const at = flat.indexOf(wordsOnly(`${article.label}${article.text}`), from);
      expect(at, article.label).toBeGreaterThanOrEqual(from);
      from = at;
    }
  });

  it('sets 28 characters to a full line and 22 lines to a full page', () => {
    const lines = poppler('pdftotext', ['-layout', pdf, '-'])
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^[\p{Script=Han}\p{P}]+$/u.test(line.replace(/\s/g, '')));
    const lengths = lines.map((line) => [...line.replace(/\s/g, '')].length);
    const counts = new Map<number, number>();
    for (const length of lengths) counts.set(length, (counts.get(length) ?? 0) + 1);
    const mode = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(mode).toBe(28);
    // A 29th character only where punctuation is squeezed in at the end of a line (标点压缩).
    const longer = lines.filter((line) => [...line.replace(/\s/g, '')].length > 28);
    for (const line of longer) {
      expect([...line.replace(/\s/g, '')].length).toBe(29);
      expect(line.at(-1)).toMatch(/\p{P}/u);
    }
    // Lines per page by their baselines (page numbers left out): full pages hold 22, none more.
    const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [pdf]))?.[1]);
    const perPage = Array.from({ length: pages }, (_, index) => {
      const words = poppler('pdftotext', ['-bbox', '-f', String(index + 1), '-l', String(index + 1), pdf, '-']);
      return new Set(
        [...words.matchAll(/yMax="([\d.]+)">([^<]+)</g)]
          .filter((match) => !/^[—\d]+$/.test(match[2]!))
          .map((match) => Math.round(Number(match[1]))),
      ).size;
    });
    expect(pages).toBeGreaterThan(3);
    expect(Math.max(...perPage)).toBe(22);
  });

  it('renders its first page with the ink inside the 156 × 225 mm type area', () => {
    const prefix = join(work, 'page');
    execFileSync('pdftoppm', ['-gray', '-r', '36', '-f', '1', '-l', '1', pdf, prefix]);
    const pgm = readFileSync(`${prefix}-1.pgm`);
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
    const [width, height] = [Number(header[1]), Number(header[2])];
    expect(width / height).toBeCloseTo(210 / 297, 2);
    const pixels = pgm.subarray(header[0].length);
    const mm = width / 210;
    let [left, right, top, bottom] = [width, 0, height, 0];
    for (let y = 0; y < height * (1 - 30 / 297); y++) {
      for (let x = 0; x < width; x++) {
        if ((pixels[y * width + x] ?? 255) > 128) continue;
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
    expect(left / mm).toBeGreaterThanOrEqual(28 - 1);
    expect(right / mm).toBeLessThanOrEqual(210 - 26 + 1);
    expect(right / mm).toBeGreaterThan(210 - 26 - 8); // full lines reach the right edge of the type area
    expect(top / mm).toBeGreaterThanOrEqual(37 - 1);
    expect(bottom / mm).toBeLessThanOrEqual(297 - 35 + 1);
  });

  it(
    'exports the 修订对照表 of a revised regulation as a landscape table of the changed articles',
    { timeout: 120_000 },
    async () => {
      const revised = editionChanges(model, model.current).revised.find(
        (r) => r.regulation.id === 'caiwu-zichan/chailvfei',
      )!;
      const rows = revisionRows(revised);
      expect(poppler('pdfinfo', [join(work, 'duizhao.pdf')])).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts/);
      const text = squash(poppler('pdftotext', [join(work, 'duizhao.pdf'), '-']));
      expect(text).toContain('《差旅费管理办法》修订对照表');
      expect(text).toContain('原条文（2025年版）');
      for (const row of rows) expect(text).toContain(row.after[0]?.label ?? row.before[0]!.label);
      expect(text).toContain(squash('住宿费标准为每人每天：省会城市450元'));
      expect(text).toContain(`共改动${rows.length}处`);
    },
  );
});
