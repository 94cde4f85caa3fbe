/**
 * The points a citation names, made absolute: 本条 / 前款 / 前条 / 下条 / 本款 / 前项 from where
 * the citation stands, 第X条 of an amendment written as 一、二、 as its parts.
 */
import type { Entry } from './corpus-index.ts';
import { amendedName } from './amended-name.ts';
import { formatNumeral } from './numerals.ts';
import type { Article, ArticleNo, Citation, CitationProblem, CitationRef, RegulationTree } from './types.ts';

/**
 * The points a citation names, with 本条/前款/前条 made absolute from where the citation stands;
 * undefined when that cannot be said with certainty (the citation then stays text).
 */
export function pointsOf(c: Citation, tree: RegulationTree, problems: CitationProblem[]): CitationRef[] | undefined {
  if (c.kind === 'relative') return relativePoints(c, tree, problems);
  if (c.kind === 'attachment')
    return tree.attachments.some((a) => a.anchor === c.refs[0]?.attachment) ? c.refs : undefined;
  if (c.kind !== 'this-article' && c.kind !== 'preceding') return c.refs;
  const art = c.context.articleNo;
  if (!art) {
    problems.push({ reason: 'not-in-article', message: `“${c.text}”不在任何一条之内，无法确定所指` });
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

/** 前条 / 前两条 / 下条 / 本款第X项 / 前项, with the finer points written after them. */
function relativePoints(c: Citation, tree: RegulationTree, problems: CitationProblem[]): CitationRef[] | undefined {
  const rel = c.relative;
  const art = c.context.articleNo;
  if (!rel || !art) return undefined;
  const refs = c.refs.length ? c.refs : [{ text: c.text }];
  if (rel.level === 'paragraph') {
    const k = c.context.paragraph;
    return k === undefined ? undefined : refs.map((r) => ({ ...r, article: art, paragraph: k }));
  }
  if (rel.level === 'item') {
    const { paragraph, item } = c.context;
    if (paragraph === undefined || item === undefined) return undefined;
    if (item + rel.offset < 1)
      return outOfRange(c, problems, `${c.context.article ?? ''}第（${formatNumeral(item)}）项之前没有其他项`);
    const first: CitationRef = { article: art, paragraph, item: item + rel.offset, text: c.text };
    return [rel.count > 1 ? { ...first, to: { article: art, paragraph, item: item - 1 } } : first];
  }
  const index = tree.articles.findIndex((a) => a.number === art.number && (a.sub ?? 0) === (art.sub ?? 0));
  const target = tree.articles[index + rel.offset];
  if (index < 0) return undefined;
  if (!target)
    return outOfRange(
      c,
      problems,
      `${c.context.article ?? ''}${rel.offset < 0 ? '之前' : '之后'}没有${rel.count > 1 ? `${formatNumeral(rel.count)}条` : '条文'}`,
    );
  const no = articleNo(target);
  if (rel.count > 1)
    return [{ article: no, to: { article: articleNo(tree.articles[index - 1] as Article) }, text: c.text }];
  return refs.map((r) => ({ ...r, article: no }));
}

function articleNo(a: Article): ArticleNo {
  return a.sub !== undefined ? { number: a.number, sub: a.sub } : { number: a.number };
}

function outOfRange(c: Citation, problems: CitationProblem[], why: string): CitationRef[] {
  problems.push({ reason: 'relative-out-of-range', message: `“${c.text}”：${why}` });
  return [];
}

/**
 * An amendment written as 一、二、… calls those parts its 条 (《刑法修正案（九）》第七条 is its 七、):
 * land on the part; finer points inside it are not numbered in the text.
 */
export function amendmentPoints(reg: Entry | undefined, points: CitationRef[] | undefined): CitationRef[] | undefined {
  const tree = reg?.parsed.tree;
  if (!points || !reg || !tree || tree.articles.length || !tree.sections.length) return points;
  if (amendedName(reg.input.title) === undefined) return points;
  return points.map((p) => (p.article ? { section: p.article.number, text: p.text } : p));
}
