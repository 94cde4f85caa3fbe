/**
 * What became of each article of the previous edition (the alignment of the comparison pages):
 * kept, renumbered, changed, split, merged or deleted. The validator uses it to tell a citation
 * written against the old numbering where its article went; the PR summary to describe a
 * renumbering in one sentence.
 */
import { compareTexts, type ComparisonRow } from './compare.ts';
import type { RegulationText } from './units.ts';

export interface ArticleFate {
  /** Anchor and label in the previous edition (`第十三条`). */
  oldAnchor: string;
  oldText: string;
  /** Anchors of the article(s) that hold its text now; empty when it was deleted. */
  newAnchors: string[];
  newText: string;
  /** The words changed, not only punctuation or layout. */
  textChanged: boolean;
}

const isArticle = (anchor: string) => /^第[^第]+条(?:之[一二三四五六七八九十]+)?$/u.test(anchor);

function fatesOfRow(row: ComparisonRow): ArticleFate[] {
  const newText = row.after.map((unit) => unit.text).join('\n');
  const textChanged = row.kind !== 'unchanged' && !row.punctuationOnly;
  return row.before
    .filter((unit) => isArticle(unit.anchor))
    .map((unit) => ({
      oldAnchor: unit.anchor,
      oldText: unit.text,
      newAnchors: row.after.map((after) => after.anchor),
      newText,
      textChanged,
    }));
}

/** The fate of every article of `before`, by its old anchor. */
export function articleFates(before: RegulationText, after: RegulationText): Map<string, ArticleFate> {
  const fates = new Map<string, ArticleFate>();
  for (const row of compareTexts(before, after).rows) {
    for (const fate of fatesOfRow(row)) fates.set(fate.oldAnchor, fate);
  }
  return fates;
}

/** The article moved: its text (or most of it) now carries another number. */
export const isRenumbered = (fate: ArticleFate): boolean =>
  fate.newAnchors.length > 0 && !fate.newAnchors.includes(fate.oldAnchor);

/**
 * One sentence per change of numbering, in Chinese (删去原第八条，原第九条至第三十条依次改为第八条至第二十九条):
 * deletions, insertions and runs of renumbered articles, in the order of the old text.
 */
export function describeRenumbering(before: RegulationText, after: RegulationText): string[] {
  const rows = compareTexts(before, after).rows;
  const position = new Map(after.units.map((unit, index) => [unit.anchor, index]));
  const oldPosition = new Map(before.units.map((unit, index) => [unit.anchor, index]));
  const out: string[] = [];
  let run: { from: string[]; to: string[]; offset: number } | undefined;
  const flush = () => {
    if (!run) return;
    out.push(
      run.from.length === 1
        ? `原${run.from[0]}改为${run.to[0]}`
        : `原${run.from[0]}至${run.from.at(-1)}依次改为${run.to[0]}至${run.to.at(-1)}`,
    );
    run = undefined;
  };
  for (const row of rows) {
    const oldUnit = row.before.length === 1 ? row.before[0] : undefined;
    const newUnit = row.after.length === 1 ? row.after[0] : undefined;
    if (row.after.length === 0) {
      flush();
      out.push(`删去原${row.before.map((unit) => unit.anchor).join('、原')}`);
    } else if (row.before.length === 0) {
      flush();
      out.push(`增加${row.after.map((unit) => unit.anchor).join('、')}`);
    } else if (oldUnit && newUnit && oldUnit.anchor !== newUnit.anchor && isArticle(oldUnit.anchor)) {
      const offset = (position.get(newUnit.anchor) ?? 0) - (oldPosition.get(oldUnit.anchor) ?? 0);
      if (run && run.offset !== offset) flush();
      run ??= { from: [], to: [], offset };
      run.from.push(oldUnit.anchor);
      run.to.push(newUnit.anchor);
    } else flush();
  }
  flush();
  return out;
}
