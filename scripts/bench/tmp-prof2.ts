import { loadContent } from './load-content.ts';
import { buildCorpus } from '../../src/engine/index.ts';
const { inputs, externals } = loadContent('/tmp/zhidu-1000');
for (let r = 0; r < 3; r++) {
  const t = performance.now();
  const c = buildCorpus(inputs, externals);
  console.log('all', inputs.length, (performance.now() - t).toFixed(0), c.stats.parseMs.toFixed(0), c.stats.resolveMs.toFixed(0), process.memoryUsage().heapUsed / 1e6 | 0);
}
