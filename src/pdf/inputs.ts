/**
 * What goes into one PDF, as a hash: the print page's HTML, every local file it loads (stylesheets, scripts,
 * images), the fonts served to it, the renderer and the browser. Two runs with the same key print the same PDF,
 * so the cache (cache.ts) may hand back the earlier file instead of printing again.
 */
import { createHash, type Hash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PrintFonts } from './fonts.ts';

/**
 * Bump when the renderer changes what a PDF looks like for the same page (pdf() options, the two-pass table of
 * contents, the font conversion), so that cached PDFs from the older renderer are not reused.
 */
export const RENDERER_VERSION = 'zd-pdf-1';

function update(hash: Hash, name: string, bytes: string | Uint8Array): void {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  hash.update(`${name}\u0000${data.byteLength}\u0000`).update(data);
}

/** Site paths of the files a page loads itself (`src`/`href` under the base, not other pages). */
export function localAssetPaths(html: string, base: string): string[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const paths = new Set<string>();
  for (const match of html.matchAll(/\b(?:src|href)="([^"#?]+)[^"]*"/g)) {
    const url = match[1] as string;
    if (url.startsWith(prefix) && !url.endsWith('/')) paths.add(decodeURI(url.slice(prefix.length)));
  }
  return [...paths].sort();
}

/** Hash of the renderer's own inputs shared by every document of a run: browser, options and fonts. */
export async function rendererKey(browserPath: string, fonts: PrintFonts | undefined): Promise<string> {
  const hash = createHash('sha256');
  update(hash, 'renderer', RENDERER_VERSION);
  const browser = await stat(browserPath).catch(() => undefined);
  update(hash, 'browser', `${browserPath} ${browser?.size ?? 0} ${browser?.mtimeMs ?? 0}`);
  update(hash, 'fonts', fonts ? 'truetype' : 'type3');
  for (const [name, bytes] of [...(fonts?.files ?? [])].sort(([a], [b]) => a.localeCompare(b)))
    update(hash, `font ${name}`, bytes);
  if (fonts) update(hash, 'font-face script', fonts.fontFaceScript);
  return hash.digest('hex');
}

/**
 * Key of one document: the renderer key, the page and the files it loads (read from the built site), and what the
 * renderer does to the page before printing it (`prepared`: a dated document's plan, as-at-select.ts).
 */
export async function documentKey(
  distDir: string,
  base: string,
  pagePath: string,
  renderer: string,
  prepared?: string,
): Promise<string> {
  const html = await readFile(join(distDir, pagePath, 'index.html'), 'utf8');
  const hash = createHash('sha256');
  update(hash, 'renderer', renderer);
  update(hash, 'page', pagePath);
  if (prepared !== undefined) update(hash, 'prepared', prepared);
  update(hash, 'html', html);
  for (const asset of localAssetPaths(html, base)) {
    const bytes = await readFile(join(distDir, asset)).catch(() => undefined);
    update(hash, `asset ${asset}`, bytes ?? 'missing');
  }
  return hash.digest('hex');
}
