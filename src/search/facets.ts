/**
 * What a regulation page tells Pagefind: filter values, result metadata and the extra searchable words.
 * Every value comes from the content data (departments.yml, chapters.yml, STATUS_LABELS, handbook.yml),
 * so a label is never typed twice. Pure: used by SearchMeta.astro, the search UI and the tests.
 */
import type { EditionModel, HandbookModel, Regulation } from '../handbook/model.ts';
import { STATUS_LABELS, REGULATION_STATUSES } from '../schema/labels.ts';

/** Filter names as shown in the search UI (Pagefind shows filter keys verbatim). */
export const FILTER = {
  department: '部门',
  status: '状态',
  chapter: '章',
  edition: '版本',
} as const;

/**
 * Result metadata keys; the default UI lists every meta key except title/url/image as a tag. The
 * edition is one: with two editions searched, two cards of the same title say which is which.
 */
export const META = {
  edition: '版本',
  department: '部门',
  status: '状态',
  /** When the text on the page was in force (`2018年7月1日至2026年3月31日`, `2026年4月1日起`). */
  period: '施行',
} as const;

/**
 * The 版本 value of a version page (`/versions/…`: a text replaced between editions or by a later
 * revision), so a result is never taken for the current text and the 版本 counts cover every page.
 */
export const PAST_TEXT_LABEL = '历次文本';

/** Pagefind weights (1 = body text; an h1 gets 7 by default, the maximum is 10). */
export const WEIGHT = {
  /** shortTitle and aliases: cadres cite a rule by these names. */
  names: 10,
  /** frontmatter keywords: the words a cadre types that the text may lack. */
  keywords: 5,
} as const;

export function editionLabel(edition: Pick<EditionModel, 'year'>): string {
  return `${edition.year}年版`;
}

/** The statuses selected by default: everything except 已废止 (one click in the UI adds it). */
export function defaultStatusLabels(): string[] {
  return REGULATION_STATUSES.filter((status) => status !== 'abolished').map((status) => STATUS_LABELS[status]);
}

export interface SearchFacets {
  filters: Record<string, string>;
  meta: Record<string, string>;
  /** shortTitle and aliases (excluding ones equal to the title). */
  names: string[];
  keywords: string[];
}

export function regulationFacets(model: HandbookModel, edition: EditionModel, regulation: Regulation): SearchFacets {
  const { data } = regulation;
  const chapter = model.chapters.find((entry) => entry.key === regulation.chapter);
  const status = STATUS_LABELS[data.status];
  const department = data.department;
  const names = [data.shortTitle, ...(data.aliases ?? [])].filter(
    (name): name is string => Boolean(name) && name !== data.title,
  );
  return {
    filters: {
      [FILTER.department]: department,
      [FILTER.status]: status,
      [FILTER.chapter]: chapter?.title ?? regulation.chapter,
      [FILTER.edition]: editionLabel(edition),
    },
    meta: { [META.edition]: editionLabel(edition), [META.department]: department, [META.status]: status },
    names: [...new Set(names)],
    keywords: [...new Set(data.keywords ?? [])],
  };
}

/** Default filter selection of the search box on a page of `edition` (a search from 2025 searches 2025). */
export function defaultFilters(edition: Pick<EditionModel, 'year'>): Record<string, string[]> {
  return { [FILTER.edition]: [editionLabel(edition)], [FILTER.status]: defaultStatusLabels() };
}

/**
 * Filter values in handbook order (departments.yml, chapters by `order`, statuses as the schema lists
 * them, the current edition first) for the search UI, which otherwise shows Pagefind's code-point order.
 */
export function filterOrder(model: HandbookModel): Record<string, string[]> {
  return {
    [FILTER.department]: model.departments.map((department) => department.key),
    [FILTER.status]: REGULATION_STATUSES.map((status) => STATUS_LABELS[status]),
    [FILTER.chapter]: model.chapters.map((chapter) => chapter.title),
    [FILTER.edition]: [...[model.current, ...model.archived].map(editionLabel), PAST_TEXT_LABEL],
  };
}

/**
 * Search data of a version page: the regulation's 部门, 章 and 状态 as the current file gives them
 * (状态 is the regulation's standing today, 已废止 when it has since been abolished), 版本 历次文本;
 * no boosted names, so a search for a rule's name finds its current page first.
 */
export function pastTextFacets(model: HandbookModel, regulationId: string, abolished: boolean): SearchFacets {
  const regulation = model.current.regulations.find((candidate) => candidate.id === regulationId);
  const chapterKey = regulation?.chapter ?? regulationId.split('/')[0] ?? '';
  const chapter = model.chapters.find((entry) => entry.key === chapterKey)?.title ?? chapterKey;
  const department = regulation?.data.department;
  const status = abolished ? STATUS_LABELS.abolished : regulation && STATUS_LABELS[regulation.data.status];
  return {
    filters: {
      ...(department ? { [FILTER.department]: department } : {}),
      ...(status ? { [FILTER.status]: status } : {}),
      [FILTER.chapter]: chapter,
      [FILTER.edition]: PAST_TEXT_LABEL,
    },
    meta: {
      [META.edition]: PAST_TEXT_LABEL,
      ...(department ? { [META.department]: department } : {}),
      ...(status ? { [META.status]: status } : {}),
    },
    names: [],
    keywords: [],
  };
}
