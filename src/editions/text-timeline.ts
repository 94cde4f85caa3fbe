/**
 * The texts of a regulation through time, in one model: each text with the period it was in force
 * (施行 … 至 …) and the change that ended it (修订说明, 文号), derived from the history of the
 * current file, the edition snapshots (content/editions/<year>/) and the kept texts
 * (content/versions/, kept-text.ts). It answers "which text was in force on date D" and
 * "which regulations were in force on D"; the validator, the commands and the site all ask it.
 *
 * A text is identified by the history entry that made it (the last `enacted`/`revised` entry of
 * the file that holds it); its period starts on that file's `effective` and ends when the next text
 * takes effect, or on the day of the abolition.
 */
import type { HistoryEntry } from '../schema/index.ts';
import type { KeptFields } from './kept-text.ts';

/** Where the words of a text are stored. */
export type TextOrigin =
  | { kind: 'current' }
  /** Frozen in the edition snapshot of `edition` (its year). */
  | { kind: 'edition'; edition: string }
  /** Frozen under content/versions/. */
  | { kind: 'kept'; filePath: string };

/** A file that holds one text of a regulation. */
export interface TextCandidate {
  origin: TextOrigin;
  source: string;
  fields: KeptFields;
}

export interface RegulationText {
  regulationId: string;
  /** The history entry that made this text (制定 or 修订). */
  madeBy: HistoryEntry;
  /** `YYYY-MM-DD` the text took effect (undefined: made before the first edition and not kept). */
  from: string | undefined;
  /** First day it was no longer in force (undefined: still in force, or the current text). */
  until: string | undefined;
  /** The change that ended it: the next revision, or the abolition. */
  endedBy: HistoryEntry | undefined;
  /** Where its words are (undefined: not kept, only recorded in the history). */
  stored: TextCandidate | undefined;
  /** This is the text of the current file. */
  isCurrent: boolean;
}

export interface Timeline {
  regulationId: string;
  title: string;
  texts: RegulationText[];
  /** Day the regulation was abolished (undefined: in force). */
  abolishedOn: string | undefined;
}

const makesText = (entry: HistoryEntry) => entry.action === 'enacted' || entry.action === 'revised';
export const entryKey = (entry: Pick<HistoryEntry, 'date' | 'action'>): string => `${entry.date} ${entry.action}`;

/** The entry that made the text a file holds. */
export function madeByOf(history: readonly HistoryEntry[]): HistoryEntry | undefined {
  return history.findLast(makesText);
}

const preference = (origin: TextOrigin) => (origin.kind === 'kept' ? 0 : origin.kind === 'edition' ? 1 : 2);

/**
 * The timeline of one regulation. `current` is the current file (its history is the whole life);
 * `frozen` are its edition snapshots and kept texts, in any order.
 */
export function buildTimeline(
  regulationId: string,
  current: TextCandidate,
  frozen: readonly TextCandidate[],
): Timeline {
  const history = current.fields.history;
  const byMaker = new Map<string, TextCandidate>();
  for (const candidate of [...frozen, current]) {
    const maker = madeByOf(candidate.fields.history);
    if (!maker) continue;
    const key = entryKey(maker);
    const have = byMaker.get(key);
    if (!have || preference(candidate.origin) < preference(have.origin)) byMaker.set(key, candidate);
  }
  const currentMaker = madeByOf(history);
  const abolition = history.findLast((entry) => entry.action === 'abolished');
  const texts: RegulationText[] = [];
  history.forEach((entry, index) => {
    if (!makesText(entry)) return;
    const stored = byMaker.get(entryKey(entry));
    const endedBy = history.slice(index + 1).find((next) => makesText(next) || next.action === 'abolished');
    texts.push({
      regulationId,
      madeBy: entry,
      from: stored?.fields.effective,
      until: undefined,
      endedBy,
      stored,
      isCurrent: currentMaker !== undefined && entryKey(entry) === entryKey(currentMaker),
    });
  });
  texts.forEach((text, index) => {
    const next = texts[index + 1];
    if (next) text.until = next.from ?? next.madeBy.date;
    else if (abolition) text.until = abolition.date;
  });
  return { regulationId, title: current.fields.title, texts, abolishedOn: abolition?.date };
}

/** What stood on a date. */
export type Standing =
  | { kind: 'in-force'; text: RegulationText }
  /** Made before the first edition and not kept: only the history knows it. */
  | { kind: 'not-kept'; text: RegulationText }
  | { kind: 'not-yet' }
  | { kind: 'abolished'; on: string };

/** Which text of a regulation was in force on `date` (`YYYY-MM-DD`). */
export function textOn(timeline: Timeline, date: string): Standing {
  if (timeline.abolishedOn && date >= timeline.abolishedOn) return { kind: 'abolished', on: timeline.abolishedOn };
  for (let index = timeline.texts.length - 1; index >= 0; index--) {
    const text = timeline.texts[index]!;
    const start = text.from ?? text.madeBy.date;
    if (date < start) continue;
    if (text.until && date >= text.until) return { kind: 'not-yet' };
    return text.from && text.stored ? { kind: 'in-force', text } : { kind: 'not-kept', text };
  }
  return { kind: 'not-yet' };
}

/** The regulations in force on `date`, each with its text of that day. */
export function inForceOn(timelines: readonly Timeline[], date: string): RegulationText[] {
  return timelines.flatMap((timeline) => {
    const standing = textOn(timeline, date);
    return standing.kind === 'in-force' || standing.kind === 'not-kept' ? [standing.text] : [];
  });
}

/** The day before `date` (the last day of a period that ends when the next text takes effect). */
export function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** Texts whose words are frozen (edition or kept) and are not the current text: each gets a version page. */
export function pastTexts(timeline: Timeline): RegulationText[] {
  return timeline.texts.filter(
    (text) =>
      text.from !== undefined &&
      text.stored &&
      text.stored.origin.kind !== 'current' &&
      (!text.isCurrent || timeline.abolishedOn !== undefined),
  );
}
