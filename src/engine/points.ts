/**
 * Whether a cited point (条/款/项/目, 编/章/节, section) exists in a regulation's tree, and the
 * anchor to link to; ranges and their labels.
 */
import { formatNumeral } from './numerals.ts';
import { selfWord } from './self.ts';
import { pointLabel } from './text.ts';
import type { Article, Item, Paragraph, ProblemReason, RefPoint, RegulationTree } from './types.ts';

function findArticle(tree: RegulationTree, number: number, sub: number | undefined): Article | undefined {
  for (const a of tree.articles) if (a.number === number && (a.sub ?? 0) === (sub ?? 0)) return a;
  return undefined;
}

export interface PointCheck {
  exists: boolean;
  anchor?: string;
  problem?: { reason: ProblemReason; message: string };
  article?: Article;
  paragraph?: Paragraph;
  item?: Item;
}

/** Check that a point exists in a regulation and compute its anchor. */
export function checkPoint(tree: RegulationTree, p: RefPoint, selfRef: boolean, title: string): PointCheck {
  const where = selfRef ? selfWord(title) : `《${title}》`;
  if (p.division !== undefined) return checkDivision(tree, p, where);
  if (p.section !== undefined) return checkSection(tree, p, where);
  if (p.attachment !== undefined) {
    const att = tree.attachments.find((a) => a.anchor === p.attachment);
    return att ? { exists: true, anchor: att.anchor } : { exists: false };
  }
  if (!p.article) return { exists: true };
  const a = findArticle(tree, p.article.number, p.article.sub);
  if (!a) return missingArticle(tree, p, selfRef, where);
  const res: PointCheck = { exists: true, anchor: a.anchor, article: a };
  if (p.paragraph !== undefined) {
    const para = a.paragraphs[p.paragraph - 1];
    if (!para)
      return missing(
        res,
        'missing-paragraph',
        `${where}${a.label}只有${formatNumeral(a.paragraphs.length)}款，没有第${formatNumeral(p.paragraph)}款`,
      );
    res.paragraph = para;
    if (para.anchor) res.anchor = para.anchor;
  }
  if (p.item === undefined) return res;
  const item = findItem(a, res, p.item);
  if (!item) {
    const at = pointLabel({ article: p.article, ...(p.paragraph ? { paragraph: p.paragraph } : {}) });
    return missing(res, 'missing-item', `${where}${at}没有第（${formatNumeral(p.item)}）项`);
  }
  res.item = item;
  if (item.anchor) res.anchor = item.anchor;
  return checkSubitem(res, item, p, where);
}

/**
 * The cited 目 of a 项, if one is cited. The link lands on the 项 that holds it: the site does not
 * render 目 anchors (Subitem.anchor) as ids yet.
 */
function checkSubitem(res: PointCheck, item: Item, p: RefPoint, where: string): PointCheck {
  if (p.subitem === undefined) return res;
  if (!item.subitems.some((s) => s.number === p.subitem))
    return missing(res, 'missing-subitem', `${where}${pointLabel(p)}不存在`);
  return res;
}

/** The 项 numbered `n` in the cited 款, or in any 款 of the article (the anchor follows its 款). */
function findItem(a: Article, res: PointCheck, n: number): Item | undefined {
  for (const q of res.paragraph ? [res.paragraph] : a.paragraphs) {
    const item = q.items.find((i) => i.number === n);
    if (!item) continue;
    if (!res.paragraph && q.anchor) res.anchor = q.anchor;
    return item;
  }
  return undefined;
}

function missing(found: PointCheck, reason: ProblemReason, message: string): PointCheck {
  const out: PointCheck = { exists: false, problem: { reason, message } };
  if (found.article) out.article = found.article;
  if (found.anchor) out.anchor = found.anchor;
  return out;
}

function checkDivision(tree: RegulationTree, p: RefPoint, where: string): PointCheck {
  const found = (list: RegulationTree['divisions']): boolean =>
    list.some((d) => d.anchor === p.division || found(d.children));
  return found(tree.divisions)
    ? { exists: true, anchor: p.division as string }
    : { exists: false, problem: { reason: 'missing-anchor', message: `${where}没有${pointLabel(p)}` } };
}

function checkSection(tree: RegulationTree, p: RefPoint, where: string): PointCheck {
  const n = p.section as number;
  const s = tree.sections.find((x) => x.number === n);
  if (!s)
    return { exists: false, problem: { reason: 'missing-anchor', message: `${where}没有第${formatNumeral(n)}部分` } };
  const res: PointCheck = { exists: true, anchor: s.anchor };
  if (p.item === undefined) return res;
  const item = s.items.find((i) => i.number === p.item);
  if (!item)
    return missing(res, 'missing-item', `${where}第${formatNumeral(n)}部分没有第（${formatNumeral(p.item)}）项`);
  res.item = item;
  if (item.anchor) res.anchor = item.anchor;
  return checkSubitem(res, item, p, where);
}

function missingArticle(tree: RegulationTree, p: RefPoint, selfRef: boolean, where: string): PointCheck {
  const no = p.article as NonNullable<RefPoint['article']>;
  const last = tree.articles.reduce((m, x) => Math.max(m, x.number), 0);
  if (selfRef && no.number > last)
    return {
      exists: false,
      problem: {
        reason: 'beyond-last-article',
        message: `引用了${where}${pointLabel(p)}，但${where}${last ? `最后一条是第${formatNumeral(last)}条` : '不分条'}`,
      },
    };
  return {
    exists: false,
    problem: { reason: 'missing-article', message: `${where}没有${pointLabel({ article: no })}` },
  };
}

/** Label of a range end without the levels it shares with the start (第三条第一款至第二款). */
export function rangeEndLabel(from: RefPoint, to: RefPoint): string {
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

export function comparePoints(a: RefPoint, b: RefPoint): number {
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
