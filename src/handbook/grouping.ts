import { REGULATION_STATUSES, type RegulationStatus } from '../schema/index.ts';
import { yearOf } from './chinese-date.ts';
import type { ChapterEntry, DepartmentEntry, EditionModel, Regulation } from './model.ts';

/** The date of the regulation's last recorded change (the newest history entry). */
export function lastChangeDate(regulation: Regulation): string {
  return regulation.data.history.at(-1)?.date ?? regulation.data.effective;
}

/** True for a regulation abolished in an earlier edition: kept as a record, no longer reviewed. */
export function isAbolishedBefore(regulation: Regulation, editionYear: number): boolean {
  return regulation.data.status === 'abolished' && yearOf(lastChangeDate(regulation)) < editionYear;
}

export function isInForce(regulation: Regulation): boolean {
  return regulation.data.status !== 'abolished';
}

/** Sort inside a chapter: by title in Chinese collation, which is stable across editions. */
export function compareRegulations(a: Regulation, b: Regulation): number {
  return a.data.title.localeCompare(b.data.title, 'zh-Hans-CN');
}

/** This edition's review outcome: each status with its regulations (abolished = abolished this year). */
export function groupByStatus(edition: EditionModel): Record<RegulationStatus, Regulation[]> {
  const groups = Object.fromEntries(REGULATION_STATUSES.map((status) => [status, [] as Regulation[]])) as Record<
    RegulationStatus,
    Regulation[]
  >;
  for (const regulation of edition.regulations) {
    if (isAbolishedBefore(regulation, edition.year)) continue;
    groups[regulation.data.status].push(regulation);
  }
  for (const list of Object.values(groups)) list.sort(compareRegulations);
  return groups;
}

export function countByStatus(edition: EditionModel): Record<RegulationStatus, number> {
  const groups = groupByStatus(edition);
  return Object.fromEntries(REGULATION_STATUSES.map((status) => [status, groups[status].length])) as Record<
    RegulationStatus,
    number
  >;
}

/** Regulations abolished in earlier editions, newest repeal first. */
export function listEarlierAbolished(edition: EditionModel): Regulation[] {
  return edition.regulations
    .filter((regulation) => isAbolishedBefore(regulation, edition.year))
    .sort((a, b) => lastChangeDate(b).localeCompare(lastChangeDate(a)));
}

export interface ChapterGroup {
  chapter: ChapterEntry;
  /** In-force regulations of the chapter. */
  regulations: Regulation[];
}

/** Chapters in order, each with its in-force regulations (abolished ones live in their own section). */
export function groupByChapter(edition: EditionModel, chapters: readonly ChapterEntry[]): ChapterGroup[] {
  return chapters.map((chapter) => ({
    chapter,
    regulations: edition.regulations
      .filter((regulation) => regulation.chapter === chapter.key && isInForce(regulation))
      .sort(compareRegulations),
  }));
}

export interface DepartmentGroup {
  department: DepartmentEntry;
  inForce: Regulation[];
  abolished: Regulation[];
}

/** Every department with the regulations it owns, in-force first. */
export function groupByDepartment(edition: EditionModel, departments: readonly DepartmentEntry[]): DepartmentGroup[] {
  return departments.map((department) => {
    const owned = edition.regulations.filter((regulation) => regulation.data.department === department.key);
    return {
      department,
      inForce: owned.filter(isInForce).sort(compareRegulations),
      abolished: owned.filter((regulation) => !isInForce(regulation)).sort(compareRegulations),
    };
  });
}

/** The most recently changed regulations (new, revised or abolished in this edition first). */
export function listRecentlyChanged(edition: EditionModel, limit = 8): Regulation[] {
  return edition.regulations
    .filter((regulation) => regulation.data.status !== 'reaffirmed' && !isAbolishedBefore(regulation, edition.year))
    .sort((a, b) => lastChangeDate(b).localeCompare(lastChangeDate(a)) || compareRegulations(a, b))
    .slice(0, limit);
}
