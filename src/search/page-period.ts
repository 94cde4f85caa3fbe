/**
 * The period of the text a page shows, for its search data: a label on every result card (施行
 * 2018年7月1日至2026年3月31日) and, on the one page that is the text's own (the current page for the
 * current text, the version page for a replaced one; src/site/version-site.ts `textPath`), the hidden
 * filters that let a search be limited to a date (date-limit.ts). An archived edition's page shows a
 * text whose own page is a version page or the current page: it gets the label only, so a date
 * search never lists the same text twice.
 */
import type { Regulation } from '../handbook/model.ts';
import { entryKey, madeByOf, type RegulationText, type Timeline } from '../editions/text-timeline.ts';
import { periodLabel, textPath } from '../site/version-site.ts';
import { regulationPath } from '../site/urls.ts';
import { periodFilters } from './date-limit.ts';

export interface PagePeriod {
  /** `2018年7月1日至2026年3月31日` or `2026年4月1日起`. */
  label: string;
  /** Hidden period filters (empty: this page is not where the text lives). */
  filters: Record<string, string>;
}

function periodOf(text: RegulationText, own: boolean): PagePeriod {
  return { label: periodLabel(text), filters: own && text.from ? periodFilters(text.from, text.until) : {} };
}

/** The period of the text an edition's regulation page shows (`current`: the page of the current edition). */
export function editionPagePeriod(
  timeline: Timeline | undefined,
  regulation: Regulation,
  current: boolean,
): PagePeriod | undefined {
  const maker = madeByOf(regulation.data.history);
  const text = maker && timeline?.texts.find((candidate) => entryKey(candidate.madeBy) === entryKey(maker));
  if (!timeline || !text) return undefined;
  return periodOf(text, current && textPath(timeline, text) === regulationPath(timeline.regulationId));
}

/** The period of the text a version page (`/versions/<chapter>/<slug>/<from>/`) shows: always its own page. */
export function versionPagePeriod(text: RegulationText): PagePeriod {
  return periodOf(text, true);
}
