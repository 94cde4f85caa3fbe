/**
 * Filter counts that match the results, in handbook order, for the search UI.
 *
 * The UI combines values OR within a filter and AND across filters (src/search/rerank.ts
 * `anyWithinFilter`). Pagefind's own counts assume AND everywhere, and a question answered by the
 * word-by-word fallback has none at all (every filter showed (0) beside 找到 47 条). Here the count of
 * a value is the number of results the query would give with that value ticked and the other filters
 * as they are: the ticked values of a filter add up to the number of results shown.
 *
 * Self-contained (no imports), like rerank.ts: shipped to the browser as is.
 */

export type FilterCounts = Record<string, Record<string, number>>;
export type FilterSelection = Record<string, string[]>;

interface FacetPagefind {
  search(term: string | null, options?: object): Promise<{ results: Array<{ id: string }> } | null>;
  filters(): Promise<FilterCounts>;
}

/** `idsFor(filters)`: ids of the results the query gives under `filters` (same search the UI shows). */
export type ResultIds = (filters: FilterSelection) => Promise<Set<string>>;

const members = new WeakMap<object, Map<string, Promise<Set<string>>>>();

/** Ids of every page carrying `filter: value` (Pagefind's filter-only search), cached per index. */
function pagesWith(pagefind: FacetPagefind, filter: string, value: string): Promise<Set<string>> {
  let cache = members.get(pagefind);
  if (!cache) members.set(pagefind, (cache = new Map()));
  const key = `${filter}\u0000${value}`;
  let ids = cache.get(key);
  if (!ids) {
    ids = pagefind
      .search(null, { filters: { [filter]: value } })
      .then((response) => new Set((response?.results ?? []).map((result) => result.id)));
    cache.set(key, ids);
  }
  return ids;
}

export async function facetCounts(
  pagefind: FacetPagefind,
  idsFor: ResultIds,
  selected: FilterSelection,
): Promise<FilterCounts> {
  const all = await pagefind.filters();
  const counts: FilterCounts = {};
  await Promise.all(
    Object.entries(all).map(async ([filter, values]) => {
      const others = Object.fromEntries(Object.entries(selected).filter(([name]) => name !== filter));
      const results = await idsFor(others);
      const entries = await Promise.all(
        Object.keys(values).map(async (value) => {
          const pages = await pagesWith(pagefind, filter, value);
          let count = 0;
          for (const id of results) if (pages.has(id)) count++;
          return [value, count] as const;
        }),
      );
      counts[filter] = Object.fromEntries(entries);
    }),
  );
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
