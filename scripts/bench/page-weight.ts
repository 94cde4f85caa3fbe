/**
 * Page weight of one built page: the HTML plus the CSS and JavaScript it references (stylesheets, module
 * scripts, modulepreloads, and the modules those import statically), raw and gzip-compressed (node:zlib,
 * level 9, each file on its own as a server would send it). Inline <script> and <style> are counted under
 * JS and CSS as well (they are also inside the HTML figure). Modules loaded with dynamic import() — such as
 * Pagefind's search UI, fetched when the search dialog opens — are not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  page: string;
  html: Weight;
  css: Weight;
  js: Weight;
  /** HTML + external CSS + external JS (inline code is already in the HTML). */
  total: Weight;
  files: { css: string[]; js: string[] };
  inline: { css: Weight; js: Weight };
  missing: string[];
}

export const gzipSize = (data: string | Buffer): number => gzipSync(data, { level: 9 }).byteLength;

const weigh = (data: string | Buffer): Weight => ({
  raw: Buffer.byteLength(data),
  gzip: data.length === 0 ? 0 : gzipSize(data),
});
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Weight = { raw: 0, gzip: 0 };

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** References in an HTML document: stylesheets, external scripts, modulepreloads, inline code. */
export function htmlReferences(html: string): { css: string[]; js: string[]; inlineJs: string[]; inlineCss: string[] } {
  const css: string[] = [];
  const js: string[] = [];
  const inlineJs: string[] = [];
  const inlineCss: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) css.push(href);
    else if (rel.includes('modulepreload')) js.push(href);
  }
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = match[1] ?? '';
    const type = (attribute(` ${attrs}`, 'type') ?? '').toLowerCase();
    if (type && type !== 'module' && !type.includes('javascript')) continue; // JSON-LD, templates…
    const src = attribute(` ${attrs}`, 'src');
    if (src) js.push(src);
    else if ((match[2] ?? '').trim()) inlineJs.push(match[2] as string);
  }
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) inlineCss.push(match[1] ?? '');
  return { css: [...new Set(css)], js: [...new Set(js)], inlineJs, inlineCss };
}

/** Static imports of an ES module (`import … from "x"`, `import "x"`, `export … from "x"`), not `import()`. */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const match of code.matchAll(pattern)) out.add(match[1] as string);
  return [...out];
}

/** Resolves a URL found in the page (or in a module at `fromUrl`) to a URL path, or null if it is external. */
export function resolveUrl(reference: string, fromUrl: string): string | null {
  if (/^(?:[a-z]+:)?\/\//i.test(reference) || reference.startsWith('data:')) return null;
  const clean = reference.split(/[?#]/)[0] as string;
  if (clean.startsWith('/')) return posix.normalize(clean);
  return posix.normalize(posix.join(posix.dirname(fromUrl), clean));
}

/**
 * @param distDir the built site
 * @param pageUrl the page's URL path under the site root, e.g. `/kaoqin/qingxiaojia/`
 * @param base the site's base path (stripped from references before reading files)
 */
export function measurePageWeight(distDir: string, pageUrl: string, base = '/'): PageWeight {
  const htmlPath = join(distDir, normalize(pageUrl.endsWith('/') ? `${pageUrl}index.html` : pageUrl));
  const html = readFileSync(htmlPath, 'utf8');
  const refs = htmlReferences(html);
  const missing: string[] = [];
  const pageFullUrl = posix.join(base, pageUrl.endsWith('/') ? `${pageUrl}index.html` : pageUrl);
  const toFile = (url: string) => join(distDir, url.startsWith(base) ? url.slice(base.length) : url);

  let css = ZERO;
  const cssFiles: string[] = [];
  for (const href of refs.css) {
    const url = resolveUrl(href, pageFullUrl);
    if (!url) continue;
    const file = toFile(url);
    if (!existsSync(file)) {
      missing.push(url);
      continue;
    }
    css = add(css, weigh(readFileSync(file)));
    cssFiles.push(url);
  }

  let js = ZERO;
  const jsFiles: string[] = [];
  const queue = refs.js.map((src) => resolveUrl(src, pageFullUrl)).filter((url): url is string => url !== null);
  const done = new Set<string>();
  while (queue.length > 0) {
    const url = queue.shift() as string;
    if (done.has(url)) continue;
    done.add(url);
    const file = toFile(url);
    if (!existsSync(file)) {
      missing.push(url);
      continue;
    }
    const code = readFileSync(file);
    js = add(js, weigh(code));
    jsFiles.push(url);
    for (const imported of staticImports(code.toString('utf8'))) {
      const next = resolveUrl(imported, url);
      if (next && !done.has(next)) queue.push(next);
    }
  }
  // Inline code in one piece: compressing each snippet alone would overstate it.
  const inlineJs = weigh(refs.inlineJs.join('\n'));
  const inlineCss = weigh(refs.inlineCss.join('\n'));
  const htmlWeight = weigh(html);
  return {
    page: pageUrl,
    html: htmlWeight,
    css: add(css, inlineCss),
    js: add(js, inlineJs),
    total: add(add(htmlWeight, css), js),
    files: { css: cssFiles, js: jsFiles },
    inline: { css: inlineCss, js: inlineJs },
    missing,
  };
}

/** The page (URL path) of the regulation whose source size is the median of the corpus: a typical page. */
export function typicalRegulationPage(
  files: ReadonlyArray<readonly [source: string, docsPath: string]>,
  distDirs: readonly string[],
): string | null {
  const current = files.filter(([, docsPath]) => !/^\d{4}\//.test(docsPath));
  const sized = current
    .map(([source, docsPath]) => ({
      size: existsSync(source) ? readFileSync(source).byteLength : 0,
      url: `/${docsPath.replace(/\\/g, '/').replace(/\.md$/, '')}/`,
    }))
    .filter(({ url }) => distDirs.every((dir) => existsSync(join(dir, url, 'index.html'))))
    .sort((a, b) => a.size - b.size || a.url.localeCompare(b.url));
  return sized[Math.floor(sized.length / 2)]?.url ?? null;
}
