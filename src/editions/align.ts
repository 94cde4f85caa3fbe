/**
 * Article-by-article alignment of two versions of a regulation.
 *
 * Articles are matched by content, not by number: an order-preserving alignment maximises the total
 * similarity (so renumbering after an inserted or deleted article is transparent), then leftover
 * pairs are matched regardless of order (moved articles), then an unmatched article whose text is
 * covered by a neighbour pair is folded into it (one article split in two, or two merged into one).
 */
import type { ComparableUnit } from './units.ts';

/** Minimum similarity (0–1) for two articles to count as the same article. */
export const MATCH_THRESHOLD = 0.5;
/** Share of an article's text that must reappear in its partner for a split/merge. */
const COVER_THRESHOLD = 0.6;
/** Minimum similarity for an article rewritten in place (same slot between matched neighbours). */
const REWRITE_THRESHOLD = 0.2;

export interface AlignedGroup {
  /** Indexes into the old units (empty: added). */
  old: number[];
  /** Indexes into the new units (empty: removed). */
  new: number[];
  /** Similarity of the joined texts. */
  similarity: number;
  /** Matched out of order (the article moved relative to its neighbours). */
  moved: boolean;
}

function normalise(text: string): string {
  return text.replace(/[\s\u3000]+/gu, '');
}

/** What the similarity measures need of a text, computed once per unit rather than once per pair. */
interface TextFeatures {
  /** Whitespace removed. */
  normal: string;
  /** Character bigram counts (a one-character text counts that character). */
  bigrams: Map<string, number>;
  /** Number of bigrams. */
  size: number;
}

function featuresOf(text: string): TextFeatures {
  const normal = normalise(text);
  const chars = Array.from(normal);
  const bigrams = new Map<string, number>();
  if (chars.length === 1) bigrams.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const key = chars[i]! + chars[i + 1]!;
    bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
  }
  let size = 0;
  for (const value of bigrams.values()) size += value;
  return { normal, bigrams, size };
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  for (const [key, value] of a) shared += Math.min(value, b.get(key) ?? 0);
  return shared;
}

function dice(a: TextFeatures, b: TextFeatures): number {
  if (a.normal === b.normal) return 1;
  const total = a.size + b.size;
  return total === 0 ? 0 : (2 * overlap(a.bigrams, b.bigrams)) / total;
}

/** Share of `part`'s bigrams found in `whole`. */
function coverageOf(part: TextFeatures, whole: TextFeatures): number {
  return part.size === 0 ? 0 : overlap(part.bigrams, whole.bigrams) / part.size;
}

function scoreOf(a: TextFeatures, b: TextFeatures): number {
  const [shorter, longer] = a.normal.length <= b.normal.length ? [a, b] : [b, a];
  return Math.max(dice(a, b), 0.8 * coverageOf(shorter, longer));
}

/** Dice coefficient on character bigrams, whitespace ignored: 1 for equal texts. */
export function similarity(a: string, b: string): number {
  return dice(featuresOf(a), featuresOf(b));
}

/**
 * How alike two articles are for matching: the Dice similarity, or — when one article was extended
 * or shortened (a 款 added or dropped) — the share of the shorter text found in the longer one,
 * discounted so that a genuine rewrite of similar length still wins.
 */
export function matchScore(a: string, b: string): number {
  return scoreOf(featuresOf(a), featuresOf(b));
}

/** Share of `part`'s bigrams found in `whole`. */
function coverage(part: string, whole: string): number {
  return coverageOf(featuresOf(part), featuresOf(whole));
}

const joinTexts = (units: readonly ComparableUnit[], indexes: readonly number[]): string =>
  indexes.map((index) => units[index]!.text).join('\n');

/** Aligns two lists of units; groups come in new-document order, removed ones after their old predecessor. */
export function alignUnits(before: readonly ComparableUnit[], after: readonly ComparableUnit[]): AlignedGroup[] {
  const m = before.length;
  const n = after.length;
  const oldFeatures = before.map((unit) => featuresOf(unit.text));
  const newFeatures = after.map((unit) => featuresOf(unit.text));
  const sim: number[][] = oldFeatures.map((a) => newFeatures.map((b) => scoreOf(a, b)));

  // 1. Order-preserving alignment maximising total similarity (pairs below the threshold forbidden).
  const score: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let i = m - 1; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      const s = sim[i]![j]!;
      const pair = s >= MATCH_THRESHOLD ? s + score[i + 1]![j + 1]! : -Infinity;
      score[i]![j] = Math.max(pair, score[i + 1]![j]!, score[i]![j + 1]!);
    }
  }
  const oldPartner = new Array<number | undefined>(m).fill(undefined);
  const newPartner = new Array<number | undefined>(n).fill(undefined);
  for (let i = 0, j = 0; i < m && j < n;) {
    const s = sim[i]![j]!;
    if (s >= MATCH_THRESHOLD && score[i]![j] === s + score[i + 1]![j + 1]!) {
      oldPartner[i] = j;
      newPartner[j] = i;
      i++;
      j++;
    } else if (score[i]![j] === score[i + 1]![j]) i++;
    else j++;
  }

  // 2. Moved articles: best remaining pairs, any order.
  const moved = new Set<number>();
  const candidates: [number, number, number][] = [];
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++)
      if (oldPartner[i] === undefined && newPartner[j] === undefined && sim[i]![j]! >= MATCH_THRESHOLD)
        candidates.push([sim[i]![j]!, i, j]);
  candidates.sort((a, b) => b[0] - a[0]);
  for (const [, i, j] of candidates) {
    if (oldPartner[i] !== undefined || newPartner[j] !== undefined) continue;
    oldPartner[i] = j;
    newPartner[j] = i;
    moved.add(j);
  }

  // 2b. Rewritten articles: between two matched pairs, equally many unmatched old and new articles
  // in the same slot are the same articles reworded (第六条 rewritten stays 第六条), if related at all.
  const slotStart = (i: number, j: number): void => {
    let di = 0;
    let dj = 0;
    while (i + di < m && oldPartner[i + di] === undefined) di++;
    while (j + dj < n && newPartner[j + dj] === undefined) dj++;
    if (di !== dj) return;
    for (let k = 0; k < di; k++) {
      if (sim[i + k]![j + k]! < REWRITE_THRESHOLD) return;
    }
    for (let k = 0; k < di; k++) {
      oldPartner[i + k] = j + k;
      newPartner[j + k] = i + k;
    }
  };
  for (let i = 0, j = 0; i <= m && j <= n;) {
    if (i < m && j < n && oldPartner[i] === undefined && newPartner[j] === undefined) slotStart(i, j);
    // advance to the next matched pair in order
    if (i < m && oldPartner[i] !== undefined && oldPartner[i] === j) {
      i++;
      j++;
    } else if (i < m && oldPartner[i] === undefined) i++;
    else if (j < n && newPartner[j] === undefined) j++;
    else break;
  }

  // Groups of matched pairs, keyed by their first new index.
  const groups = new Map<number, AlignedGroup>();
  const groupOfNew = new Map<number, AlignedGroup>();
  const groupOfOld = new Map<number, AlignedGroup>();
  for (let j = 0; j < n; j++) {
    const i = newPartner[j];
    if (i === undefined) continue;
    const group: AlignedGroup = { old: [i], new: [j], similarity: sim[i]![j]!, moved: moved.has(j) };
    groups.set(j, group);
    groupOfNew.set(j, group);
    groupOfOld.set(i, group);
  }

  // 3. Split: an unmatched new article next to a matched one, both covered by the same old article.
  const tryFold = (side: 'new' | 'old', index: number): void => {
    const own = side === 'new' ? after : before;
    const other = side === 'new' ? before : after;
    const byIndex = side === 'new' ? groupOfNew : groupOfOld;
    for (const neighbour of [index - 1, index + 1]) {
      const group = byIndex.get(neighbour);
      if (!group) continue;
      const mine = side === 'new' ? group.new : group.old;
      const theirs = side === 'new' ? group.old : group.new;
      const partnerText = joinTexts(other, theirs);
      if (coverage(own[index]!.text, partnerText) < COVER_THRESHOLD) continue;
      const joined = [...mine, index].sort((a, b) => a - b);
      const combined = similarity(joinTexts(own, joined), partnerText);
      if (combined <= group.similarity) continue;
      if (side === 'new') group.new = joined;
      else group.old = joined;
      group.similarity = combined;
      byIndex.set(index, group);
      return;
    }
  };
  for (let j = 0; j < n; j++) if (!groupOfNew.has(j)) tryFold('new', j);
  for (let i = 0; i < m; i++) if (!groupOfOld.has(i)) tryFold('old', i);

  // Assemble in new order; removed old units go right after the group holding their old predecessor.
  const out: AlignedGroup[] = [];
  const emitted = new Set<AlignedGroup>();
  const removedAfter = new Map<number, number[]>();
  for (let i = 0; i < m; i++) {
    if (groupOfOld.has(i)) continue;
    let anchorNew = -1;
    for (let k = i - 1; k >= 0; k--) {
      const group = groupOfOld.get(k);
      if (group) {
        anchorNew = Math.max(...group.new);
        break;
      }
    }
    removedAfter.set(anchorNew, [...(removedAfter.get(anchorNew) ?? []), i]);
  }
  const emitRemoved = (after: number): void => {
    for (const i of removedAfter.get(after) ?? []) out.push({ old: [i], new: [], similarity: 0, moved: false });
  };
  emitRemoved(-1);
  for (let j = 0; j < n; j++) {
    const group = groupOfNew.get(j);
    if (!group) out.push({ old: [], new: [j], similarity: 0, moved: false });
    else if (!emitted.has(group)) {
      emitted.add(group);
      out.push(group);
    }
    emitRemoved(j);
  }
  return out;
}
