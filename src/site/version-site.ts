/**
 * The date view on the site: where each text of a regulation lives (the current page, or a
 * prebuilt version page `/versions/<chapter>/<slug>/<from>/`), how its period reads, and which
 * page a citation made on a date leads to. Timelines are loaded once per build process.
 */
import { loadContentTree } from '../handbook/content-tree.ts';
import { loadHandbookModel } from '../handbook/load.ts';
import type { Regulation } from '../handbook/model.ts';
import { compareSources, type RegulationComparison } from '../editions/compare.ts';
import { comparisonOf } from '../editions/site.ts';
import { formatChineseDate } from '../handbook/chinese-date.ts';
import { regulationPath, type SitePath } from './urls.ts';
import { loadKeptFolders } from '../editions/kept-text.ts';
import { loadRedirects } from '../editions/site-redirects.ts';
import { dayBefore, pastTexts, textOn, type RegulationText, type Timeline } from '../editions/text-timeline.ts';
import { timelinesOf } from '../editions/timelines.ts';

export function versionPath(regulationId: string, from: string): SitePath {
  return `versions/${regulationId}/${from}/`;
}

/** 某日施行的制度: the whole handbook (`versions/`) or one chapter (`versions/<chapter>/`); `?date=` picks the day. */
export function asAtPath(chapterKey?: string): SitePath {
  return chapterKey ? `versions/${chapterKey}/` : 'versions/';
}

/** The timelines of a chapter's regulations (abolished ones included), in the order the site lists them. */
export function chapterTimelines(timelines: ReadonlyMap<string, Timeline>, chapterKey: string): Timeline[] {
  return [...timelines.values()].filter((timeline) => timeline.regulationId.startsWith(`${chapterKey}/`));
}

/**
 * Id of the comparison with the next text on a version page. Each comparison of two consecutive texts lives on the
 * earlier text's version page (every earlier text has one), not on a page of its own: at 1,000 regulations revised
 * twice, 1,816 comparison pages each cost a whole page frame.
 */
export const NEXT_COMPARISON_ID = 'zd-compare-next';

/** Where the comparison of a text with the text before it is: the earlier text's page (`before` = its `from`). */
export function versionComparePath(regulationId: string, before: string): SitePath {
  return versionPath(regulationId, before);
}

/** The texts `text` and the one after it, when both have words and the earlier has a page (undefined: none). */
export function nextComparable(timeline: Timeline, text: RegulationText): RegulationText | undefined {
  const next = timeline.texts[timeline.texts.indexOf(text) + 1];
  if (!next?.from || !next.stored || !text.from || !text.stored || !hasVersionPage(timeline, text)) return undefined;
  return next;
}

const CACHE_KEY = Symbol.for('zhidu.timelines.cache');

/** Timelines of the handbook the site is built from (same content folder as loadHandbookModel). */
export function loadSiteTimelines(repoRoot: string = process.cwd()): Promise<Map<string, Timeline>> {
  const holder = globalThis as { [CACHE_KEY]?: Map<string, Promise<Map<string, Timeline>>> };
  const cache = (holder[CACHE_KEY] ??= new Map());
  const contentDir = process.env['ZHIDU_CONTENT_DIR'];
  const key = `${repoRoot}\0${contentDir ?? ''}`;
  let timelines = cache.get(key);
  if (!timelines) {
    timelines = loadContentTree(repoRoot, contentDir ? { contentDir } : {}).then(async (tree) =>
      timelinesOf(tree, await loadKeptFolders(tree.contentDir), await loadRedirects(repoRoot)),
    );
    cache.set(key, timelines);
  }
  return timelines;
}

/** Whether a text has its own version page (a frozen text other than the current one). */
export function hasVersionPage(timeline: Timeline, text: RegulationText): boolean {
  return pastTexts(timeline).includes(text);
}

/** The page that shows a text (undefined: its words were not kept). */
export function textPath(timeline: Timeline, text: RegulationText): SitePath | undefined {
  if (text.from && hasVersionPage(timeline, text)) return versionPath(timeline.regulationId, text.from);
  return text.isCurrent ? regulationPath(timeline.regulationId) : undefined;
}

/** `2026年4月1日至2026年6月9日`, `2026年4月1日起`, or the decision date when the text was not kept. */
export function periodLabel(text: RegulationText): string {
  const start = text.from ? formatChineseDate(text.from) : `${formatChineseDate(text.madeBy.date)}（通过日期）`;
  if (!text.until) return `${start}起`;
  return `${start}至${formatChineseDate(dayBefore(text.until))}`;
}

/**
 * The page a citation made on `date` leads to: the cited regulation's text in force that day; its
 * current page when that text has no page of its own (not made yet, abolished, not kept).
 */
export function pathOn(timelines: ReadonlyMap<string, Timeline>, regulationId: string, date: string): SitePath {
  const timeline = timelines.get(regulationId);
  if (!timeline) return regulationPath(regulationId);
  const standing = textOn(timeline, date);
  return (standing.kind === 'in-force' && textPath(timeline, standing.text)) || regulationPath(regulationId);
}

/** The periods a regulation page embeds for `?date=` (tiny: one row per text with a page). */
export interface PeriodRow {
  /** First day in force. */
  f: string;
  /** First day no longer in force (absent: still in force). */
  u?: string;
  /** Site path without base. */
  p: string;
}

export function periodRows(timeline: Timeline): PeriodRow[] {
  return timeline.texts.flatMap((text) => {
    const path = textPath(timeline, text);
    if (!path || !text.from) return [];
    return [{ f: text.from, ...(text.until ? { u: text.until } : {}), p: path }];
  });
}

/**
 * The article comparison of two consecutive texts. Texts that are also edition files (a frozen
 * edition, the current file) go through the edition comparison's cache, so the pair already
 * compared for /compare/ is not aligned twice in one build.
 */
export async function compareConsecutive(before: RegulationText, after: RegulationText): Promise<RegulationComparison> {
  const model = await loadHandbookModel();
  const regulationOf = (text: RegulationText): Regulation | undefined => {
    const origin = text.stored?.origin;
    const edition =
      origin?.kind === 'current'
        ? model.current
        : origin?.kind === 'edition'
          ? model.archived.find((candidate) => candidate.key === origin.edition)
          : undefined;
    return edition?.regulations.find((candidate) => candidate.id === text.regulationId);
  };
  const [previous, next] = [regulationOf(before), regulationOf(after)];
  if (previous && next) return comparisonOf(next, previous);
  return compareSources(before.stored?.source ?? '', after.stored?.source ?? '');
}
