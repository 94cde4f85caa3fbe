/**
 * Real fonts in the PDF. Chromium (Skia) embeds CFF-flavoured OpenType fonts such as Debian's Noto CJK (.ttc)
 * as Type 3 glyph procedures; TrueType-flavoured fonts it embeds as CID TrueType subsets. So before printing,
 * the renderer converts the glyphs the documents use to a small TrueType font per face and serves it to the
 * page as 'ZD Print Serif' / 'ZD Print Sans' (see print-document.css). Outlines come from fontkit (reads the
 * CID-keyed CFF correctly), tables and the TrueType writer from fonteditor-core (its own CFF outline parser
 * mis-reads these fonts, so only its metadata is kept). The result is cached beside the PDFs (cache.ts, fonts/).
 * If the fonts cannot be found or converted, the PDF falls back to the installed fonts (Type 3), with a note.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import fonteditor from 'fonteditor-core';
import { pdfCacheDir } from './cache.ts';
import { gb2312CodePoints } from './charset.ts';

const { Font, OTFReader, otf2ttfobject } = fonteditor;

export interface PrintFonts {
  /** File name → TrueType bytes, served at /__zd-print-fonts/<name>. */
  files: Map<string, Uint8Array>;
  /** Init script registering the faces (runs in the page before its own CSS). */
  fontFaceScript: string;
  /** Faces that could not be prepared (the PDF uses Type 3 glyphs for them). */
  missing: string[];
}

interface FaceSpec {
  file: string;
  family: string;
  weight: number;
  /** fontconfig pattern of the installed font. */
  pattern: string;
}

const FACES: FaceSpec[] = [
  { file: 'serif-regular.ttf', family: 'ZD Print Serif', weight: 400, pattern: 'Noto Serif CJK SC:regular' },
  { file: 'serif-bold.ttf', family: 'ZD Print Serif', weight: 700, pattern: 'Noto Serif CJK SC:bold' },
  { file: 'sans-bold.ttf', family: 'ZD Print Sans', weight: 700, pattern: 'Noto Sans CJK SC:bold' },
];

/** Converts the glyphs of `text` (plus ASCII and the page-number dashes) for each face. */
export async function buildPrintFonts(text: string, log: (line: string) => void = () => {}): Promise<PrintFonts> {
  const codePoints = collectCodePoints(text);
  const files = new Map<string, Uint8Array>();
  const missing: string[] = [];
  for (const face of FACES) {
    try {
      const source = locateFont(face.pattern);
      if (!source) throw new Error(`未找到字体 ${face.pattern}`);
      files.set(face.file, await convertCached(source, codePoints));
    } catch (error) {
      missing.push(`${face.pattern}（${(error as Error).message}）`);
    }
  }
  if (missing.length > 0) log(`字体未转换为 TrueType，PDF 将以 Type 3 字形嵌入：${missing.join('；')}`);
  const faces = FACES.filter((face) => files.has(face.file)).map((face) => ({
    family: face.family,
    url: `/__zd-print-fonts/${face.file}`,
    weight: String(face.weight),
  }));
  const fontFaceScript = `(() => {
    for (const f of ${JSON.stringify(faces)}) {
      const face = new FontFace(f.family, 'url(' + f.url + ') format("truetype")', { weight: f.weight, display: 'block' });
      document.fonts.add(face);
      face.load().catch(() => {});
    }
  })();`;
  return { files, fontFaceScript, missing };
}

/** Always in the subset: ASCII, what print-document.css prints itself (page numbers, list numbers), 〇 of dates. */
const ALWAYS = '—　“”‘’（）《》〔〕，。、；：？！…·．0123456789〇';

function printable(cp: number): boolean {
  return cp >= 0x20 && !(cp >= 0xd800 && cp <= 0xdfff);
}

/** Characters of `text` beyond the fixed part of every subset (see charset.ts), sorted. */
export function extraCodePoints(text: string): number[] {
  const base = gb2312CodePoints();
  const extra = new Set<number>();
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    if (printable(cp) && !base.has(cp) && !(cp >= 0x20 && cp < 0x7f) && !ALWAYS.includes(char)) extra.add(cp);
  }
  return [...extra].sort((a, b) => a - b);
}

/** The subset for `text`: the fixed part (ASCII, GB 2312, ALWAYS) and whatever else the text uses. */
export function collectCodePoints(text: string): number[] {
  const set = new Set<number>(gb2312CodePoints());
  for (let cp = 0x20; cp < 0x7f; cp++) set.add(cp);
  for (const char of ALWAYS) set.add(char.codePointAt(0)!);
  for (const cp of extraCodePoints(text)) set.add(cp);
  return [...set].sort((a, b) => a - b);
}

const fontCacheDir = () => join(pdfCacheDir(), 'fonts');

interface FontSource {
  path: string;
  index: number;
}

function locateFont(pattern: string): FontSource | undefined {
  try {
    const out = execFileSync('fc-match', ['-f', '%{file}\n%{index}', pattern], { encoding: 'utf8' }).trim();
    const [path, index] = out.split('\n');
    if (!path || !existsSync(path) || !/CJK/i.test(path)) return undefined;
    return { path, index: Number(index ?? 0) };
  } catch {
    return undefined;
  }
}

async function convertCached(source: FontSource, codePoints: number[]): Promise<Uint8Array> {
  const info = await stat(source.path);
  const key = createHash('sha256')
    .update(`v1\n${source.path}\n${source.index}\n${info.size}\n${info.mtimeMs}\n${codePoints.join(',')}`)
    .digest('hex')
    .slice(0, 24);
  const dir = fontCacheDir();
  const cached = join(dir, `${key}.ttf`);
  try {
    return new Uint8Array(await readFile(cached));
  } catch {
    const bytes = convertToTrueType(extractFace(await readFile(source.path), source.index), codePoints);
    await mkdir(dir, { recursive: true });
    await writeFile(cached, bytes);
    await pruneCache(dir);
    return bytes;
  }
}

/** A standalone OpenType font from face `index` of a collection (.ttc); other files are returned as they are. */
export function extractFace(buffer: Buffer, index: number): Buffer {
  if (buffer.toString('latin1', 0, 4) !== 'ttcf') return buffer;
  const numFonts = buffer.readUInt32BE(8);
  if (index >= numFonts) throw new Error(`字体集合只有 ${numFonts} 个字体，没有第 ${index} 个`);
  const offset = buffer.readUInt32BE(12 + 4 * index);
  const numTables = buffer.readUInt16BE(offset + 4);
  const headerLength = 12 + 16 * numTables;
  const header = Buffer.alloc(headerLength);
  buffer.copy(header, 0, offset, offset + 12);
  const parts: Buffer[] = [header];
  let position = headerLength;
  for (let i = 0; i < numTables; i++) {
    const record = offset + 12 + 16 * i;
    const tableOffset = buffer.readUInt32BE(record + 8);
    const length = buffer.readUInt32BE(record + 12);
    buffer.copy(header, 12 + 16 * i, record, record + 8); // tag + checksum
    header.writeUInt32BE(position, 12 + 16 * i + 8);
    header.writeUInt32BE(length, 12 + 16 * i + 12);
    const padding = (4 - (length % 4)) % 4;
    parts.push(buffer.subarray(tableOffset, tableOffset + length), Buffer.alloc(padding));
    position += length + padding;
  }
  return Buffer.concat(parts);
}

interface OtfPoint {
  x: number;
  y: number;
  onCurve?: boolean;
}

interface OtfGlyph {
  contours: OtfPoint[][];
  advanceWidth: number;
  unicode?: number[];
  compound?: boolean;
  glyfs?: unknown;
}

/** Subset of a CFF OpenType font, as a TrueType font (cubic outlines approximated by quadratic ones). */
export function convertToTrueType(otf: Buffer, codePoints: number[]): Uint8Array {
  const outlines = fontkit.create(otf);
  const subset = codePoints.filter((cp) => outlines.hasGlyphForCodePoint(cp));
  const arrayBuffer = otf.buffer.slice(otf.byteOffset, otf.byteOffset + otf.byteLength) as ArrayBuffer;
  const warn = console.warn;
  const log = console.log;
  let object: { glyf: OtfGlyph[] };
  try {
    // fonteditor-core reports charstring operators it does not know on the console; the outlines are replaced below.
    console.warn = () => {};
    console.log = () => {};
    const reader = new OTFReader({ subset });
    object = (reader as unknown as { read(buffer: ArrayBuffer): { glyf: OtfGlyph[] } }).read(arrayBuffer);
  } finally {
    console.warn = warn;
    console.log = log;
  }
  for (const glyph of object.glyf) {
    delete glyph.compound;
    delete glyph.glyfs;
    const cp = glyph.unicode?.[0];
    if (cp === undefined) continue;
    const source = outlines.glyphForCodePoint(cp);
    glyph.contours = toContours(source.path.commands);
    glyph.advanceWidth = source.advanceWidth;
  }
  const ttf = otf2ttfobject(object as unknown as ArrayBuffer, {});
  const font = Font.create();
  font.set(ttf);
  const written = font.write({ type: 'ttf', hinting: false }) as ArrayBuffer | Buffer;
  return new Uint8Array(
    written instanceof ArrayBuffer
      ? written
      : written.buffer.slice(written.byteOffset, written.byteOffset + written.byteLength),
  );
}

/** fontkit path commands → fonteditor-core OTF contours (cubic control points off the curve). */
function toContours(commands: fontkit.PathCommand[]): OtfPoint[][] {
  const contours: OtfPoint[][] = [];
  let current: OtfPoint[] | undefined;
  for (const { command, args } of commands) {
    const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = args;
    if (command === 'moveTo') {
      current = [{ x: a, y: b, onCurve: true }];
      contours.push(current);
    } else if (command === 'lineTo') current?.push({ x: a, y: b, onCurve: true });
    else if (command === 'bezierCurveTo') current?.push({ x: a, y: b }, { x: c, y: d }, { x: e, y: f, onCurve: true });
    else if (command === 'quadraticCurveTo') {
      // Elevate to cubic so the whole contour goes through one converter.
      const last = current?.at(-1);
      if (last && current) {
        current.push(
          { x: last.x + (2 / 3) * (a - last.x), y: last.y + (2 / 3) * (b - last.y) },
          { x: c + (2 / 3) * (a - c), y: d + (2 / 3) * (b - d) },
          { x: c, y: d, onCurve: true },
        );
      }
    }
  }
  for (const contour of contours) {
    const first = contour[0];
    const last = contour.at(-1);
    if (contour.length > 1 && first && last?.onCurve && last.x === first.x && last.y === first.y) contour.pop();
  }
  return contours.filter((contour) => contour.length > 2);
}

/** Keeps the newest converted fonts only (each edit of the text makes a new subset). */
async function pruneCache(dir: string, keep = 12): Promise<void> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.ttf'));
  const dated = await Promise.all(names.map(async (name) => ({ name, time: (await stat(join(dir, name))).mtimeMs })));
  dated.sort((a, b) => b.time - a.time);
  for (const { name } of dated.slice(keep)) await rm(join(dir, name), { force: true });
}
