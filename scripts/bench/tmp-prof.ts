import { loadContent } from './load-content.ts';
import { buildCorpus, parseMarkdown } from '../../src/engine/index.ts';
const { inputs, externals } = loadContent('/tmp/zhidu-1000');
const cur = inputs.filter(i => i.edition === 'current');
for (let r = 0; r < 3; r++) {
  const t = performance.now();
  const c = buildCorpus(cur, externals);
  console.log('corpus', (performance.now() - t).toFixed(0), c.stats.parseMs.toFixed(0), c.stats.resolveMs.toFixed(0), process.memoryUsage().heapUsed / 1e6 | 0);
}
for (let r = 0; r < 2; r++) {
  const t = performance.now();
  for (const i of cur) parseMarkdown(i.source);
  console.log('md only', (performance.now() - t).toFixed(0));
}
