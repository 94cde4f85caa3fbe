/**
 * Resolution of one citation: which regulation (or external document) it names, whether each
 * cited point exists there, the anchor to link to, and the problems found on the way.
 */
import type { EditionIndex, Entry, ExternalIndex } from './corpus-index.ts';
import { suggestName } from './corpus-index.ts';
import { linkTargetId } from './links.ts';
import { formatNumeral } from './numerals.ts';
import { checkPoint, comparePoints, rangeEndLabel } from './points.ts';
import { pointLabel, titleKey } from './text.ts';
import type {
  ArticleNo,
  Citation,
  CitationProblem,
  CitationRef,
  CitationStatus,
  CitationTarget,
  ProblemReason,
  RegulationInput,
  RegulationTarget,
  RegulationTree,
  ResolvedCitation,
  ResolvedRef,
} from './types.ts';

/** Where a citation is made from (for `Corpus.resolve`). */
export interface CitingRegulation {
  id: string;
  edition: string;
  /** Structure of the citing regulation, if it is not (or not yet) in the corpus. */
  tree?: RegulationTree;
  status?: RegulationInput['status'];
}

/** The document a citation names, as far as it could be found. */
interface Located {
  target: CitationTarget;
  reg?: Entry | undefined;
  tree?: RegulationTree | undefined;
}

export class Resolver {
  private readonly editions: ReadonlyMap<string, EditionIndex>;
  private readonly externals: ExternalIndex;

  constructor(editions: ReadonlyMap<string, EditionIndex>, externals: ExternalIndex) {
    this.editions = editions;
    this.externals = externals;
  }

  resolve(c: Citation, from: CitingRegulation): ResolvedCitation {
    const ed = this.editions.get(from.edition);
    const fromEntry = ed?.byId.get(from.id);
    const fromTree = from.tree ?? fromEntry?.parsed.tree;
    const fromStatus = from.status ?? fromEntry?.input.status;
    const problems: CitationProblem[] = [];
    const located = this.locate(c, from, ed, fromEntry, fromTree, problems);
    if (c.docNumberNonStandard)
      problems.push({ reason: 'doc-number-format', message: problemMessage('doc-number-format', c) });
    let target = located.target;
    const refs: ResolvedRef[] = [];
    const tree = located.reg?.parsed.tree ?? located.tree;
    if (tree) {
      const reg = located.reg;
      target = regulationTarget(reg, from, fromStatus);
      const points = pointsOf(c, problems);
      const selfRef = target.self;
      for (const p of points) refs.push(checkRef(tree, p, selfRef, target.title, problems));
      if (reg && !target.self && reg.input.status === 'abolished' && fromStatus !== 'abolished' && !c.repealContext)
        problems.push(abolishedProblem(reg, ed));
    }
    const rc: ResolvedCitation = {
      citation: c,
      fromId: from.id,
      edition: from.edition,
      target,
      refs,
      status: statusOf(target, problems),
      problems,
    };
    const anchor = refs.find((r) => r.anchor)?.anchor;
    if (anchor) rc.anchor = anchor;
    return rc;
  }

  private locate(
    c: Citation,
    from: CitingRegulation,
    ed: EditionIndex | undefined,
    fromEntry: Entry | undefined,
    fromTree: RegulationTree | undefined,
    problems: CitationProblem[],
  ): Located {
    const unresolved: CitationTarget = { kind: 'unresolved' };
    switch (c.kind) {
      case 'title':
        return this.locateTitle(c, ed, problems);
      case 'link': {
        const t = linkTargetId(c.href ?? '', from.id);
        const reg = t ? ed?.byId.get(t.id) : undefined;
        const tree = !reg && t?.id === from.id ? fromTree : undefined;
        if (!reg && !tree && t?.isMd)
          problems.push({ reason: 'unknown-link-target', message: problemMessage('unknown-link-target', c) });
        return { target: unresolved, reg, tree };
      }
      case 'doc-number': {
        const reg = ed?.byDoc.get(c.docNumber ?? '');
        if (reg) return { target: unresolved, reg };
        const ext = this.externals.byDoc.get(c.docNumber ?? '');
        if (ext) return { target: { kind: 'external', doc: ext } };
        problems.push({ reason: 'unknown-doc-number', message: problemMessage('unknown-doc-number', c) });
        return { target: unresolved };
      }
      default:
        return { target: unresolved, reg: fromEntry, tree: fromEntry ? undefined : fromTree };
    }
  }

  private locateTitle(c: Citation, ed: EditionIndex | undefined, problems: CitationProblem[]): Located {
    const title = c.title ?? '';
    const reg = ed?.byTitle.get(titleKey(title));
    let target: CitationTarget = { kind: 'unresolved' };
    if (!reg) {
      const ext = this.externals.byTitle.get(titleKey(title));
      if (ext) target = { kind: 'external', doc: ext };
      else {
        const s = suggestName(title, [...(ed?.names ?? []), ...this.externals.names]);
        problems.push({
          reason: 'unknown-title',
          message: problemMessage('unknown-title', c, s ? `；是否应为《${s}》？` : ''),
          ...(s ? { suggestion: s } : {}),
        });
      }
    }
    if (reg && c.docNumber && !reg.docKeys.has(c.docNumber)) {
      const byDoc = ed?.byDoc.get(c.docNumber);
      problems.push({
        reason: 'doc-number-mismatch',
        message: `文号${c.docNumber}不是《${reg.input.title}》的文号${byDoc ? `，而是《${byDoc.input.title}》的` : ''}`,
      });
    }
    return { target, reg };
  }
}

function regulationTarget(
  reg: Entry | undefined,
  from: CitingRegulation,
  fromStatus: RegulationInput['status'] | undefined,
): RegulationTarget {
  const id = reg?.input.id ?? from.id;
  const rt: RegulationTarget = {
    kind: 'regulation',
    id,
    edition: from.edition,
    title: reg?.input.title ?? '',
    status: reg?.input.status ?? fromStatus ?? 'new',
    self: id === from.id,
  };
  if (reg?.replacedById) rt.replacedBy = reg.replacedById;
  return rt;
}

/** The points a citation names, with 本条/前款 made absolute from where the citation stands. */
function pointsOf(c: Citation, problems: CitationProblem[]): CitationRef[] {
  if (c.kind !== 'this-article' && c.kind !== 'preceding') return c.refs;
  const art = c.context.articleNo;
  if (!art) {
    problems.push({ reason: 'not-in-article', message: problemMessage('not-in-article', c) });
    return [];
  }
  if (c.kind === 'this-article') return c.refs.map((r) => inArticle(r, art));
  return precedingPoints(c, art, problems);
}

function inArticle(r: CitationRef, art: ArticleNo, paragraph?: number): CitationRef {
  const fill = <T extends CitationRef | NonNullable<CitationRef['to']>>(p: T): T =>
    paragraph === undefined ? { ...p, article: p.article ?? art } : { ...p, article: art, paragraph };
  const p = fill(r);
  if (r.to) p.to = fill(r.to);
  return p;
}

/** 前款 / 前两款 / 前款第（一）项 from the citing 款. */
function precedingPoints(c: Citation, art: ArticleNo, problems: CitationProblem[]): CitationRef[] {
  const k = c.context.paragraph ?? 1;
  const n = c.preceding ?? 1;
  if (k - n < 1) {
    problems.push({
      reason: 'relative-out-of-range',
      message: `“${c.text}”出现在${c.context.article ?? ''}第${formatNumeral(k)}款，前面${k === 1 ? '没有其他款' : `只有${formatNumeral(k - 1)}款`}`,
    });
    return [];
  }
  const base: CitationRef = { article: art, paragraph: k - n, text: c.text };
  if (n > 1) return [{ ...base, to: { article: art, paragraph: k - 1 } }];
  // 前款第（一）项、第（三）项 / 前款第（二）项至第（五）项
  if (c.refs.length) return c.refs.map((r) => inArticle(r, art, k - 1));
  return [base];
}

function checkRef(
  tree: RegulationTree,
  p: CitationRef,
  selfRef: boolean,
  title: string,
  problems: CitationProblem[],
): ResolvedRef {
  const chk = checkPoint(tree, p, selfRef, title);
  let exists = chk.exists;
  let label = pointLabel(p);
  if (chk.problem) problems.push({ ...chk.problem, ref: p.text });
  if (p.to) {
    const chk2 = checkPoint(tree, p.to, selfRef, title);
    label = `${label}至${rangeEndLabel(p, p.to)}`;
    if (chk2.problem) problems.push({ ...chk2.problem, ref: p.text });
    exists = exists && chk2.exists;
    if (comparePoints(p, p.to) >= 0 && !(p.to.article === undefined && p.to.paragraph === undefined))
      problems.push({ reason: 'invalid-range', message: `范围“${p.text}”的起止顺序不对`, ref: p.text });
  }
  const { text: _text, to, ...point } = p;
  const rr: ResolvedRef = { label, exists, point };
  if (to) rr.to = to;
  if (chk.anchor) rr.anchor = chk.anchor;
  return rr;
}

function abolishedProblem(reg: Entry, ed: EditionIndex | undefined): CitationProblem {
  const rep = reg.replacedById ? ed?.byId.get(reg.replacedById) : undefined;
  return {
    reason: 'cites-abolished',
    message: `《${reg.input.title}》已废止${rep ? `，已被《${rep.input.title}》取代` : ''}，不应作为现行依据引用`,
    ...(rep ? { suggestion: rep.input.title } : {}),
  };
}

/** Problems that do not make a link wrong: it still lands on the cited point. */
const HARMLESS: ReadonlySet<ProblemReason> = new Set(['cites-abolished', 'doc-number-format']);

function statusOf(target: CitationTarget, problems: readonly CitationProblem[]): CitationStatus {
  if (target.kind === 'external') return 'external';
  if (target.kind === 'unresolved') return 'unresolved';
  if (problems.some((p) => !HARMLESS.has(p.reason))) return 'broken';
  if (target.status === 'abolished' && !target.self) return 'abolished';
  return 'ok';
}

function problemMessage(reason: ProblemReason, c: Citation, extra = ''): string {
  switch (reason) {
    case 'unknown-title':
      return `《${c.title ?? ''}》不是本汇编的制度，也未列入 external.yml${extra}`;
    case 'unknown-doc-number':
      return `文号${c.docNumber ?? c.text}不属于本汇编任何制度的现行或历史文号`;
    case 'unknown-link-target':
      return `链接 ${c.href ?? ''} 指向的制度不存在`;
    case 'doc-number-format':
      return `文号${c.docNumberRaw ?? c.text}应使用六角括号〔〕，序号不编虚位（标准写法：${c.docNumber ?? ''}）`;
    case 'not-in-article':
      return `“${c.text}”不在任何一条之内，无法确定所指`;
    default:
      return extra;
  }
}
