/**
 * Search at scale: index time, index size, bytes fetched for the first and later queries, and warm query
 * latency (p50/p95) for N regulations.
 *
 *   node scripts/bench/search.ts                 # 1,000 generated regulations, indexed with the pagefind Node API
 *   node scripts/bench/search.ts --count 3000
 *   node scripts/bench/search.ts --dist /tmp/big # measure a site already built (e.g. from a generated corpus
 *                                                # with ZHIDU_CONTENT_DIR), skipping generation and indexing
 *
 * Until scripts/bench/generate-corpus.ts exists, pages are generated here: every page is a real regulation
 * of content/ with its articles re-ordered and numbers/words varied, marked up like the built site
 * (h1, <p id="第N条">, SearchMeta filters/meta/keywords), so Pagefind sees the same shape of text.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { loadHandbookModel } from '../../src/handbook/load.ts';
import { defaultFilters, regulationFacets, WEIGHT } from '../../src/search/facets.ts';
import { openHarness, percentile } from '../../src/search/harness.ts';
import { readQueries } from '../../src/search/evaluate.ts';

const CN = '零一二三四五六七八九十';
function numeral(n: number): string {
  if (n < 10) return CN[n]!;
  const [t, o] = [Math.floor(n / 10), n % 10];
  return `${t === 1 ? '' : CN[t]}十${o ? CN[o] : ''}`;
}
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function dirBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0,
    files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

async function generate(count: number, outDir: string) {
  const model = await loadHandbookModel();
  const edition = model.current;
  const sources = edition.regulations.map((regulation) => {
    const body = regulation.source.replace(/^---[\s\S]*?---\n/, '');
    const paragraphs = body
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p && !p.startsWith('#'));
    return { regulation, paragraphs };
  });
  const docs: { url: string; html: string }[] = [];
  for (let i = 0; i < count; i++) {
    const { regulation, paragraphs } = sources[i % sources.length]!;
    const round = Math.floor(i / sources.length);
    const facets = regulationFacets(model, edition, regulation);
    const title =
      round === 0
        ? regulation.data.title
        : `${regulation.data.title.replace(/(制度|办法|规则|规定|制)$/, '')}（第${round + 1}批）实施细则`;
    // Rotate the paragraphs and vary the figures so pages differ while the vocabulary stays real.
    const rotated = paragraphs.map((_, k) => paragraphs[(k + round) % paragraphs.length]!);
    let article = 0,
      clause = 0;
    const body = rotated
      .map((p) => p.replace(/\d+/g, (d) => String(Number(d) + round)))
      .map((p) => {
        const text = p.replace(/^第[一二三四五六七八九十百]+条\u3000/, '');
        if (text !== p || article === 0) {
          article++;
          clause = 1;
          return `<p id="第${numeral(article)}条">第${numeral(article)}条　${esc(text)}</p>`;
        }
        clause++;
        return `<p id="第${numeral(article)}条第${numeral(clause)}款">${esc(text)}</p>`;
      })
      .join('\n');
    const meta = [
      ...Object.entries(facets.filters).map(([k, v]) => `<span data-pagefind-filter="${k}:${esc(v)}"></span>`),
      ...Object.entries(facets.meta).map(([k, v]) => `<span data-pagefind-meta="${k}:${esc(v)}"></span>`),
      `<p>检索词：<span data-pagefind-weight="${WEIGHT.names}">${esc(facets.names.join('、'))}</span>、<span data-pagefind-weight="${WEIGHT.keywords}">${esc(facets.keywords.join('、'))}</span>。</p>`,
    ].join('');
    const url = `/${regulation.chapter}/${regulation.slug}${round ? `-${round}` : ''}/`;
    docs.push({
      url,
      html: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><main data-pagefind-body><h1>${esc(title)}</h1><div hidden>${meta}</div>${body}</main></body></html>`,
    });
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const t0 = performance.now();
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('pagefind.createIndex failed');
  for (const doc of docs) {
    const { errors } = await index.addHTMLFile({ url: doc.url, content: doc.html });
    if (errors.length) throw new Error(errors.join('\n'));
  }
  const { errors } = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (errors.length) throw new Error(errors.join('\n'));
  const indexMs = performance.now() - t0;
  await pagefind.close();
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><html lang="zh-CN"><body></body></html>');
  writeFileSync(join(outDir, '404.html'), '');
  return { indexMs, filters: defaultFilters(edition) };
}

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    dist: { type: 'string' },
    out: { type: 'string', default: '/tmp/zhidu-search-bench' },
    rounds: { type: 'string', default: '5' },
  },
});
const count = Number(values.count);
const root = values.dist ?? values.out!;
let indexMs: number | undefined;
let filters = defaultFilters((await loadHandbookModel()).current);
if (!values.dist) ({ indexMs, filters } = await generate(count, root));
const size = dirBytes(join(root, 'pagefind'));
const queries = readQueries().map((q) => q.query);

const harness = await openHarness(root, '/');
const report: Record<string, number | string> = { pages: values.dist ? 'built site' : count };
try {
  // First query on a fresh page: pagefind.js + wasm + entry + filter/meta chunks + index chunks + fragments.
  const before = await harness.bytesFetched();
  const first = await harness.run(queries[0]!, filters, true);
  report['firstQueryKB'] = +((await harness.bytesFetched()) / 1024).toFixed(1);
  report['firstQueryLoadKB(after init)'] = +(((await harness.bytesFetched()) - before) / 1024).toFixed(1);
  report['firstQueryMs'] = +first.ms.toFixed(1);
  // Each query once, cold for its own index chunks: bytes per query.
  const perQuery: number[] = [];
  for (const q of queries.slice(1)) {
    const b0 = await harness.bytesFetched();
    await harness.run(q, filters, true);
    perQuery.push((await harness.bytesFetched()) - b0);
  }
  report['perQueryKB p50'] = +(percentile(perQuery, 50) / 1024).toFixed(1);
  report['perQueryKB p95'] = +(percentile(perQuery, 95) / 1024).toFixed(1);
  // Warm latency.
  for (const ranked of [false, true]) {
    const ms: number[] = [];
    for (let r = 0; r < Number(values.rounds); r++)
      for (const q of queries) ms.push((await harness.run(q, filters, ranked)).ms);
    const label = ranked ? 'ranked' : 'raw';
    report[`${label} warm p50 ms`] = +percentile(ms, 50).toFixed(2);
    report[`${label} warm p95 ms`] = +percentile(ms, 95).toFixed(2);
  }
} finally {
  await harness.close();
}
if (indexMs !== undefined) report['indexMs'] = Math.round(indexMs);
report['indexKB'] = Math.round(size.bytes / 1024);
report['indexFiles'] = size.files;
console.table(report);
