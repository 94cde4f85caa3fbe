/**
 * Content-addressed store of rendered PDFs: `<dir>/<key>.pdf` with `<key>.json` (pages, where each regulation
 * starts). The key hashes everything that goes into the PDF (inputs.ts), so a hit is the PDF the renderer would
 * print again. Default folder `.cache/pdf/` in the repository (ZHIDU_PDF_CACHE overrides it); CI keeps it between
 * runs with actions/cache. Entries unused for a month are removed.
 */
import { copyFile, mkdir, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const DEFAULT_CACHE_DIR = join('.cache', 'pdf');
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

/** What is kept beside a cached PDF to report it without opening it. */
export interface CachedFacts {
  pages: number;
  starts: Record<string, number>;
}

export function pdfCacheDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env['ZHIDU_PDF_CACHE'] || DEFAULT_CACHE_DIR);
}

export class PdfCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** Copies the cached PDF for `key` to `target` and returns its facts; undefined when there is none. */
  async restore(key: string, target: string): Promise<(CachedFacts & { bytes: number }) | undefined> {
    const pdf = join(this.dir, `${key}.pdf`);
    let facts: CachedFacts;
    try {
      facts = JSON.parse(await readFile(join(this.dir, `${key}.json`), 'utf8')) as CachedFacts;
      await copyFile(pdf, target);
    } catch {
      return undefined;
    }
    const now = new Date();
    await utimes(pdf, now, now).catch(() => {});
    return { ...facts, bytes: (await stat(target)).size };
  }

  async store(key: string, pdf: Uint8Array, facts: CachedFacts): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    // The facts are written last: an entry without them is never read back (a run interrupted midway).
    await writeFile(join(this.dir, `${key}.pdf`), pdf);
    await writeFile(join(this.dir, `${key}.json`), `${JSON.stringify(facts)}\n`);
  }

  /** Removes entries not used for a month (a PDF restored or stored is marked used). */
  async prune(now = Date.now()): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return;
    }
    for (const name of names.filter((candidate) => candidate.endsWith('.pdf'))) {
      const file = join(this.dir, name);
      const used = (await stat(file)).mtimeMs;
      if (now - used > MAX_AGE_MS) {
        await rm(file, { force: true });
        await rm(file.replace(/\.pdf$/, '.json'), { force: true });
      }
    }
  }
}
