/**
 * The corpus: every regulation of every edition parsed once, indexed by title,
 * short title, alias and 文号, with all citations resolved and backlinks built.
 */
import { formatNumeral } from './numerals.ts';
import { parseRegulation } from './parse.ts';
import { docNumberKey, editDistance, pointLabel, titleKey } from './text.ts';
import type {
  Article,
  ArticleNo,
  Backlink,
  Citation,
  CitationProblem,
  CitationRef,
  CitationStatus,
  CitationTarget,
  ExternalDoc,
  Finding,
  FindingCode,
  Item,
  Paragraph,
  ParsedRegulation,
  ProblemReason,
  RefPoint,
  RegulationInput,
  RegulationTree,
  ResolvedCitation,
  ResolvedRef,
  Severity,
  TocEntry,
} from './types.ts';

export const DEFAULT_EDITION = 'current';

export interface CorpusOptions {
  /** A corpus built earlier in this process: regulations with unchanged source are not re-parsed. */
  previous?: Corpus | undefined;
}

/** Where a citation is made from (for `Corpus.resolve`). */
export interface CitingRegulation {
  id: string;
  edition: string;
  /** Structure of the citing regulation, if it is not (or not yet) in the corpus. */
  tree?: RegulationTree;
  status?: RegulationInput['status'];
}

export interface CorpusStats {
  regulations: number;
  chars: number;
  citations: number;
  parseMs: number;
  resolveMs: number;
}

export interface Corpus {
  /** Edition keys present (`current`, `2025`, …). */
  readonly editions: readonly string[];
  readonly externals: readonly ExternalDoc[];
  readonly stats: CorpusStats;
  /** Regulations of one edition (or of all editions), in input order. */
  regulations(edition?: string): readonly ParsedRegulation[];
  get(id: string, edition?: string): ParsedRegulation | undefined;
  /** By title, short title or alias (quotes, full-width forms and spaces normalised). */
  findByTitle(title: string, edition?: string): ParsedRegulation | undefined;
  /** By current or history 文号 (bracket variants normalised). */
  findByDocNumber(docNumber: string, edition?: string): ParsedRegulation | undefined;
  findExternal(title: string): ExternalDoc | undefined;
  /** Citations made by a regulation, resolved. */
  citations(id: string, edition?: string): readonly ResolvedCitation[];
  /** Who cites this regulation (other regulations of the same edition), in corpus order. */
  backlinks(id: string, edition?: string): readonly Backlink[];
  /** Resolve one citation (used by the remark plugin on the tree Astro parsed). */
  resolve(citation: Citation, from: CitingRegulation): ResolvedCitation;
  /** Plain text of the first cited point, for popovers (label + text, cut to maxLength). */
  excerpt(resolved: ResolvedCitation, maxLength?: number): string | undefined;
  /** Page table of contents (divisions, articles, sections). */
  toc(id: string, edition?: string): TocEntry[];
  /** Everything the validator should report: numbering, citations, names. */
  findings(): Finding[];
}

interface Entry {
  parsed: ParsedRegulation;
  input: RegulationInput;
  names: string[];
  docKeys: Set<string>;
  resolved: ResolvedCitation[];
  backlinks: Backlink[];
  replacedById?: string;
}

interface EditionIndex {
  entries: Entry[];
  byId: Map<string, Entry>;
  byTitle: Map<string, Entry>;
  byDoc: Map<string, Entry>;
  /** Display names (for suggestions). */
  names: string[];
}

const SEVERITY: Record<FindingCode, Severity> = {
  'unknown-title': 'error',
  'unknown-doc-number': 'warning',
  'unknown-link-target': 'error',
  'missing-article': 'error',
  'missing-paragraph': 'error',
  'missing-item': 'error',
  'missing-subitem': 'error',
  'missing-anchor': 'error',
  'beyond-last-article': 'error',
  'relative-out-of-range': 'error',
  'not-in-article': 'error',
  'invalid-range': 'error',
  'cites-abolished': 'error',
  'doc-number-mismatch': 'error',
  'doc-number-format': 'warning',
  'duplicate-name': 'error',
  'duplicate-doc-number': 'warning',
  'unknown-replaced-by': 'error',
  'division-gap': 'error',
  'division-duplicate': 'error',
  'division-order': 'error',
  'article-gap': 'error',
  'article-duplicate': 'error',
  'article-order': 'error',
  'item-gap': 'error',
  'item-duplicate': 'error',
  'item-order': 'error',
  'subitem-gap': 'error',
  'subitem-duplicate': 'error',
  'subitem-order': 'error',
  'section-gap': 'error',
  'section-duplicate': 'error',
  'section-order': 'error',
};

/** Severity the engine suggests for a finding code. */
export function severityOf(code: FindingCode): Severity {
  return SEVERITY[code];
}

const SELF_KINDS = new Set(['self', 'this-article', 'preceding', 'bare']);

function findArticle(tree: RegulationTree, number: number, sub: number | undefined): Article | undefined {
  for (const a of tree.articles) if (a.number === number && (a.sub ?? 0) === (sub ?? 0)) return a;
  return undefined;
}

interface PointCheck {
  exists: boolean;
  anchor?: string;
  problem?: { reason: ProblemReason; message: string };
  article?: Article;
  paragraph?: Paragraph;
  item?: Item;
}

const SELF_WORDS = [
  '实施细则',
  '实施办法',
  '办法',
  '制度',
  '规定',
  '规则',
  '细则',
  '条例',
  '准则',
  '意见',
  '规范',
  '方案',
];

/** How a regulation calls itself: 本办法, 本制度 (also for titles ending in 制), 本规定… */
export function selfWord(title: string): string {
  for (const w of SELF_WORDS) if (title.endsWith(w)) return `本${w}`;
  return '本制度';
}

/** Check that a point exists in a regulation and compute its anchor. */
function checkPoint(tree: RegulationTree, p: RefPoint, selfRef: boolean, title: string): PointCheck {
  const label = pointLabel(p);
  const where = selfRef ? selfWord(title) : `《${title}》`;
  if (p.division !== undefined) {
    const found = (list: RegulationTree['divisions']): boolean =>
      list.some((d) => d.anchor === p.division || found(d.children));
    return found(tree.divisions)
      ? { exists: true, anchor: p.division }
      : { exists: false, problem: { reason: 'missing-anchor', message: `${where}没有${label}` } };
  }
  if (p.section !== undefined) {
    const s = tree.sections.find((x) => x.number === p.section);
    return s
      ? { exists: true, anchor: s.anchor }
      : {
          exists: false,
          problem: { reason: 'missing-anchor', message: `${where}没有第${formatNumeral(p.section)}部分` },
        };
  }
  if (!p.article) return { exists: true };
  const a = findArticle(tree, p.article.number, p.article.sub);
  if (!a) {
    const last = tree.articles.reduce((m, x) => Math.max(m, x.number), 0);
    if (selfRef && p.article.number > last)
      return {
        exists: false,
        problem: {
          reason: 'beyond-last-article',
          message: `引用了${where}${label}，但${where}${last ? `最后一条是第${formatNumeral(last)}条` : '不分条'}`,
        },
      };
    return {
      exists: false,
      problem: { reason: 'missing-article', message: `${where}没有${pointLabel({ article: p.article })}` },
    };
  }
  const res: PointCheck = { exists: true, anchor: a.anchor, article: a };
  let para: Paragraph | undefined;
  if (p.paragraph !== undefined) {
    para = a.paragraphs[p.paragraph - 1];
    if (!para)
      return {
        exists: false,
        article: a,
        anchor: a.anchor,
        problem: {
          reason: 'missing-paragraph',
          message: `${where}${a.label}只有${formatNumeral(a.paragraphs.length)}款，没有第${formatNumeral(p.paragraph)}款`,
        },
      };
    res.paragraph = para;
    if (para.anchor) res.anchor = para.anchor;
  }
  if (p.item !== undefined) {
    let item: Item | undefined;
    const scope = para ? [para] : a.paragraphs;
    for (const q of scope) {
      item = q.items.find((i) => i.number === p.item);
      if (item) {
        if (!para && q.anchor) res.anchor = q.anchor;
        break;
      }
    }
    if (!item)
      return {
        exists: false,
        article: a,
        ...(res.anchor ? { anchor: res.anchor } : {}),
        problem: {
          reason: 'missing-item',
          message: `${where}${pointLabel({ article: p.article, ...(p.paragraph ? { paragraph: p.paragraph } : {}) })}没有第（${formatNumeral(p.item)}）项`,
        },
      };
    res.item = item;
    if (p.subitem !== undefined && !item.subitems.some((s) => s.number === p.subitem))
      return {
        exists: false,
        article: a,
        ...(res.anchor ? { anchor: res.anchor } : {}),
        problem: { reason: 'missing-subitem', message: `${where}${label}不存在` },
      };
  }
  return res;
}

/** Label of a range end without the levels it shares with the start (第三条第一款至第二款). */
function rangeEndLabel(from: RefPoint, to: RefPoint): string {
  const rest: RefPoint = { ...to };
  if (
    from.article &&
    to.article &&
    from.article.number === to.article.number &&
    (from.article.sub ?? 0) === (to.article.sub ?? 0)
  ) {
    if (to.paragraph !== undefined || to.item !== undefined) {
      delete rest.article;
      if (from.paragraph === to.paragraph && to.item !== undefined) delete rest.paragraph;
    }
  }
  return pointLabel(rest);
}

function comparePoints(a: RefPoint, b: RefPoint): number {
  const an = a.article,
    bn = b.article;
  if (an && bn) {
    const d = an.number - bn.number || (an.sub ?? 0) - (bn.sub ?? 0);
    if (d) return d;
  }
  return (
    (a.paragraph ?? 0) - (b.paragraph ?? 0) || (a.item ?? 0) - (b.item ?? 0) || (a.subitem ?? 0) - (b.subitem ?? 0)
  );
}

/** Regulation id a Markdown link points to, relative to the citing id. */
export function linkTargetId(href: string, fromId: string): { id: string; isMd: boolean } | undefined {
  let path = href.split('#')[0]?.split('?')[0] ?? '';
  try {
    path = decodeURIComponent(path);
  } catch {
    /* keep */
  }
  if (path === '') return { id: fromId, isMd: true };
  const isMd = /\.mdx?$/i.test(path);
  path = path
    .replace(/\.mdx?$/i, '')
    .replace(/\/index$/i, '')
    .replace(/\.html$/i, '');
  let segs: string[];
  if (path.startsWith('/')) segs = path.split('/').filter(Boolean);
  else {
    segs = fromId.split('/').slice(0, -1);
    for (const s of path.split('/')) {
      if (s === '' || s === '.') continue;
      if (s === '..') segs.pop();
      else segs.push(s);
    }
  }
  if (segs.length < 1) return undefined;
  return { id: segs.slice(-2).join('/'), isMd };
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

interface Suggestion {
  name: string;
  d: number;
}

/** Build the corpus. Citations resolve within the same edition only. */
export function buildCorpus(
  inputs: readonly RegulationInput[],
  externals: readonly ExternalDoc[] = [],
  options: CorpusOptions = {},
): Corpus {
  const t0 = performance.now();
  const editions = new Map<string, EditionIndex>();
  const all: Entry[] = [];
  let chars = 0;
  const prev = options.previous;

  for (const input of inputs) {
    chars += input.source.length;
    const old = prev?.get(input.id, input.edition);
    const parsed: ParsedRegulation =
      old && old.input.source === input.source
        ? { input, tree: old.tree, citations: old.citations, issues: old.issues }
        : parseRegulation(input);
    const names = [input.title, input.shortTitle, ...(input.aliases ?? [])].filter((x): x is string => !!x);
    const docKeys = new Set<string>();
    for (const d of [input.docNumber, ...(input.historyDocNumbers ?? [])]) if (d) docKeys.add(docNumberKey(d));
    const entry: Entry = { parsed, input, names, docKeys, resolved: [], backlinks: [] };
    let ed = editions.get(input.edition);
    if (!ed) {
      ed = { entries: [], byId: new Map(), byTitle: new Map(), byDoc: new Map(), names: [] };
      editions.set(input.edition, ed);
    }
    ed.entries.push(entry);
    ed.byId.set(input.id, entry);
    all.push(entry);
  }
  const t1 = performance.now();

  const corpusFindings: Finding[] = [];
  const fileFinding = (e: Entry, code: FindingCode, message: string, suggestion?: string): void => {
    corpusFindings.push({
      code,
      severity: SEVERITY[code],
      message,
      regulationId: e.input.id,
      edition: e.input.edition,
      filePath: e.input.filePath,
      line: 1,
      column: 1,
      ...(suggestion ? { suggestion } : {}),
    });
  };

  for (const ed of editions.values()) {
    for (const e of ed.entries) {
      for (const n of e.names) {
        const k = titleKey(n);
        const other = ed.byTitle.get(k);
        if (other && other !== e)
          fileFinding(e, 'duplicate-name', `名称“${n}”与《${other.input.title}》（${other.input.filePath}）重复`);
        else {
          ed.byTitle.set(k, e);
          ed.names.push(n);
        }
      }
      for (const k of e.docKeys) {
        const other = ed.byDoc.get(k);
        if (!other) ed.byDoc.set(k, e);
        else if (other !== e) {
          // one document may enact one regulation and abolish another; a 文号 is the
          // CURRENT number of at most one regulation, which wins the lookup
          const cur = (x: Entry): boolean => !!x.input.docNumber && docNumberKey(x.input.docNumber) === k;
          if (cur(e) && cur(other))
            fileFinding(e, 'duplicate-doc-number', `文号${k}也是《${other.input.title}》的现行文号`);
          else if (cur(e)) ed.byDoc.set(k, e);
        }
      }
    }
    for (const e of ed.entries) {
      const r = e.input.replacedBy;
      if (!r) continue;
      const target = ed.byId.get(r) ?? ed.entries.find((x) => x.input.id.endsWith(`/${r}`));
      if (target) e.replacedById = target.input.id;
      else fileFinding(e, 'unknown-replaced-by', `replacedBy: ${r} 不是本版本中的制度`);
    }
  }

  const extByTitle = new Map<string, ExternalDoc>();
  const extByDoc = new Map<string, ExternalDoc>();
  const extNames: string[] = [];
  for (const x of externals) {
    for (const n of [x.title, ...(x.aliases ?? [])]) {
      extByTitle.set(titleKey(n), x);
      extNames.push(n);
    }
    if (x.docNumber) extByDoc.set(docNumberKey(x.docNumber), x);
  }

  const suggest = (title: string, ed: EditionIndex | undefined): string | undefined => {
    const key = titleKey(title);
    let best: Suggestion | undefined;
    const max = Math.max(2, Math.floor(key.length * 0.4));
    for (const n of [...(ed?.names ?? []), ...extNames]) {
      const nk = titleKey(n);
      let d = editDistance(key, nk, max);
      // containment (考勤制度 ↔ 机关考勤制度) counts as close
      if (d > max && (nk.includes(key) || key.includes(nk)) && Math.min(nk.length, key.length) >= 3) d = max;
      if (d <= max && (!best || d < best.d)) best = { name: n, d };
    }
    return best?.name;
  };

  const resolve = (c: Citation, from: CitingRegulation): ResolvedCitation => {
    const ed = editions.get(from.edition);
    const fromEntry = ed?.byId.get(from.id);
    const fromTree = from.tree ?? fromEntry?.parsed.tree;
    const fromStatus = from.status ?? fromEntry?.input.status;
    const problems: CitationProblem[] = [];
    let target: CitationTarget = { kind: 'unresolved' };
    let reg: Entry | undefined;
    let tree: RegulationTree | undefined;

    switch (c.kind) {
      case 'title': {
        reg = ed?.byTitle.get(titleKey(c.title ?? ''));
        if (!reg) {
          const ext = extByTitle.get(titleKey(c.title ?? ''));
          if (ext) target = { kind: 'external', doc: ext };
          else {
            const s = suggest(c.title ?? '', ed);
            problems.push({
              reason: 'unknown-title',
              message: problemMessage('unknown-title', c, s ? `；是否应为《${s}》？` : ''),
              ...(s ? { suggestion: s } : {}),
            });
          }
        }
        if (c.docNumber) {
          const byDoc = ed?.byDoc.get(c.docNumber);
          if (reg && !reg.docKeys.has(c.docNumber))
            problems.push({
              reason: 'doc-number-mismatch',
              message: `文号${c.docNumber}不是《${reg.input.title}》的文号${byDoc ? `，而是《${byDoc.input.title}》的` : ''}`,
            });
        }
        break;
      }
      case 'link': {
        const t = linkTargetId(c.href ?? '', from.id);
        reg = t ? ed?.byId.get(t.id) : undefined;
        if (!reg && t?.id === from.id && fromTree) tree = fromTree;
        if (!reg && !tree && t?.isMd)
          problems.push({ reason: 'unknown-link-target', message: problemMessage('unknown-link-target', c) });
        break;
      }
      case 'doc-number': {
        reg = ed?.byDoc.get(c.docNumber ?? '');
        if (!reg) {
          const ext = extByDoc.get(c.docNumber ?? '');
          if (ext) target = { kind: 'external', doc: ext };
          else problems.push({ reason: 'unknown-doc-number', message: problemMessage('unknown-doc-number', c) });
        }
        break;
      }
      default:
        reg = fromEntry;
        if (!reg) tree = fromTree;
    }
    if (c.docNumberNonStandard)
      problems.push({ reason: 'doc-number-format', message: problemMessage('doc-number-format', c) });

    const refs: ResolvedRef[] = [];
    if (reg) tree = reg.parsed.tree;
    if (tree) {
      const id = reg?.input.id ?? from.id;
      const isSelf = id === from.id;
      const title = reg?.input.title ?? '';
      const rt: CitationTarget = {
        kind: 'regulation',
        id,
        edition: from.edition,
        title,
        status: reg?.input.status ?? fromStatus ?? 'new',
        self: isSelf,
      };
      if (reg?.replacedById) rt.replacedBy = reg.replacedById;
      target = rt;

      // points to check
      let points: CitationRef[] = c.refs;
      const ctx = c.context;
      if (c.kind === 'this-article' || c.kind === 'preceding') {
        if (!ctx.articleNo) {
          problems.push({ reason: 'not-in-article', message: problemMessage('not-in-article', c) });
          points = [];
        } else if (c.kind === 'this-article') {
          const art = ctx.articleNo;
          points = c.refs.map((r) => {
            const p: CitationRef = { ...r, article: r.article ?? art };
            if (r.to) p.to = { ...r.to, article: r.to.article ?? art };
            return p;
          });
        } else {
          const k = ctx.paragraph ?? 1;
          const n = c.preceding ?? 1;
          if (k - n < 1) {
            problems.push({
              reason: 'relative-out-of-range',
              message: `“${c.text}”出现在${ctx.article ?? ''}第${formatNumeral(k)}款，前面${k === 1 ? '没有其他款' : `只有${formatNumeral(k - 1)}款`}`,
            });
            points = [];
          } else {
            const base: CitationRef = { article: ctx.articleNo, paragraph: k - n, text: c.text };
            if (n > 1) {
              base.to = { article: ctx.articleNo, paragraph: k - 1 };
              points = [base];
            } else if (c.refs.length) {
              // 前款第（一）项、第（三）项 / 前款第（二）项至第（五）项
              points = c.refs.map((r) => {
                const p: CitationRef = { ...r, article: ctx.articleNo as ArticleNo, paragraph: k - 1 };
                if (r.to) p.to = { ...r.to, article: ctx.articleNo as ArticleNo, paragraph: k - 1 };
                return p;
              });
            } else points = [base];
          }
        }
      }

      const selfRef = isSelf && SELF_KINDS.has(c.kind);
      for (const p of points) {
        const chk = checkPoint(tree, p, selfRef || isSelf, title);
        let exists = chk.exists;
        let label = pointLabel(p);
        if (chk.problem) problems.push({ ...chk.problem, ref: p.text });
        if (p.to) {
          const chk2 = checkPoint(tree, p.to, selfRef || isSelf, title);
          label = `${label}至${rangeEndLabel(p, p.to)}`;
          if (chk2.problem) problems.push({ ...chk2.problem, ref: p.text });
          exists = exists && chk2.exists;
          if (comparePoints(p, p.to) >= 0 && !(p.to.article === undefined && p.to.paragraph === undefined)) {
            problems.push({ reason: 'invalid-range', message: `范围“${p.text}”的起止顺序不对`, ref: p.text });
          }
        }
        const { text: _text, to, ...from } = p;
        const rr: ResolvedRef = { label, exists, point: from };
        if (to) rr.to = to;
        if (chk.anchor) rr.anchor = chk.anchor;
        refs.push(rr);
      }

      if (reg && !isSelf && reg.input.status === 'abolished' && fromStatus !== 'abolished' && !c.repealContext) {
        const rep = reg.replacedById ? ed?.byId.get(reg.replacedById) : undefined;
        problems.push({
          reason: 'cites-abolished',
          message: `《${reg.input.title}》已废止${rep ? `，已被《${rep.input.title}》取代` : ''}，不应作为现行依据引用`,
          ...(rep ? { suggestion: rep.input.title } : {}),
        });
      }
    }

    let status: CitationStatus;
    if (target.kind === 'external') status = 'external';
    else if (target.kind === 'unresolved') status = 'unresolved';
    else if (problems.some((p) => p.reason !== 'cites-abolished' && p.reason !== 'doc-number-format'))
      status = 'broken';
    else if (target.status === 'abolished' && !target.self) status = 'abolished';
    else status = 'ok';

    const rc: ResolvedCitation = {
      citation: c,
      fromId: from.id,
      edition: from.edition,
      target,
      refs,
      status,
      problems,
    };
    const anchor = refs.find((r) => r.anchor)?.anchor;
    if (anchor) rc.anchor = anchor;
    return rc;
  };

  let citationCount = 0;
  for (const e of all) {
    const from: CitingRegulation = { id: e.input.id, edition: e.input.edition };
    for (const c of e.parsed.citations) {
      const rc = resolve(c, from);
      e.resolved.push(rc);
      citationCount++;
      if (rc.target.kind === 'regulation' && !rc.target.self) {
        const target = editions.get(e.input.edition)?.byId.get(rc.target.id);
        if (!target) continue;
        const bl: Backlink = {
          fromId: e.input.id,
          fromTitle: e.input.title,
          fromStatus: e.input.status,
          fromFilePath: e.input.filePath,
          toLabels: rc.refs.map((r) => r.label),
          toAnchors: rc.refs.map((r) => (r.exists ? r.anchor : undefined)),
          text: c.text,
          position: c.position,
        };
        const fa = c.context.article ?? c.context.section;
        if (fa) bl.fromAnchor = fa;
        target.backlinks.push(bl);
      }
    }
  }
  const t2 = performance.now();

  const editionKeys = [...editions.keys()];
  const entryOf = (id: string, edition = DEFAULT_EDITION): Entry | undefined => editions.get(edition)?.byId.get(id);

  const excerpt = (rc: ResolvedCitation, maxLength = 240): string | undefined => {
    const cut = (s: string): string => (s.length > maxLength ? `${s.slice(0, maxLength - 1)}…` : s);
    if (rc.target.kind === 'external') {
      const d = rc.target.doc;
      return cut(`《${d.title}》${[d.issuer, d.year].filter(Boolean).join(' ')}`);
    }
    if (rc.target.kind !== 'regulation') return undefined;
    const e = entryOf(rc.target.id, rc.edition);
    if (!e) return undefined;
    const head = `《${e.input.title}》`;
    const point = rc.refs[0]?.point;
    if (!point || (!point.article && point.section === undefined)) {
      const status = e.input.status === 'abolished' ? '已废止' : '现行有效';
      return cut(`${head}（${status}${e.input.docNumber ? `，${e.input.docNumber}` : ''}）`);
    }
    if (point.section !== undefined) {
      const s = e.parsed.tree.sections.find((x) => x.number === point.section);
      return s ? cut(`${head}${s.label}${s.title ?? ''}\n${s.text}`) : undefined;
    }
    const chk = checkPoint(e.parsed.tree, point, false, e.input.title);
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
  };

  const toc = (id: string, edition = DEFAULT_EDITION): TocEntry[] => {
    const e = entryOf(id, edition);
    if (!e) return [];
    const out: TocEntry[] = [];
    const t = e.parsed.tree;
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
    // keep document order
    const order = new Map<string, number>();
    const pos = (anchor: string): number => order.get(anchor) ?? 0;
    for (const d of flattenDivisions(t.divisions)) order.set(d.anchor, d.position.start.offset);
    for (const a of t.articles) order.set(a.anchor, a.position.start.offset);
    for (const s of t.sections) order.set(s.anchor, s.position.start.offset);
    return out.sort((x, y) => pos(x.anchor) - pos(y.anchor));
  };

  const findings = (): Finding[] => {
    const out: Finding[] = [...corpusFindings];
    for (const e of all) {
      const base = { regulationId: e.input.id, edition: e.input.edition, filePath: e.input.filePath };
      for (const i of e.parsed.issues)
        out.push({
          code: i.code,
          severity: SEVERITY[i.code],
          message: i.message,
          ...base,
          line: i.position.start.line,
          column: i.position.start.column,
          endLine: i.position.end.line,
          endColumn: i.position.end.column,
        });
      for (const rc of e.resolved)
        for (const p of rc.problems)
          out.push({
            code: p.reason,
            severity: SEVERITY[p.reason],
            message: p.message,
            ...base,
            line: rc.citation.position.start.line,
            column: rc.citation.position.start.column,
            endLine: rc.citation.position.end.line,
            endColumn: rc.citation.position.end.column,
            ...(p.suggestion ? { suggestion: p.suggestion } : {}),
          });
    }
    return out;
  };

  return {
    editions: editionKeys,
    externals,
    stats: { regulations: all.length, chars, citations: citationCount, parseMs: t1 - t0, resolveMs: t2 - t1 },
    regulations: (edition) =>
      (edition === undefined ? all : (editions.get(edition)?.entries ?? [])).map((e) => e.parsed),
    get: (id, edition) => entryOf(id, edition)?.parsed,
    findByTitle: (title, edition = DEFAULT_EDITION) => editions.get(edition)?.byTitle.get(titleKey(title))?.parsed,
    findByDocNumber: (doc, edition = DEFAULT_EDITION) => editions.get(edition)?.byDoc.get(docNumberKey(doc))?.parsed,
    findExternal: (title) => extByTitle.get(titleKey(title)),
    citations: (id, edition) => entryOf(id, edition)?.resolved ?? [],
    backlinks: (id, edition) => entryOf(id, edition)?.backlinks ?? [],
    resolve,
    excerpt,
    toc,
    findings,
  };
}

function flattenDivisions(list: RegulationTree['divisions']): RegulationTree['divisions'] {
  return list.flatMap((d) => [d, ...flattenDivisions(d.children)]);
}

/**
 * Memoise a corpus for the process: `load` runs once, on first use.
 * `invalidate()` makes the next call rebuild (re-parsing only changed files).
 */
export function memoizeCorpus(load: () => { inputs: readonly RegulationInput[]; externals?: readonly ExternalDoc[] }): {
  get(): Corpus;
  invalidate(): void;
} {
  let corpus: Corpus | undefined;
  let stale: Corpus | undefined;
  return {
    get() {
      if (!corpus) {
        const { inputs, externals } = load();
        corpus = buildCorpus(inputs, externals ?? [], { previous: stale });
        stale = undefined;
      }
      return corpus;
    },
    invalidate() {
      stale = corpus ?? stale;
      corpus = undefined;
    },
  };
}
