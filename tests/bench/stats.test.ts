import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatDuration,
  formatPercent,
  formatRatio,
  median,
  ratio,
  relativeChange,
  summarize,
} from '../../scripts/bench/lib/stats.ts';

describe('statistics', () => {
  it('takes the median of odd and even counts and ignores non-finite values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, Number.NaN, Number.POSITIVE_INFINITY])).toBe(5);
    expect(median([])).toBeNull();
  });

  it('summarizes runs', () => {
    expect(summarize([10, 30, 20])).toEqual({ runs: 3, median: 20, min: 10, max: 30, mean: 20 });
    expect(summarize([])).toBeNull();
  });

  it('computes ratios and relative changes, refusing a zero or missing baseline', () => {
    expect(ratio(13, 10)).toBeCloseTo(1.3);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(null, 10)).toBeNull();
    expect(ratio(5, undefined)).toBeNull();
    expect(relativeChange(100, 110)).toBeCloseTo(0.1);
    expect(relativeChange(0, 5)).toBeNull();
  });
});

describe('formatting', () => {
  it('formats bytes in binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(15 * 1024)).toBe('15.0 KB');
    expect(formatBytes(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(formatBytes(-2048)).toBe('-2.0 KB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.00 GB');
  });

  it('formats durations from sub-millisecond to minutes', () => {
    expect(formatDuration(0.5)).toBe('0.50 ms');
    expect(formatDuration(7.25)).toBe('7.3 ms');
    expect(formatDuration(250)).toBe('250 ms');
    expect(formatDuration(12_345)).toBe('12.3 s');
    expect(formatDuration(125_000)).toBe('2 min 05 s');
  });

  it('formats ratios and signed percentages', () => {
    expect(formatRatio(1.234)).toBe('1.23×');
    expect(formatPercent(0.053)).toBe('+5.3%');
    expect(formatPercent(-0.25)).toBe('-25%');
    expect(formatPercent(0)).toBe('±0.0%');
  });
});
