/**
 * Resolution of one citation: which regulation (or external document) it names, whether each
 * cited point exists there, the anchor to link to, and the problems found on the way.
 */
import type { EditionIndex, Entry, ExternalIndex } from './corpus-index.ts';
import { DEFAULT_EDITION, findByName, suggestName } from './corpus-index.ts';
import { amendedName } from './amended-name.ts';
import { amendmentPoints, pointsOf } from './cited-points.ts';
import { linkTargetId } from './links.ts';
import { NAME_BOUNDARY } from './name-words.ts';
import { checkPoint, comparePoints, rangeEndLabel } from './points.ts';
import { pointLabel } from './text.ts';
import type {
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
  /** Points found while locating (an attachment named by its title). */
  points?: CitationRef[];
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
    const found = this.locate(c, from, ed, fromEntry, fromTree, problems);
    const amended = found.reg && fromEntry ? amendedEntry(ed, fromEntry) === found.reg : false;
    // an amendment that renumbers the document it amends cites the numbers of the version before it
    const located: Located = amended && fromEntry?.parsed.renumbering && namesPoints(c) ? UNRESOLVED : found;
    if (c.docNumberNonStandard)
      problems.push({ reason: 'doc-number-format', message: problemMessage('doc-number-format', c) });
    let target = located.target;
    const refs: ResolvedRef[] = [];
    const tree = located.reg?.parsed.tree ?? located.tree;
    const points = tree ? (located.points ?? amendmentPoints(located.reg, pointsOf(c, tree, problems))) : undefined;
    if (tree && points) {
      const reg = located.reg;
      target = regulationTarget(reg, from, fromStatus);
      const selfRef = target.self;
      for (const p of points) refs.push(checkRef(tree, p, selfRef, target.title, problems));
      // a point the amendment names that the amended text (another version) lacks: text, not a problem
      if (amended && problems.some((p) => MISSING_POINT.has(p.reason) || p.reason === 'relative-out-of-range'))
        return this.unlinked(
          c,
          from,
          problems.filter((p) => p.reason === 'doc-number-format'),
        );
      if (reg && !target.self && points.length > 0 && revisedSince(reg, fromEntry))
        if (!this.canTellVersion(reg, fromEntry))
          return this.unlinked(c, from, [
            ...problems.filter((p) => !MISSING_POINT.has(p.reason)),
            staleProblem(reg, fromEntry),
          ]);
      if (reg && !target.self) markStale(reg, fromEntry, problems);
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

  /**
   * Whether the handbook can tell what the citation meant: a frozen edition holds the cited document as it stood
   * when the citing one was last changed, or holds both (an edition is checked and published as a whole, so a
   * citation in it means the cited text of that edition). The yearly cycle then follows every renumbering since.
   * Without either (texts just imported), nothing tells which version a citation of a later-revised document meant.
   */
  private canTellVersion(reg: Entry, from: Entry | undefined): boolean {
    const citingSince = from?.input.lastRevised;
    if (!from || !citingSince) return false;
    for (const [key, edition] of this.editions) {
      if (key === DEFAULT_EDITION) continue;
      const held = edition.byId.get(reg.input.id);
      if (!held) continue;
      if (edition.byId.has(from.input.id)) return true;
      if (held.input.lastRevised && held.input.lastRevised <= citingSince) return true;
    }
    return false;
  }

  /** The citation stays text. */
  private unlinked(c: Citation, from: CitingRegulation, problems: CitationProblem[]): ResolvedCitation {
    const target: CitationTarget = { kind: 'unresolved' };
    return {
      citation: c,
      fromId: from.id,
      edition: from.edition,
      target,
      refs: [],
      status: statusOf(target, problems),
      problems,
    };
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
        return this.locateTitle(c, ed, problems, fromEntry);
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
      case 'named':
        return this.locateNamed(c, ed, problems);
      default: {
        if (fromEntry && amendedName(fromEntry.input.title) !== undefined) return this.locateAmended(c, ed, fromEntry);
        // 第X条 in a text that has no 条 (a table of another law's articles): not this document's
        const ownTree = fromEntry?.parsed.tree ?? fromTree;
        if (ARTICLE_KINDS.has(c.kind) && ownTree && ownTree.articles.length === 0) return { target: unresolved };
        return { target: unresolved, reg: fromEntry, tree: fromEntry ? undefined : fromTree };
      }
    }
  }

  /**
   * 公务员法第五十九条: the longest known name that ends the text before 第X条 and starts after a
   * word boundary (依照, 和, 的…), so 劳动合同法 never resolves to 合同法. Unknown: no link, a problem.
   */
  private locateNamed(c: Citation, ed: EditionIndex | undefined, problems: CitationProblem[]): Located {
    if (c.definedAs !== undefined) return this.locateDefined(c, c.definedAs, ed, problems);
    const run = c.name ?? '';
    for (let i = 0; i < run.length - 1; i++) {
      if (i > 0 && !NAME_BOUNDARY.test(run.slice(0, i))) continue;
      const name = run.slice(i);
      const reg = ed ? findByName(ed.byTitle, name) : undefined;
      if (reg) return { target: { kind: 'unresolved' }, reg };
      const ext = findByName(this.externals.byTitle, name);
      if (ext) return { target: { kind: 'external', doc: ext } };
    }
    const name = run.replace(NAME_BEFORE, '');
    problems.push({
      reason: 'unknown-name',
      message: `“${name}”不是本汇编的制度，也未列入 external.yml，“${name}${c.text}”无法链接`,
    });
    return { target: { kind: 'unresolved' } };
  }

  /** 税收征管法第八条 after （以下简称税收征管法）: the document of that definition, or text and a problem. */
  private locateDefined(c: Citation, full: string, ed: EditionIndex | undefined, problems: CitationProblem[]): Located {
    const reg = ed ? findByName(ed.byTitle, full) : undefined;
    if (reg) return { target: { kind: 'unresolved' }, reg };
    const ext = findByName(this.externals.byTitle, full);
    if (ext) return { target: { kind: 'external', doc: ext } };
    const name = (c.name ?? '').replace(NAME_BEFORE, '');
    problems.push({
      reason: 'unknown-name',
      message: `“${name}”是本文对《${full}》的简称，该文件不是本汇编的制度，也未列入 external.yml，“${name}${c.text}”无法链接`,
    });
    return { target: { kind: 'unresolved' } };
  }

  /**
   * In an amendment (刑法修正案（九）, 关于修改《…》的决定) 第X条 and 本法第X条 name the amended
   * document; 前款 / 本条 only inside its quoted new text, which says which article it is.
   */
  private locateAmended(c: Citation, ed: EditionIndex | undefined, from: Entry): Located {
    const unresolved: Located = { target: { kind: 'unresolved' } };
    const relative = c.kind !== 'bare' && c.kind !== 'self';
    if (relative && !(c.context.quoted && c.context.articleNo)) return unresolved;
    const name = amendedName(from.input.title) ?? '';
    const reg = ed ? findByName(ed.byTitle, name) : undefined;
    if (reg && reg !== from) return { target: unresolved.target, reg };
    const ext = findByName(this.externals.byTitle, name);
    return ext ? { target: { kind: 'external', doc: ext } } : unresolved;
  }

  private locateTitle(
    c: Citation,
    ed: EditionIndex | undefined,
    problems: CitationProblem[],
    fromEntry?: Entry,
  ): Located {
    const title = c.title ?? '';
    const reg = ed ? findByName(ed.byTitle, title) : undefined;
    let target: CitationTarget = { kind: 'unresolved' };
    // 1993年发布的《…实施细则》同时废止: an earlier text under this document's own title
    if (reg && reg === fromEntry && c.repealContext) return { target };
    // 本法所附《环境保护税税目税额表》: the citing document's own attachment
    const own = !reg && fromEntry ? ownAttachment(fromEntry.parsed.tree, title) : undefined;
    if (own && fromEntry) return { target, reg: fromEntry, points: [{ attachment: own, text: c.text }] };
    if (!reg) {
      const ext = findByName(this.externals.byTitle, title);
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
/** Whether `reg`'s text was revised after the citing document was last changed (its numbers may have moved since). */
function revisedSince(reg: Entry, from: Entry | undefined): boolean {
  const revised = reg.input.lastTextChange;
  const citingSince = from?.input.lastRevised;
  return Boolean(revised && citingSince && revised > citingSince);
}

/**
 * A point missing from a document revised after the citing one was last changed is probably an
 * article number of the earlier version: a warning to check, not an error.
 */
function markStale(reg: Entry, from: Entry | undefined, problems: CitationProblem[]): void {
  const revised = reg.input.lastRevised;
  const citingSince = from?.input.lastRevised;
  if (!revised || !citingSince || revised <= citingSince) return;
  for (const p of problems) {
    if (!MISSING_POINT.has(p.reason)) continue;
    p.reason = 'possibly-stale';
    p.message = `${p.message}；《${reg.input.title}》在本制度最近一次修改（${citingSince}）之后修订过（${revised}），所引条文编号可能是修订前的，请核对`;
  }
}

/**
 * A point of a document revised after the citing one was last changed may be a number of the earlier version:
 * whether or not the current text has a point of that number, the link could land on another provision, so
 * the citation stays text with a warning to check it.
 */
function staleProblem(reg: Entry, from: Entry | undefined): CitationProblem {
  return {
    reason: 'possibly-stale',
    message: `《${reg.input.title}》在本制度最近一次修改（${from?.input.lastRevised}）之后修订过（${reg.input.lastTextChange}），所引条文编号可能是修订前的，未加链接，请核对`,
  };
}

const MISSING_POINT: ReadonlySet<ProblemReason> = new Set([
  'missing-article',
  'missing-paragraph',
  'missing-item',
  'missing-subitem',
]);

/** Anchor of the attachment of `tree` whose title is `title`. */
function ownAttachment(tree: RegulationTree, title: string): string | undefined {
  return tree.attachments.find((a) => a.title === title)?.anchor;
}
const UNRESOLVED: Located = { target: { kind: 'unresolved' } };

/** The document an amendment amends, if it is in the handbook (and is not the amendment itself). */
function amendedEntry(ed: EditionIndex | undefined, from: Entry): Entry | undefined {
  const name = amendedName(from.input.title);
  const reg = name !== undefined && ed ? findByName(ed.byTitle, name) : undefined;
  return reg === from ? undefined : reg;
}

/** Whether a citation names points of a document (第X条, 前款, 本条第二款), not only the document. */
function namesPoints(c: Citation): boolean {
  return c.refs.length > 0 || c.kind === 'preceding' || c.kind === 'relative' || c.kind === 'this-article';
}

/** Self citations that name articles (本条/前款/附件 do not reach here without an article). */
const ARTICLE_KINDS: ReadonlySet<Citation['kind']> = new Set(['bare', 'self']);

/** Everything up to the last connector word: what is left is the name as the reader sees it. */
const NAME_BEFORE =
  /^.*(?:依照|根据|按照|依据|参照|违反|适用|对照|符合|属于|删去|履行|办理|执行|实施|遵守|修改|以及|或者|和|及|与|并|将|[)）])/;

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
    default:
      return extra;
  }
}
