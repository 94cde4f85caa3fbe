/**
 * Node-side harness shared by src/search/evaluate.ts and scripts/bench/search.ts: serves a built site,
 * opens it in Debian's Chromium and runs queries through the real /pagefind/pagefind.js, with or
 * without src/search/rerank.ts and its sibling modules (type-stripped and injected unchanged, so the figures measure the
 * code the site ships).
 */
import { readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';
import { startStaticServer, type StaticServer } from '../browser/static-server.ts';
import type * as Rerank from './rerank.ts';
import type { PagefindApi, PagefindData, PagefindResult, PagefindSearchResponse } from './pagefind.ts';

/** What the page under test exposes: Pagefind itself and the injected re-ranking module. */
interface HarnessWindow {
  __pf: PagefindApi;
  __rr: typeof Rerank;
}

export interface QueryRun {
  query: string;
  /** Site paths (no base, no hash) of the results, best first (top 10). */
  paths: string[];
  /** Anchor id of the top result's first article sub-result, if any. */
  topArticle?: string | undefined;
  total: number;
  ms: number;
}

export interface Harness {
  page: Page;
  server: StaticServer;
  run(query: string, filters: Record<string, string[]> | undefined, ranked: boolean): Promise<QueryRun>;
  bytesFetched(): Promise<number>;
  close(): Promise<void>;
}

/**
 * rerank.ts and the sibling modules it imports, type-stripped, as one `data:` module URL: each
 * `'./x.ts'` specifier is replaced by the data URL of that module (a data: URL cannot resolve
 * relative imports). Only sibling imports exist (see rerank.ts), so a depth-first walk suffices.
 */
function moduleUrl(file: string, done = new Map<string, string>()): string {
  const known = done.get(file);
  if (known) return known;
  const source = stripTypeScriptTypes(readFileSync(new URL(file, import.meta.url), 'utf8'), { mode: 'strip' });
  const linked = source.replace(/from\s+(['"])(\.\/[\w-]+\.ts)\1/g, (_, _quote: string, dependency: string) => {
    return `from ${JSON.stringify(moduleUrl(dependency, done))}`;
  });
  const url = `data:text/javascript;charset=utf-8,${encodeURIComponent(linked)}`;
  done.set(file, url);
  return url;
}

export async function openHarness(root: string, base = '/', browser?: Browser): Promise<Harness> {
  const server = await startStaticServer(root, base);
  const ownBrowser = !browser;
  const chromium = browser ?? (await launchChromium());
  const page = await chromium.newPage();
  // Counted from the network (Pagefind 1.6 fetches index chunks in a worker, outside the page's resource timing).
  let transferred = 0;
  const pending = new Set<Promise<void>>();
  page.on('requestfinished', (request) => {
    const p = request.sizes().then(
      (sizes) => {
        transferred += sizes.responseBodySize + sizes.responseHeadersSize;
      },
      () => {},
    );
    pending.add(p);
    void p.finally(() => pending.delete(p));
  });
  // A real page of the site: Pagefind picks its index and query segmentation from <html lang>,
  // so evaluating from any other document would not measure what readers get.
  await page.goto(server.url, { waitUntil: 'load' });
  const rerankUrl = moduleUrl('./rerank.ts');
  await page.evaluate(
    async ({ bundle, rerankUrl }) => {
      const w = window as unknown as Record<string, unknown>;
      // Built from a string: a bundler or vitest would rewrite an `import()` written here, and this
      // function runs in the page, not in Node.
      const load = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;
      const pagefind = (await load(`${bundle}pagefind.js`)) as PagefindApi & {
        options(options: object): Promise<void>;
        init(): Promise<void>;
      };
      await pagefind.options({ excerptLength: 12 });
      await pagefind.init();
      w['__pf'] = pagefind;
      w['__rr'] = await load(rerankUrl);
    },
    { bundle: `${server.url}pagefind/`, rerankUrl },
  );
  const prefix = new URL(server.url).pathname;
  return {
    page,
    server,
    async run(query, filters, ranked) {
      const raw = await page.evaluate(
        async ({ query, filters, ranked }) => {
          const w = window as unknown as HarnessWindow;
          const t0 = performance.now();
          const response = (
            ranked
              ? await w.__rr.rankedSearch(w.__pf, query, { filters })
              : await w.__pf.search(query, { filters: w.__rr.anyWithinFilter(filters) })
          ) as PagefindSearchResponse;
          const top = response.results.slice(0, 10);
          // Both modes load the fragments of the first five results, as the UI does.
          const datas: PagefindData[] = await Promise.all(top.slice(0, 5).map((r: PagefindResult) => r.data()));
          const ms = performance.now() - t0;
          let topArticle: string | undefined;
          if (ranked && datas[0]) {
            const processed = datas[0];
            topArticle = processed.sub_results?.find((s) => s.anchor && /^第.+条/.test(s.anchor.id))?.anchor?.id;
          }
          const urls: string[] = [];
          for (const r of top) urls.push((await r.data()).url);
          return { urls, total: response.results.length, ms, topArticle };
        },
        { query, filters, ranked },
      );
      const paths = raw.urls.map((url: string) =>
        decodeURIComponent(url.replace(/#.*$/, '')).replace(prefix, '').replace(/\/$/, ''),
      );
      return { query, paths, total: raw.total, ms: raw.ms, topArticle: raw.topArticle };
    },
    async bytesFetched() {
      await Promise.all(pending);
      return transferred;
    },
    async close() {
      await page.close();
      if (ownBrowser) await chromium.close();
      await server.close();
    },
  };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
