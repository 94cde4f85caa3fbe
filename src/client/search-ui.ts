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
import { rankedSearch, type PagefindApi } from '../search/rerank.ts';

export interface MountOptions {
  element: string;
  baseUrl: string;
  translations: Record<string, string>;
  defaultFilters: Record<string, string[]>;
}

const HOOK = '__zhiduRankedSearch';

export async function mountSearch(options: MountOptions): Promise<void> {
  const bundle = new URL(`${options.baseUrl.replace(/\/$/, '')}/pagefind/`, document.baseURI).href;
  const realModule = `${bundle}pagefind.js`;
  const hooks = globalThis as unknown as Record<string, unknown>;
  hooks[HOOK] = async (term: string, searchOptions?: object) => {
    const pagefind = (await import(/* @vite-ignore */ realModule)) as PagefindApi;
    return rankedSearch(pagefind, term, searchOptions);
  };
  // The UI appends "pagefind.js"; the trailing `//` turns it into a comment of this module.
  const shim =
    `export * from ${JSON.stringify(realModule)};` +
    `export const search = (term, options) => globalThis.${HOOK}(term, options);//`;
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
