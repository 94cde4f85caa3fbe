/**
 * What the site shows about editions: the changes of an edition against the previous one, the
 * comparison of each revised regulation, and the edition switcher. Built once per build.
 */
import { CURRENT_EDITION } from '../handbook/content-tree.ts';
import type { EditionModel, HandbookModel, Regulation } from '../handbook/model.ts';
import type { HistoryEntry } from '../schema/index.ts';
import { compareSources, type RegulationComparison } from './compare.ts';
import type { Redirect } from './redirects.ts';

export function comparePath(id: string): string {
  return `compare/${id}/`;
}

export function editionChangesPath(year: number): string {
  return `editions/${year}/`;
}

export const EDITIONS_INDEX_PATH = 'editions/';
export const CHANGES_FEED_PATH = 'changes.xml';

export function editionName(edition: EditionModel): string {
  return edition.key === CURRENT_EDITION ? `现行版（${edition.year}年版）` : `${edition.year}年版`;
}

export interface RevisedEntry {
  regulation: Regulation;
  previous: Regulation;
  comparison: RegulationComparison;
  /** The revision of this edition (修订说明 in `note`). */
  entry: HistoryEntry | undefined;
}

export interface EditionChanges {
  edition: EditionModel;
  previous: EditionModel | undefined;
  new: Regulation[];
  revised: RevisedEntry[];
  reaffirmed: Regulation[];
  /** Abolished in this edition (records abolished earlier are not changes). */
  abolished: Regulation[];
}

const byTitle = (a: Regulation, b: Regulation) => a.data.title.localeCompare(b.data.title, 'zh-Hans-CN');

/** The regulation of `edition` that a later regulation continues (same id, or a declared redirect). */
export function findPrevious(
  regulation: Regulation,
  previous: EditionModel | undefined,
  redirects: readonly Redirect[] = [],
): Regulation | undefined {
  if (!previous) return undefined;
  const formerId = redirects.find((redirect) => redirect.to === regulation.id)?.from;
  return (
    previous.regulations.find((candidate) => candidate.id === regulation.id) ??
    (formerId ? previous.regulations.find((candidate) => candidate.id === formerId) : undefined)
  );
}

/** The edition right before `edition` (archived editions are newest first). */
export function previousEdition(model: HandbookModel, edition: EditionModel): EditionModel | undefined {
  const chain = [model.current, ...model.archived];
  return chain[chain.indexOf(edition) + 1];
}

function after(previous: EditionModel | undefined) {
  const since = previous?.handbook.edition.issuedOn;
  return (entry: HistoryEntry) => !since || entry.date > since;
}

export function editionChanges(
  model: HandbookModel,
  edition: EditionModel,
  redirects: readonly Redirect[] = [],
): EditionChanges {
  const previous = previousEdition(model, edition);
  const isNewChange = after(previous);
  const changes: EditionChanges = { edition, previous, new: [], revised: [], reaffirmed: [], abolished: [] };
  for (const regulation of [...edition.regulations].sort(byTitle)) {
    const { status, history } = regulation.data;
    if (status === 'new') changes.new.push(regulation);
    else if (status === 'reaffirmed') changes.reaffirmed.push(regulation);
    else if (status === 'abolished') {
      const last = history.at(-1);
      const inThisEdition = previous ? isNewChange : (entry: HistoryEntry) => yearOf(entry.date) === edition.year;
      if (last && last.action === 'abolished' && inThisEdition(last)) changes.abolished.push(regulation);
    } else {
      const before = findPrevious(regulation, previous, redirects);
      const entry = history.findLast((item) => item.action === 'revised');
      if (before)
        changes.revised.push({ regulation, previous: before, comparison: comparisonOf(regulation, before), entry });
    }
  }
  return changes;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

const comparisons = new Map<string, RegulationComparison>();
export function comparisonOf(regulation: Regulation, previous: Regulation): RegulationComparison {
  const key = `${previous.edition}/${previous.id}→${regulation.edition}/${regulation.id}`;
  let comparison = comparisons.get(key);
  if (!comparison) {
    comparison = compareSources(previous.source, regulation.source);
    comparisons.set(key, comparison);
  }
  return comparison;
}

/** Anchors of articles changed in this edition, for the markers on the current regulation page. */
export function changedArticles(
  model: HandbookModel,
  regulationId: string,
): { anchors: string[]; year: number } | undefined {
  const regulation = model.current.regulations.find((candidate) => candidate.id === regulationId);
  if (!regulation || regulation.data.status !== 'revised') return undefined;
  const previous = findPrevious(regulation, model.archived[0]);
  if (!previous) return undefined;
  return { anchors: comparisonOf(regulation, previous).changedAnchors, year: model.current.year };
}

export interface EditionSwitchEntry {
  label: string;
  /** Site path (no base). */
  path: string;
  current: boolean;
  /** The same regulation does not exist in that edition: link goes to that edition's home. */
  fallback: boolean;
}

/**
 * The edition switcher for a page: for a regulation page, the same regulation in every edition
 * that has it (else that edition's home); elsewhere, each edition's home.
 */
export function editionSwitch(model: HandbookModel, editionKey: string, regulationId?: string): EditionSwitchEntry[] {
  return [model.current, ...model.archived].map((edition) => {
    const home = edition.key === CURRENT_EDITION ? '' : `${edition.key}/`;
    const has = regulationId ? edition.regulations.some((candidate) => candidate.id === regulationId) : false;
    const path = has ? `${home}${regulationId}/` : home;
    return {
      label: edition.key === CURRENT_EDITION ? `现行版（${edition.year}）` : `${edition.year}年版`,
      path,
      current: edition.key === editionKey,
      fallback: Boolean(regulationId) && !has,
    };
  });
}
