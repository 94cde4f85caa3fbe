/**
 * ZD501–ZD503: a citation written against the previous edition's numbering, whose article has
 * since moved, been deleted or been rewritten. Only citations that predate the change are judged:
 * the same citation was already in the citing file in the previous edition, and the citing file
 * has not been rewritten after the cited regulation was revised. A citation written this year is
 * taken to mean the numbering it sees.
 */
import { articleLabel, type Corpus, type ResolvedCitation } from '../../engine/index.ts';
import { articleFates, isRenumbered, type ArticleFate } from '../../editions/renumbering.ts';
import { unitsOfTree, comparisonText } from '../../editions/units.ts';
import { finding, type Finding, type TextEdit } from '../finding.ts';
import { applyEdits } from '../text-edit.ts';

export interface ImpactContext {
  /** Edition being edited (`current`). */
  edition: string;
  /** The edition before it (its key in the corpus), which the citations were written against. */
  previousEdition: string | undefined;
  /** The citing regulation's text was rewritten after the cited regulation's revision. */
  writtenAfter: (fromId: string, toId: string) => boolean;
  /**
   * The edition was issued (adopted as a whole) after the cited regulation's revision: every
   * citation whose number is still right was reviewed then, so a changed article is no longer news.
   */
  issuedAfter: (toId: string) => boolean;
}

/** Relative citations (本条第二款, 前款) follow their article wherever it goes. */
const RELATIVE = new Set(['this-article', 'preceding']);

const clip = (text: string, max = 80) => {
  const flat = text.replace(/\s+/gu, ' ');
  return flat.length > max ? `${flat.slice(0, max)}……` : flat;
};

function fatesFor(corpus: Corpus, context: ImpactContext, id: string): Map<string, ArticleFate> | undefined {
  const old = context.previousEdition ? corpus.get(id, context.previousEdition) : undefined;
  const now = corpus.get(id, context.edition);
  if (!old || !now) return undefined;
  const before = unitsOfTree(old.tree);
  const after = unitsOfTree(now.tree);
  return comparisonText(before) === comparisonText(after) ? undefined : articleFates(before, after);
}

/** Citations of the previous edition's version of a file, counted by text, target and lead-in. */
function earlierCitations(corpus: Corpus, context: ImpactContext, id: string): Map<string, number> {
  const counts = new Map<string, number>();
  const old = context.previousEdition ? corpus.get(id, context.previousEdition) : undefined;
  if (!old || !context.previousEdition) return counts;
  for (const resolved of corpus.citations(id, context.previousEdition)) {
    const key = citationKey(old.input.source, resolved);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** How many characters before a citation identify it (请假审批依照《…》第三条 ≠ 请假期满依照《…》第三条). */
const LEAD_IN = 12;

/** The same citation in two versions of a file: same words, same target, same words leading to it. */
function citationKey(source: string, resolved: ResolvedCitation): string | undefined {
  if (resolved.target.kind !== 'regulation') return undefined;
  const start = resolved.citation.position.start.offset;
  const lead = source
    .slice(Math.max(0, start - LEAD_IN), start)
    .split('\n')
    .at(-1);
  return `${lead}\u0000${resolved.citation.text}\u0000${resolved.target.id}`;
}

/** The edit that renumbers one article label inside the citation, when it is unambiguous. */
function renumberEdit(source: string, resolved: ResolvedCitation, from: string, to: string): TextEdit | undefined {
  const { citation } = resolved;
  const { start, end } = citation.position;
  if (citation.kind === 'link' || source.slice(start.offset, end.offset) !== citation.text) return undefined;
  const at = citation.text.indexOf(from);
  if (at < 0 || citation.text.indexOf(from, at + 1) >= 0) return undefined;
  return { start: start.offset + at, end: start.offset + at + from.length, text: to };
}

type Fates = (id: string) => Map<string, ArticleFate> | undefined;

const lookups = new WeakMap<Corpus, WeakMap<ImpactContext, Fates>>();

/**
 * The fates of a regulation's articles, computed once per corpus and context: aligning two texts is
 * the costliest step here, and the impact rule and every `followRenumbering` ask about the same
 * cited regulations.
 */
function fatesLookup(corpus: Corpus, context: ImpactContext): Fates {
  const byContext = lookups.get(corpus) ?? new WeakMap<ImpactContext, Fates>();
  lookups.set(corpus, byContext);
  let lookup = byContext.get(context);
  if (!lookup) {
    lookup = newFatesLookup(corpus, context);
    byContext.set(context, lookup);
  }
  return lookup;
}

function newFatesLookup(corpus: Corpus, context: ImpactContext): Fates {
  const fates = new Map<string, Map<string, ArticleFate> | undefined>();
  return (id) => {
    if (!fates.has(id)) fates.set(id, fatesFor(corpus, context, id));
    return fates.get(id);
  };
}

/**
 * The previous edition's text of `id` with its citations renumbered as the cited regulations were
 * (what `--fix` makes of it). A file whose text differs from the previous edition only by these
 * edits has not been revised: updating a cross-reference after another rule's renumbering is not a
 * revision of the citing rule.
 */
export function followRenumbering(corpus: Corpus, context: ImpactContext, id: string): string | undefined {
  const old = context.previousEdition ? corpus.get(id, context.previousEdition) : undefined;
  if (!old || !context.previousEdition) return undefined;
  const fatesOf = fatesLookup(corpus, context);
  const edits: TextEdit[] = [];
  for (const resolved of corpus.citations(id, context.previousEdition)) {
    if (resolved.target.kind !== 'regulation' || RELATIVE.has(resolved.citation.kind)) continue;
    const articles = fatesOf(resolved.target.id);
    for (const ref of resolved.citation.refs) {
      const fate = ref.article && !ref.to ? articles?.get(articleLabel(ref.article)) : undefined;
      if (!fate || !isRenumbered(fate) || fate.newAnchors.length !== 1) continue;
      const edit = renumberEdit(old.input.source, resolved, fate.oldAnchor, fate.newAnchors[0]!);
      if (edit) edits.push(edit);
    }
  }
  return edits.length > 0 ? applyEdits(old.input.source, edits) : undefined;
}

export function checkImpact(corpus: Corpus, context: ImpactContext): Finding[] {
  if (!context.previousEdition) return [];
  const out: Finding[] = [];
  const fatesOf = fatesLookup(corpus, context);
  for (const citing of corpus.regulations(context.edition)) {
    if (citing.input.status === 'abolished') continue;
    const earlier = earlierCitations(corpus, context, citing.input.id);
    const seen = new Map<string, number>();
    for (const resolved of corpus.citations(citing.input.id, context.edition)) {
      const key = citationKey(citing.input.source, resolved);
      if (!key || resolved.target.kind !== 'regulation' || RELATIVE.has(resolved.citation.kind)) continue;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      if ((earlier.get(key) ?? 0) < occurrence) continue;
      const target = resolved.target;
      if (!target.self && context.writtenAfter(citing.input.id, target.id)) continue;
      const articles = fatesOf(target.id);
      if (!articles) continue;
      for (const ref of resolved.citation.refs) {
        if (!ref.article || ref.to) continue;
        const fate = articles.get(articleLabel(ref.article));
        if (!fate) continue;
        // The same hands revised the article and its own references to it; an issued edition was reviewed.
        const reviewed = target.self || context.issuedAfter(target.id);
        out.push(...judge(citing.input.source, citing.input.filePath, resolved, fate, reviewed));
      }
    }
  }
  return out;
}

function judge(
  source: string,
  file: string,
  resolved: ResolvedCitation,
  fate: ArticleFate,
  contentReviewed: boolean,
): Finding[] {
  const { citation } = resolved;
  const title = resolved.target.kind === 'regulation' ? resolved.target.title : '';
  const at = { file, line: citation.position.start.line, column: citation.position.start.column };
  const whose = resolved.target.kind === 'regulation' && resolved.target.self ? '本制度' : `《${title}》`;
  const old = fate.oldAnchor;
  if (fate.newAnchors.length === 0) {
    return [
      finding('ZD503', {
        ...at,
        message: `“${citation.text}”引用的${whose}原${old}已在修订中删除，这处引用现在指向别的条文或不存在的条文`,
        hint: `原${old}：${clip(fate.oldText)}\n    请改为引用现在规定这一内容的条文，或删除这处引用。`,
      }),
    ];
  }
  const now = fate.newAnchors.join('、');
  if (isRenumbered(fate)) {
    const edit = fate.newAnchors.length === 1 ? renumberEdit(source, resolved, old, fate.newAnchors[0]!) : undefined;
    return [
      finding('ZD501', {
        ...at,
        message: `“${citation.text}”：${whose}修订后条文重新编号，原${old}现为${now}`,
        hint:
          (edit
            ? `改为“${citation.text.replace(old, edit.text)}”；运行 npm run check -- --fix 可自动改正。`
            : `改为引用${now}。`) +
          (fate.textChanged
            ? `\n    该条内容也有变化：\n    原${old}：${clip(fate.oldText)}\n    现${now}：${clip(fate.newText)}`
            : ''),
        fix: edit,
      }),
    ];
  }
  if (!fate.textChanged || contentReviewed) return [];
  return [
    finding('ZD502', {
      ...at,
      message: `“${citation.text}”引用的${whose}${old}修订后内容有变化，请核对这处引用是否仍然准确`,
      hint: `原${old}：${clip(fate.oldText)}\n    现${now}：${clip(fate.newText)}\n    引用仍然准确的，不需要修改。`,
    }),
  ];
}
