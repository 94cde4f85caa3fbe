import { generateCorpus } from './generate-corpus.ts';
const t0 = performance.now();
const c = generateCorpus({ count: 1000 });
console.log('gen ms', (performance.now() - t0).toFixed(0), 'chars', c.chars, 'files', c.files.length);
const regs = c.files.filter(f => f.path.startsWith('content/regulations/'));
const bodies = regs.map(f => f.content.replace(/^---[\s\S]*?\n---\n/, '').length);
console.log('avg body', bodies.reduce((a, b) => a + b, 0) / bodies.length, 'min', Math.min(...bodies), 'max', Math.max(...bodies));
