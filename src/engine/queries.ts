/**
 * Read-only views of a parsed regulation for the site: the popover text of a cited point, the
 * page table of contents, and every problem the engine saw (for the bench and tests).
 */
import type { Entry } from './corpus-index.ts';
import { checkPoint } from './points.ts';
import { pointLabel } from './text.ts';
import type { EngineProblem, ExternalDoc, RegulationTree, ResolvedCitation, TocEntry } from './types.ts';

/** Plain text of the first cited point (label + text), cut to `maxLength`. */
export function excerptOf(rc: ResolvedCitation, entry: Entry | undefined, maxLength: number): string | undefined {
  const cut = (s: string): string => (s.length > maxLength ? `${s.slice(0, maxLength - 1)}…` : s);
  if (rc.target.kind === 'external') return cut(externalExcerpt(rc.target.doc));
  if (rc.target.kind !== 'regulation' || !entry) return undefined;
  const head = `《${entry.input.title}》`;
  const point = rc.refs[0]?.point;
  if (!point || (!point.article && point.section === undefined)) {
    const status = entry.input.status === 'abolished' ? '已废止' : '现行有效';
    return cut(`${head}（${status}${entry.input.docNumber ? `，${entry.input.docNumber}` : ''}）`);
  }
  if (point.section !== undefined) {
    const s = entry.parsed.tree.sections.find((x) => x.number === point.section);
    return s ? cut(`${head}${s.label}${s.title ?? ''}\n${s.text}`) : undefined;
  }
  const chk = checkPoint(entry.parsed.tree, point, false, entry.input.title);
  if (!chk.article) return undefined;
  let body = chk.article.text;
  let label = chk.article.label;
  if (chk.item) {
    label = pointLabel(point);
    body = `${chk.item.label}${chk.item.title ?? ''}${chk.item.text}`;
  } else if (chk.paragraph && chk.article.paragraphs.length > 1) {
    label = pointLabel({ article: point.article ?? { number: chk.article.number }, paragraph: chk.paragraph.index });
    body = [chk.paragraph.text, ...chk.paragraph.items.map((i) => `${i.label}${i.text}`)].filter(Boolean).join('\n');
  }
  return cut(`${head}${label}\n${body}`);
}

function externalExcerpt(d: ExternalDoc): string {
  return `《${d.title}》${[d.issuer, d.year].filter(Boolean).join(' ')}`;
}

/** Page table of contents (divisions, articles, sections), in document order. */
export function tocOf(t: RegulationTree): TocEntry[] {
  const out: TocEntry[] = [];
  const walk = (divs: RegulationTree['divisions'], depth: number): void => {
    for (const d of divs) {
      out.push({ depth, anchor: d.anchor, label: d.label, title: d.title });
      for (const a of d.articles)
        out.push({ depth: depth + 1, anchor: a.anchor, label: a.label, ...(a.title ? { title: a.title } : {}) });
      walk(d.children, depth + 1);
    }
  };
  walk(t.divisions, 1);
  const inDivision = new Set(out.map((x) => x.anchor));
  for (const a of t.articles)
    if (!inDivision.has(a.anchor))
      out.push({ depth: 1, anchor: a.anchor, label: a.label, ...(a.title ? { title: a.title } : {}) });
  for (const s of t.sections)
    out.push({ depth: 1, anchor: s.anchor, label: s.label, ...(s.title ? { title: s.title } : {}) });
  const order = new Map<string, number>();
  for (const d of flattenDivisions(t.divisions)) order.set(d.anchor, d.position.start.offset);
  for (const a of t.articles) order.set(a.anchor, a.position.start.offset);
  for (const s of t.sections) order.set(s.anchor, s.position.start.offset);
  const pos = (anchor: string): number => order.get(anchor) ?? 0;
  return out.sort((x, y) => pos(x.anchor) - pos(y.anchor));
}

function flattenDivisions(list: RegulationTree['divisions']): RegulationTree['divisions'] {
  return list.flatMap((d) => [d, ...flattenDivisions(d.children)]);
}

/** Numbering issues and citation problems of one regulation, located in its file. */
export function problemsOf(e: Entry): EngineProblem[] {
  const base = { regulationId: e.input.id, edition: e.input.edition, filePath: e.input.filePath };
  const out: EngineProblem[] = e.parsed.issues.map((i) => ({
    code: i.code,
    message: i.message,
    ...base,
    position: i.position,
  }));
  for (const rc of e.resolved)
    for (const p of rc.problems)
      out.push({
        code: p.reason,
        message: p.message,
        ...base,
        position: rc.citation.position,
        ...(p.suggestion ? { suggestion: p.suggestion } : {}),
      });
  return out;
}
