import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { readFileSync } from 'node:fs';
import { loadContent } from './load-content.ts';
import { buildCorpus } from '../../src/engine/index.ts';
import remarkRegulation from '../../src/plugins/remark-regulation.ts';
const { inputs, externals } = loadContent('/work/main');
const corpus = buildCorpus(inputs, externals);
const id = process.argv[2] ?? 'xiaoneng-duche/xiaoneng-wenze';
const path = `/work/main/content/regulations/${id}.md`;
const src = readFileSync(path, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
const p = unified().use(remarkParse).use(remarkGfm).use(remarkSmartypants).use(remarkRegulation, {
  getCorpus: () => corpus,
  regulationIdForPath: (abs: string) => abs.includes('/content/regulations/') ? { id: abs.split('/content/regulations/')[1]!.replace(/\.md$/, ''), edition: 'current' } : undefined,
  hrefFor: (tid: string, _e: string, anchor?: string) => `/${tid}/${anchor ? '#' + anchor : ''}`,
}).use(remarkRehype).use(rehypeStringify);
const f = new VFile({ path, value: src });
const out = String(await p.process(f));
console.log(out);
console.log(f.messages.map(m=>m.reason));
