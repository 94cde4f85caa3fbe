/** Small statistics and formatting helpers for the benchmark table (pure; unit-tested in tests/bench/). */

export { formatBytes } from '../../../src/format/bytes.ts';

export function median(values: readonly number[]): number | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
  mean: number;
}

export function summarize(values: readonly number[]): Summary | null {
  const finite = values.filter((v) => Number.isFinite(v));
  const med = median(finite);
  if (med === null) return null;
  return {
    runs: finite.length,
    median: med,
    min: Math.min(...finite),
    max: Math.max(...finite),
    mean: finite.reduce((sum, v) => sum + v, 0) / finite.length,
  };
}

/** `ours / baseline`, or null when either side is missing or the baseline is zero. */
export function ratio(ours: number | null | undefined, baseline: number | null | undefined): number | null {
  if (ours == null || baseline == null || !Number.isFinite(ours) || !Number.isFinite(baseline) || baseline === 0)
    return null;
  return ours / baseline;
}

/** Relative change from `before` to `after` (0.1 = +10 %), or null. */
export function relativeChange(before: number | null | undefined, after: number | null | undefined): number | null {
  if (before == null || after == null || before === 0) return null;
  return (after - before) / before;
}

export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const abs = Math.abs(ms);
  if (abs < 1) return `${sign}${abs.toFixed(2)} ms`;
  if (abs < 1000) return `${sign}${abs < 10 ? abs.toFixed(1) : Math.round(abs)} ms`;
  if (abs < 60_000) return `${sign}${(abs / 1000).toFixed(1)} s`;
  const minutes = Math.floor(abs / 60_000);
  const seconds = Math.round((abs % 60_000) / 1000);
  return `${sign}${minutes} min ${String(seconds).padStart(2, '0')} s`;
}

export function formatRatio(value: number): string {
  return `${value.toFixed(2)}×`;
}

export function formatPercent(change: number): string {
  const pct = change * 100;
  const sign = pct > 0 ? '+' : pct < 0 ? '' : '±';
  return `${sign}${pct.toFixed(Math.abs(pct) < 10 ? 1 : 0)}%`;
}
