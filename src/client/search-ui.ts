/**
 * Mounts Pagefind's default UI (the one Starlight ships) on top of the ranked search of
 * src/search/rerank.ts, with the default filters selected.
 *
 * The UI loads `${bundlePath}pagefind.js` itself. We give it a bundle path that resolves to a tiny
 * module re-exporting the real /pagefind/pagefind.js (same URL, so the same module instance: the
 * options, filters and index it loads are shared) with `search` replaced by our ranked search.
 * Everything used is documented: the UI's `bundlePath`, `processTerm`, `triggerFilters`, and the
 * Pagefind JS API (`search`, result `data()`); if a future UI stopped importing through bundlePath,
 * the worst case is Pagefind's own ranking.
 */
import { facetCounts, orderFilters, type FilterCounts, type FilterSelection } from '../search/facet-counts.ts';
import { rankedSearch, type PagefindApi } from '../search/rerank.ts';

export interface MountOptions {
  element: string;
  baseUrl: string;
  translations: Record<string, string>;
  defaultFilters: Record<string, string[]>;
  /** Filter values in handbook order (src/search/facets.ts `filterOrder`). */
  filterOrder: Record<string, string[]>;
}

const HOOK = '__zhiduRankedSearch';
const FILTERS_HOOK = '__zhiduFilters';

type FullPagefind = PagefindApi & {
  search(term: string | null, options?: object): ReturnType<PagefindApi['search']>;
  filters(): Promise<FilterCounts>;
};

export async function mountSearch(options: MountOptions): Promise<void> {
  const bundle = new URL(`${options.baseUrl.replace(/\/$/, '')}/pagefind/`, document.baseURI).href;
  const realModule = `${bundle}pagefind.js`;
  const hooks = globalThis as unknown as Record<string, unknown>;
  const load = async () => (await import(/* @vite-ignore */ realModule)) as FullPagefind;
  hooks[HOOK] = async (term: string, searchOptions?: object) => {
    const pagefind = await load();
    const response = await rankedSearch(pagefind, term, searchOptions);
    if (!response) return response;
    // Counts that match the results (OR within a filter, the fallback for questions included).
    const selected = ((searchOptions as { filters?: FilterSelection } | undefined)?.filters ?? {}) as FilterSelection;
    const idsFor = async (filters: FilterSelection) => {
      const ranked = await rankedSearch(pagefind, term, { filters }, 0);
      return new Set((ranked?.results ?? []).map((result) => result.id));
    };
    const counts = await facetCounts(pagefind, idsFor, selected);
    return { ...response, filters: orderFilters(counts, options.filterOrder) };
  };
  hooks[FILTERS_HOOK] = async () => orderFilters(await (await load()).filters(), options.filterOrder);
  // The UI appends "pagefind.js"; the trailing `//` turns it into a comment of this module.
  const shim =
    `export * from ${JSON.stringify(realModule)};` +
    `export const search = (term, options) => globalThis.${HOOK}(term, options);` +
    `export const filters = () => globalThis.${FILTERS_HOOK}();//`;
  const bundlePath = `data:text/javascript;charset=utf-8,${encodeURIComponent(shim)}`;

  const { PagefindUI } = await import('@pagefind/default-ui');
  const ui = new PagefindUI({
    element: options.element,
    baseUrl: options.baseUrl,
    bundlePath,
    showImages: false,
    showSubResults: true,
    translations: options.translations,
    // Open the filter groups on wide screens so the preset (this edition, no abolished) is visible.
    openFilters: window.matchMedia('(min-width: 50rem)').matches ? ['状态', '版本'] : [],
  });
  ui.triggerFilters(options.defaultFilters);
}
