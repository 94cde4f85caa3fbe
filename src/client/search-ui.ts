/**
 * Mounts Pagefind's default UI (the one Starlight ships) on top of the ranked search of
 * src/search/rerank.ts, with the default filters selected and an optional date limit.
 *
 * The UI loads `${bundlePath}pagefind.js` itself. We give it a bundle path that resolves to a tiny
 * module re-exporting the real /pagefind/pagefind.js (same URL, so the same module instance: the
 * options, filters and index it loads are shared) with `search` replaced by our ranked search.
 * Everything used is documented: the UI's `bundlePath`, `triggerFilters`, and the Pagefind JS API
 * (`search`, `filters`, result `data()`); if a future UI stopped importing through bundlePath, the
 * worst case is Pagefind's own ranking.
 */
import { orderFilters, type FilterCounts, type FilterSelection } from '../search/facet-counts.ts';
import { isDay, withoutPeriodFilters } from '../search/date-limit.ts';
import { rankedSearch, type PagefindApi } from '../search/rerank.ts';

export interface MountOptions {
  element: string;
  baseUrl: string;
  translations: Record<string, string>;
  defaultFilters: Record<string, string[]>;
  /** Filter values in handbook order (src/search/facets.ts `filterOrder`). */
  filterOrder: Record<string, string[]>;
  /** `<input type="date">` limiting the search to the texts in force that day (issue 19). */
  dateInput?: HTMLInputElement | null;
  /** Where the date limit is said in words (a live region). */
  dateNote?: HTMLElement | null;
}

const HOOK = '__zhiduRankedSearch';
const FILTERS_HOOK = '__zhiduFilters';

/** `2026-08-10` → `2026年8月10日`. */
function chineseDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}

/** The selection without the filters the page presets (版本, 状态): a date decides those. */
function withoutPresets(selection: FilterSelection, presets: FilterSelection): FilterSelection {
  return Object.fromEntries(Object.entries(selection).filter(([name]) => !(name in presets)));
}

export async function mountSearch(options: MountOptions): Promise<void> {
  const bundle = new URL(`${options.baseUrl.replace(/\/$/, '')}/pagefind/`, document.baseURI).href;
  const realModule = `${bundle}pagefind.js`;
  const hooks = globalThis as unknown as Record<string, unknown>;
  const load = async () => (await import(/* @vite-ignore */ realModule)) as PagefindApi;
  let date: string | undefined;
  let selection: FilterSelection = options.defaultFilters;
  const order = (counts: FilterCounts) => orderFilters(withoutPeriodFilters(counts), options.filterOrder);
  hooks[HOOK] = async (term: string, searchOptions?: { filters?: FilterSelection }) => {
    selection = searchOptions?.filters ?? {};
    const response = await rankedSearch(await load(), term, { filters: selection, date });
    // Counts that match the results (OR within a filter, the fallback for questions included).
    return response && { ...response, filters: order(response.filters ?? {}) };
  };
  hooks[FILTERS_HOOK] = async () => order(await (await load()).filters());
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

  const { dateInput, dateNote } = options;
  dateInput?.addEventListener('change', () => {
    date = isDay(dateInput.value) ? dateInput.value : undefined;
    const kept = withoutPresets(selection, options.defaultFilters);
    // A new selection object makes the UI search again (also when only the date changed).
    ui.triggerFilters(date ? kept : { ...kept, ...options.defaultFilters });
    if (dateNote)
      dateNote.textContent = date
        ? `只列出${chineseDay(date)}施行的文本（含此后修订、废止的制度当时的文本），版本和状态筛选不再预设。`
        : '';
  });
}
