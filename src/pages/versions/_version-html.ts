/**
 * A past text's HTML, rendered once per build process and shared by its version page and the as-at print page
 * (src/pages/print/as-at.astro): at 1,000 regulations with kept texts, rendering each text twice costs seconds.
 */
import type { RegulationText } from '../../editions/text-timeline.ts';
import { renderVersion } from '../../plugins/version-render.ts';

const CACHE_KEY = Symbol.for('zhidu.version-html.cache');

export function versionHtml(text: RegulationText, base: string): Promise<string> {
  const holder = globalThis as { [CACHE_KEY]?: Map<string, Promise<string>> };
  const cache = (holder[CACHE_KEY] ??= new Map());
  const key = `${base}\0${text.regulationId}\0${text.from ?? ''}\0${text.stored?.origin.kind ?? ''}`;
  let html = cache.get(key);
  if (!html) {
    html = renderVersion(text, base);
    cache.set(key, html);
  }
  return html;
}
