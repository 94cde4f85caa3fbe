/**
 * What every step of `npm run bench` shares: the run's context (arguments, rows, notes, details), the
 * per-size context (folders, section label, row helper) and small helpers (logging, medians).
 */
import { join, resolve } from 'node:path';
import type { BenchArgs, Step } from './args.ts';
import type { Measured } from './measure.ts';
import type { BenchRow } from './results.ts';
import { median } from './stats.ts';

export const REPO = resolve(import.meta.dirname, '..', '..', '..');

export const log = (text: string) => process.stderr.write(`[bench] ${text}\n`);
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export interface Context {
  args: BenchArgs;
  rows: BenchRow[];
  notes: string[];
  details: Record<string, unknown>;
  concurrent: Set<string>;
}

/** One corpus size of the run: its folders under the run directory and how its rows are labelled. */
export interface SizeContext {
  size: number;
  dir: string;
  root: string;
  contentDir: string;
  logs: string;
  detail: Record<string, unknown>;
  section: string;
  /** Key prefix: what the comparison with the previous run matches on (a real content tree is not a corpus size). */
  k: string;
  row(partial: Omit<BenchRow, 'section' | 'size'>): void;
}

export function sizeContext(ctx: Context, size: number, runDir: string): SizeContext {
  const dir = join(runDir, `n${size}`);
  const root = join(dir, 'root');
  const detail: Record<string, unknown> = {};
  ctx.details[`n${size}`] = detail;
  const section = ctx.args.content ? `${ctx.args.content}（${size} 个文件）` : `N = ${size}`;
  return {
    size,
    dir,
    root,
    contentDir: join(root, 'content'),
    logs: join(dir, 'logs'),
    detail,
    section,
    k: ctx.args.content ? 'content' : `n${size}`,
    row: (partial) => {
      ctx.rows.push({ section, size, ...partial });
    },
  };
}

export const skipped = (ctx: Context, step: Step) => ctx.args.skip.includes(step);

export function noteConcurrent(ctx: Context, measured: Measured) {
  for (const kind of measured.concurrent) ctx.concurrent.add(kind);
}

export function medianOf<T>(runs: readonly T[], pick: (run: T) => number | null): number | null {
  return median(runs.map(pick).filter((value): value is number => value !== null));
}
