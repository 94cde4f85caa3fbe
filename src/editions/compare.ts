/** Article-level comparison of two versions of a regulation (对照): alignment plus word diff. */
import { alignUnits } from './align.ts';
import { diffText, hasChanges, isPunctuationOnly, type DiffPart } from './text-diff.ts';
import { comparisonText, regulationText, type ComparableUnit, type RegulationText } from './units.ts';

export type RowKind = 'unchanged' | 'modified' | 'added' | 'removed' | 'split' | 'merged';

export interface ComparisonRow {
  kind: RowKind;
  before: ComparableUnit[];
  after: ComparableUnit[];
  /** The article kept its text but not its number (or changed both). */
  renumbered: boolean;
  /** Matched out of order. */
  moved: boolean;
  /** Only punctuation changed. */
  punctuationOnly: boolean;
  /** Diff of the joined texts (labels excluded). */
  parts: DiffPart[];
  /** Stable id of the row on the comparison page: the new anchor, or `原第五条` for removed ones. */
  anchor: string;
}

/** How a comparison row is named to readers (comparison pages, 修订对照表). */
export const COMPARISON_KIND_LABELS: Record<ComparisonRow['kind'], string> = {
  unchanged: '未改动',
  modified: '修改',
  added: '新增',
  removed: '删除',
  split: '拆分',
  merged: '合并',
};

export interface RegulationComparison {
  rows: ComparisonRow[];
  counts: Record<RowKind, number>;
  /** False when the two texts are the same apart from layout and formatting. */
  textChanged: boolean;
  /** New anchors whose article changed (for the per-article markers on the current page). */
  changedAnchors: string[];
}

const join = (units: readonly ComparableUnit[]): string => units.map((unit) => unit.text).join('\n');
const labels = (units: readonly ComparableUnit[]): string => units.map((unit) => unit.label).join('、');

function rowKind(before: ComparableUnit[], after: ComparableUnit[], parts: DiffPart[]): RowKind {
  if (before.length === 0) return 'added';
  if (after.length === 0) return 'removed';
  if (after.length > 1 && before.length === 1) return 'split';
  if (before.length > 1 && after.length === 1) return 'merged';
  return hasChanges(parts) ? 'modified' : 'unchanged';
}

export function compareTexts(before: RegulationText, after: RegulationText): RegulationComparison {
  const groups = alignUnits(before.units, after.units);
  const rows: ComparisonRow[] = groups.map((group) => {
    const b = group.old.map((index) => before.units[index]!);
    const a = group.new.map((index) => after.units[index]!);
    const parts = diffText(join(b), join(a)).map((part) => ({ ...part }));
    const kind = rowKind(b, a, parts);
    return {
      kind,
      before: b,
      after: a,
      renumbered: b.length > 0 && a.length > 0 && labels(b) !== labels(a),
      moved: group.moved,
      punctuationOnly: kind === 'modified' && isPunctuationOnly(parts),
      parts,
      anchor: a[0]?.anchor ?? `原${b[0]!.anchor}`,
    };
  });
  const counts: Record<RowKind, number> = { unchanged: 0, modified: 0, added: 0, removed: 0, split: 0, merged: 0 };
  for (const row of rows) counts[row.kind]++;
  return {
    rows,
    counts,
    textChanged: comparisonText(before) !== comparisonText(after),
    changedAnchors: rows
      .filter((row) => row.kind !== 'unchanged' && row.kind !== 'removed')
      .flatMap((row) => row.after.map((unit) => unit.anchor)),
  };
}

/**
 * Units of each file compared in this process, by its text: a kept text is the `after` of one comparison and the
 * `before` of the next, and with 1,000 regulations revised twice the engine would otherwise parse it twice.
 */
const unitsBySource = new Map<string, RegulationText>();

function unitsOf(source: string): RegulationText {
  let units = unitsBySource.get(source);
  if (!units) {
    units = regulationText(source);
    unitsBySource.set(source, units);
  }
  return units;
}

/** Compares two regulation files (frontmatter included). */
export function compareSources(before: string, after: string): RegulationComparison {
  return compareTexts(unitsOf(before), unitsOf(after));
}
