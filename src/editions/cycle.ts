/**
 * The yearly cycle in one place: what 新建/修订/重申/废止 mean for a regulation of an edition.
 *
 * Everything is judged against the PREVIOUS EDITION — its frozen files and its issue date — never
 * against the calendar year: a rule enacted in December 2025, after the 2025 edition was issued and
 * frozen, is 新建 in the 2026 edition. The validator (ZD205, ZD207, ZD61x), the editing commands
 * (new, revise, abolish) and the PR summary all ask this module.
 *
 * - 新建 (new): not in the previous edition;
 * - 修订 (revised): in it and in force, text changed, and a revision recorded since;
 * - 重申 (reaffirmed): in it and in force, text unchanged;
 * - 废止 (abolished): abolished in it already, or in force there and an abolition recorded since.
 */
import type { ContentTree, EditionTree } from '../handbook/content-tree.ts';
import type { RegulationFile } from '../handbook/regulation-file.ts';
import type { HistoryEntry, RegulationStatus } from '../schema/index.ts';
import type { Redirect } from './redirects.ts';
import type { RegulationTree } from '../engine/index.ts';
import { comparisonText, regulationText, unitsOfTree } from './units.ts';

/** The edition a status is judged against. */
export interface Baseline {
  edition: EditionTree;
  /** `2025年版`. */
  label: string;
  /** The day the previous edition was issued (`YYYY-MM-DD`), when recorded. */
  issuedOn: string | undefined;
  /** The previous edition's file of a regulation (following `content/redirects.yml` for renamed files). */
  find(id: string): RegulationFile | undefined;
}

/** Where a regulation stands against the previous edition. */
export interface Standing {
  /** Its file in the previous edition (absent: not there, so 新建). */
  before: RegulationFile | undefined;
  /** Already abolished in the previous edition. */
  wasAbolished: boolean;
  /** Text differs from the previous edition (undefined when there is nothing to compare). */
  textChanged: boolean | undefined;
  /** History entries recorded since the previous edition (not in its file). */
  added: HistoryEntry[];
}

export function editionLabel(edition: EditionTree): string {
  const year = edition.handbook.value?.edition.year;
  return year ? `${year}年版` : edition.key === 'current' ? '现行版本' : `${edition.key}年版`;
}

/** The edition after `index` in the tree (current first, then archives newest first), if any. */
export function baselineOf(tree: ContentTree, index = 0, redirects: readonly Redirect[] = []): Baseline | undefined {
  const edition = tree.editions[index + 1];
  if (!edition) return undefined;
  const byId = new Map(edition.regulations.filter((file) => file.depth === 1).map((file) => [file.id, file]));
  const formerId = new Map(index === 0 ? redirects.map((redirect) => [redirect.to, redirect.from]) : []);
  return {
    edition,
    label: editionLabel(edition),
    issuedOn: edition.handbook.value?.edition.issuedOn,
    find: (id) => byId.get(id) ?? byId.get(formerId.get(id) ?? ''),
  };
}

/** How the cycle reads a file's text to compare it (see `readerText`). */
export type TextReader = (file: Pick<RegulationFile, 'source' | 'id' | 'edition'>) => string;

/** A structure the engine already made of exactly this file's source, if any (no second parse). */
export type ParsedTreeOf = (file: Pick<RegulationFile, 'source' | 'id' | 'edition'>) => RegulationTree | undefined;

const textCache = new WeakMap<object, string>();

/** The text a reader sees, whitespace and Markdown formatting ignored (cached per file). */
export const readerText: TextReader = readerTextFrom(() => undefined);

/**
 * `readerText` that takes the structure from trees parsed earlier in the process (the validator's
 * corpus) and parses only texts it does not have: one parse per text.
 */
export function readerTextFrom(treeOf: ParsedTreeOf): TextReader {
  return (file) => {
    let text = textCache.get(file);
    if (text === undefined) {
      const tree = treeOf(file);
      text = comparisonText(tree ? unitsOfTree(tree) : regulationText(file.source, file.id, file.edition));
      textCache.set(file, text);
    }
    return text;
  };
}

const entryKey = (entry: Pick<HistoryEntry, 'date' | 'action'>) => `${entry.date} ${entry.action}`;

/** History entries recorded since the previous edition (not in its file of the regulation). */
export function addedSince(id: string, history: readonly HistoryEntry[], baseline: Baseline): HistoryEntry[] {
  const before = baseline.find(id);
  if (!before) return [...history];
  const earlier = new Set((before.data?.history ?? []).map(entryKey));
  return history.filter((entry) => !earlier.has(entryKey(entry)));
}

/** A regulation (its current source and history) against the previous edition. */
export function standingOf(
  file: Pick<RegulationFile, 'id' | 'source' | 'edition'>,
  history: readonly HistoryEntry[],
  baseline: Baseline,
  read: TextReader = readerText,
): Standing {
  const before = baseline.find(file.id);
  return {
    before,
    wasAbolished: before?.data?.status === 'abolished',
    textChanged: before ? read(before) !== read(file) : undefined,
    added: addedSince(file.id, history, baseline),
  };
}

/**
 * Revisions recorded since the previous edition: new in the history and dated after that edition
 * was issued (a revision dated earlier would already be in it).
 */
export function revisionsSince(standing: Standing, baseline: Baseline): HistoryEntry[] {
  return standing.added.filter(
    (entry) => entry.action === 'revised' && (!baseline.issuedOn || entry.date > baseline.issuedOn),
  );
}

/** Why a revision dated `date` cannot be recorded in this edition (undefined: it can). */
export function revisionProblem(standing: Standing, baseline: Baseline, date: string): string | undefined {
  if (standing.before && baseline.issuedOn && date <= baseline.issuedOn) {
    return `修订日期 ${date} 不晚于${baseline.label}的印发日期（${baseline.issuedOn}）：那时的修订应已收入${baseline.label}。请核对修订日期。`;
  }
  return undefined;
}

/** The status a regulation has in this edition once its text and history are as they are now. */
export function statusFor(standing: Standing): RegulationStatus {
  if (!standing.before) return 'new';
  if (standing.wasAbolished || standing.added.some((entry) => entry.action === 'abolished')) return 'abolished';
  return standing.textChanged ? 'revised' : 'reaffirmed';
}

/** The status `npm run revise` writes: a rule that is new in this edition stays new. */
export function statusAfterRevision(standing: Standing | undefined): RegulationStatus {
  return standing && !standing.before ? 'new' : 'revised';
}

/**
 * Why an abolition dated `date` is not possible in this edition (undefined: it is).
 * A rule the previous edition does not have was never issued in an edition: it is removed, not
 * abolished; one in force there can only be abolished after that edition was issued.
 */
export function abolitionProblem(standing: Standing, baseline: Baseline, date: string): string | undefined {
  if (!standing.before) {
    return `这项制度不在${baseline.label}中（是本版本新建的），还没有随任何已印发的版本发布，不能记为废止：不再需要时直接删除该文件（git rm），合并请求中写明理由。`;
  }
  if (!standing.wasAbolished && baseline.issuedOn && date <= baseline.issuedOn) {
    return `废止日期 ${date} 不晚于${baseline.label}的印发日期（${baseline.issuedOn}），而${baseline.label}中该制度仍然有效。请核对废止日期。`;
  }
  return undefined;
}
