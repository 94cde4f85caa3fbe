import { readFileSync } from 'node:fs';
import { parseRegulation } from '../../src/engine/index.ts';
const name = process.argv[2]!;
const src = readFileSync(`tests/fixtures/engine/${name}/input.md`, 'utf8');
const p = parseRegulation({ id: 't/' + name, filePath: name, edition: 'current', title: 't', status: 'new', source: src });
const t = p.tree;
console.log('style', t.style);
const dv = (ds: typeof t.divisions, ind: string): void => { for (const d of ds) { console.log(ind + 'DIV', d.anchor, d.title, d.heading, d.position.start.line, 'arts:', d.articles.map(a => a.anchor).join(',')); dv(d.children, ind + '  '); } };
dv(t.divisions, '');
for (const a of t.articles.slice(0, 12)) {
  console.log('ART', a.anchor, a.label, a.bold, a.title ?? '', `${a.labelPosition.start.line}:${a.labelPosition.start.column}-${a.labelPosition.end.column}`, 'div', a.division);
  for (const q of a.paragraphs) { console.log('   款', q.index, q.anchor ?? '', JSON.stringify(q.text)); for (const i of q.items) { console.log('      项', i.label, i.number, i.style, JSON.stringify(i.text), i.position.start.line); for (const s of i.subitems) console.log('         目', s.label, s.number, JSON.stringify(s.text)); } }
}
if (t.articles.length > 12) console.log('... articles', t.articles.length);
for (const s of t.sections) { console.log('SEC', s.anchor, s.label, s.title, s.heading, s.position.start.line); for (const q of s.paragraphs) console.log('   P', q.index, JSON.stringify(q.text)); for (const i of s.items) { console.log('   项', i.label, i.style, JSON.stringify(i.text)); for (const x of i.subitems) console.log('      目', x.label, JSON.stringify(x.text)); } }
for (const q of t.preamble) console.log('PRE', JSON.stringify(q.text), q.items.map(i => i.label));
for (const i of p.issues) console.log('ISSUE', i.code, i.found, i.expected ?? '', i.context ?? '', `${i.position.start.line}:${i.position.start.column}`, i.message);
for (const c of p.citations.slice(0, 40)) console.log('CIT', c.kind, JSON.stringify(c.text), JSON.stringify(c.refs.map(({ text, ...r }) => r)), JSON.stringify(c.context), `${c.position.start.line}:${c.position.start.column}-${c.position.end.line}:${c.position.end.column}`, c.title ?? '', c.docNumber ?? '', c.docNumberNonStandard ? 'NONSTD' : '', c.preceding ?? '', c.repealContext ? 'REPEAL' : '', c.inLink ? 'INLINK' : '', c.href ?? '');
console.log('citations', p.citations.length);
