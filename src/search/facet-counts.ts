/**
 * The reader's filter selection and filter counts that match the results, for the search UI.
 *
 * The UI combines values OR within a filter and AND across filters. Pagefind's own counts assume
 * AND everywhere, and a question answered by the word-by-word fallback (several searches) has none
 * at all (every filter showed (0) beside 找到 47 条). So the query is searched once without the
 * reader's selection, and the selection and the counts are worked out here from which pages carry
 * each filter value (learnt once per index with Pagefind's filter-only search, then reused by every
 * query): the count of a value is the number of results the query would give with that value ticked
 * and the other filters as they are, so the ticked values of a filter add up to the results shown.
 *
 * Self-contained (no imports), like rerank.ts: shipped to the browser as is.
 */

export type FilterCounts = Record<string, Record<string, number>>;
export type FilterSelection = Record<string, string[]>;

export interface FacetPagefind {
  search(term: string | null, options?: object): Promise<{ results: Array<{ id: string }> } | null>;
  filters(): Promise<FilterCounts>;
}

/** Which pages carry each filter value: filter → value → page ids. */
export type Membership = Map<string, Map<string, Set<string>>>;

const memberships = new WeakMap<object, Promise<Membership>>();

/**
 * Pages of every value of the filters `visible` accepts (one filter-only search per value, once per
 * loaded index: the index does not change while the page is open).
 */
export function loadMembership(pagefind: FacetPagefind, visible: (filter: string) => boolean): Promise<Membership> {
  let membership = memberships.get(pagefind);
  if (!membership) {
    membership = pagefind.filters().then(async (all) => {
      const entries = await Promise.all(
        Object.entries(all)
          .filter(([filter]) => visible(filter))
          .map(async ([filter, values]) => {
            const pages = await Promise.all(
              Object.keys(values).map(async (value) => {
                const response = await pagefind.search(null, { filters: { [filter]: value } });
                return [value, new Set((response?.results ?? []).map((result) => result.id))] as const;
              }),
            );
            return [filter, new Map(pages)] as const;
          }),
      );
      return new Map(entries);
    });
    memberships.set(pagefind, membership);
  }
  return membership;
}

/** The selection without empty filters (an empty filter does not restrict). */
function activeFilters(selection: FilterSelection): [string, string[]][] {
  return Object.entries(selection).filter(([, values]) => Array.isArray(values) && values.length > 0);
}

/** Whether page `id` passes the selection: any ticked value of each filter, every filter (but `except`). */
export function isSelected(membership: Membership, selection: FilterSelection, id: string, except?: string): boolean {
  return activeFilters(selection).every(
    ([filter, values]) => filter === except || values.some((value) => membership.get(filter)?.get(value)?.has(id)),
  );
}

/** The results `ids` (in order) that pass the selection. */
export function selectResults<T extends { id: string }>(
  membership: Membership,
  selection: FilterSelection,
  results: T[],
): T[] {
  if (activeFilters(selection).length === 0) return results;
  return results.filter((result) => isSelected(membership, selection, result.id));
}

/** For each value: how many of `ids` pass the selection of the other filters and carry the value. */
export function countFacets(membership: Membership, selection: FilterSelection, ids: string[]): FilterCounts {
  const counts: FilterCounts = {};
  for (const [filter, values] of membership) {
    const candidates = ids.filter((id) => isSelected(membership, selection, id, filter));
    counts[filter] = Object.fromEntries(
      [...values].map(([value, pages]) => [value, candidates.filter((id) => pages.has(id)).length]),
    );
  }
  return counts;
}

/** Filters and their values in `order` (handbook order); anything not listed follows, as given. */
export function orderFilters(counts: FilterCounts, order: FilterSelection): FilterCounts {
  const rank = (list: string[] | undefined, key: string) => {
    const index = list?.indexOf(key) ?? -1;
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  const filterNames = Object.keys(order);
  return Object.fromEntries(
    Object.keys(counts)
      .sort((a, b) => rank(filterNames, a) - rank(filterNames, b))
      .map((filter) => [
        filter,
        Object.fromEntries(
          Object.entries(counts[filter] ?? {}).sort(([a], [b]) => rank(order[filter], a) - rank(order[filter], b)),
        ),
      ]),
  );
}
