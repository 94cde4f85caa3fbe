import { loadContent } from './load-content.ts';
import { buildCorpus } from '../../src/engine/index.ts';
const { inputs, externals } = loadContent('/tmp/zhidu-1000');
const t0 = performance.now();
const c = buildCorpus(inputs, externals);
console.log(c.stats, (performance.now() - t0).toFixed(0));
const f = c.findings();
const by = new Map<string, number>();
for (const x of f) by.set(x.code, (by.get(x.code) ?? 0) + 1);
console.log(by);
for (const x of f.slice(0, 15)) console.log(x.severity, `${x.filePath}:${x.line}:${x.column}`, x.code, x.message);
let cites = 0, st = new Map<string, number>();
for (const r of c.regulations('current')) for (const rc of c.citations(r.input.id)) { cites++; st.set(rc.status + ':' + rc.citation.kind, (st.get(rc.status + ':' + rc.citation.kind) ?? 0) + 1); }
console.log(cites, st);
