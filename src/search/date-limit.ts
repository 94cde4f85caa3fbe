/**
 * Search limited to the texts in force on a date (issue 19).
 *
 * Every page that shows a text in force for a period (the current page for the current text, a
 * version page `/versions/…/<from>/` for a replaced one) carries two hidden Pagefind filters: the
 * first day it was in force and the first day it no longer was (or NO_END). Pagefind filters are
 * exact values, so "in force on D" (from ≤ D < until) is asked as "from is any of the known
 * values ≤ D, and until is any of the known values > D": one search, counts included, no ranges.
 * The values are few (one per day a text took effect or ended), listed by `pagefind.filters()`.
 *
 * Self-contained (no imports), like rerank.ts: shipped to the browser as is.
 */

/** Hidden filter names: the search UI never lists them (src/client/search-ui.ts strips them). */
export const PERIOD_FILTER = { from: '施行起', until: '施行止' } as const;

/** `施行止` of a text still in force. */
export const NO_END = '至今';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The hidden filters of a page showing a text in force from `from` until the day before `until`. */
export function periodFilters(from: string, until: string | undefined): Record<string, string> {
  return { [PERIOD_FILTER.from]: from, [PERIOD_FILTER.until]: until ?? NO_END };
}

/** Whether `text` is a day as `<input type="date">` gives it (`YYYY-MM-DD`). */
export function isDay(text: string | undefined | null): text is string {
  return typeof text === 'string' && DAY.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}

/**
 * The Pagefind filters selecting the texts in force on `date`, from the filter values the index
 * holds (`pagefind.filters()`); undefined when no text was in force that day.
 */
export function inForceFilters(
  known: Record<string, Record<string, number>>,
  date: string,
): Record<string, { any: string[] }> | undefined {
  const starts = Object.keys(known[PERIOD_FILTER.from] ?? {}).filter((day) => isDay(day) && day <= date);
  const ends = Object.keys(known[PERIOD_FILTER.until] ?? {}).filter(
    (day) => day === NO_END || (isDay(day) && day > date),
  );
  if (starts.length === 0 || ends.length === 0) return undefined;
  return { [PERIOD_FILTER.from]: { any: starts }, [PERIOD_FILTER.until]: { any: ends } };
}

/** Whether a filter is one of the hidden period filters (not one the reader picks from). */
export function isPeriodFilter(filter: string): boolean {
  return (Object.values(PERIOD_FILTER) as string[]).includes(filter);
}

/** Filters the reader sees: everything but the hidden period filters. */
export function withoutPeriodFilters<T>(filters: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(filters).filter(([name]) => !isPeriodFilter(name)));
}
