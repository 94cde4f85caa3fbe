/**
 * What a reader must be told about a text that is not the rule in force: the words used in the page
 * title, the copied citation and the status bar. One place, so the three never disagree.
 */
import type { RegulationComparison } from '../editions/compare.ts';
import { CURRENT_EDITION } from '../handbook/content-tree.ts';
import type { EditionModel, Regulation } from '../handbook/model.ts';

/**
 * Qualifier appended to a regulation's name wherever it is shown out of the page body (tab title,
 * copied citation): `2025年版` for an archived edition's copy, `已废止` for an abolished rule, none
 * for a rule in force.
 */
export function statusQualifier(
  regulation: Pick<Regulation, 'data'>,
  edition: Pick<EditionModel, 'key' | 'year'>,
): string {
  if (edition.key !== CURRENT_EDITION) return `${edition.year}年版`;
  return regulation.data.status === 'abolished' ? '已废止' : '';
}

/** `机关工作人员请销假制度（2025年版）`, `机关干部签到考勤暂行规定（已废止）`, or the title alone. */
export function qualifiedTitle(title: string, qualifier: string): string {
  return qualifier ? `${title}（${qualifier}）` : title;
}

/**
 * Old article anchor → the current article it became, for rows the comparison pairs one to one
 * (unchanged, modified, renumbered). Split, merged and removed articles get no entry: a link to
 * "the same article now" is right or absent.
 */
export function articleMapping(comparison: RegulationComparison): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const row of comparison.rows) {
    const [before] = row.before;
    const [after] = row.after;
    if (row.before.length === 1 && row.after.length === 1 && before && after && /条$/.test(after.anchor))
      mapping[before.anchor] = after.anchor;
  }
  return mapping;
}
