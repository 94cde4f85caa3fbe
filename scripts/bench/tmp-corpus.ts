import { loadContent } from './load-content.ts';
import { buildCorpus } from '../../src/engine/index.ts';
const { inputs, externals } = loadContent('tests/fixtures/engine/corpus-basic');
const c = buildCorpus(inputs, externals);
for (const r of c.regulations()) {
  console.log('==', r.input.edition, r.input.id);
  for (const rc of c.citations(r.input.id, r.input.edition)) console.log('  ', rc.citation.kind, rc.citation.text, '|', rc.status, rc.target.kind === 'regulation' ? rc.target.id : rc.target.kind === 'external' ? 'EXT:' + rc.target.doc.title : '-', '|', rc.refs.map(x => `${x.label}:${x.anchor}:${x.exists}`).join(','), '|', rc.problems.map(p => p.reason + (p.suggestion ? '→' + p.suggestion : '')).join(','));
  for (const b of c.backlinks(r.input.id, r.input.edition)) console.log('  <-', b.fromId, b.fromAnchor, b.toLabels, b.toAnchors, b.text);
}
for (const f of c.findings()) console.log(f.severity, `${f.filePath}:${f.line}:${f.column}`, f.code, f.message, f.suggestion ?? '');
console.log(c.toc('kaoqin/jiguan-kaoqin'));
