/**
 * The benchmark's result document (bench-results/<timestamp>.json, bench-results/latest.json) and the pure
 * functions that turn it into the printed table and the comparison with the previous run. Unit-tested.
 */
import { formatBytes, formatDuration, formatPercent, formatRatio, ratio, relativeChange } from './stats.ts';
import { formatTable } from './table.ts';

export const RESULTS_SCHEMA = 1;

export type Unit = 'ms' | 'bytes' | 'score' | 'count' | 'ratio' | 'text';

/** One line of the table. `key` is stable across runs and is what the comparison matches on. */
export interface BenchRow {
  key: string;
  /** Section heading this row is printed under. */
  section: string;
  label: string;
  /** Corpus size (number of generated regulations) or null for rows that do not depend on it. */
  size: number | null;
  unit: Unit;
  /** This handbook's figure. null = not measured (see `note`). */
  ours: number | null;
  /** The plain-Starlight figure, for rows measured side by side. */
  plain?: number | null;
  /** Human-readable target, e.g. "≤ 1.30×". */
  target?: string;
  /** Whether the target is met; absent when there is no target or no figure. */
  pass?: boolean;
  /** Why a figure is missing, or a remark. */
  note?: string;
}

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryBytes: number;
  node: string;
  platform: string;
  loadAverage: number[];
  chromium?: string;
  astro?: string;
  starlight?: string;
}

export interface BenchOptions {
  sizes: number[];
  skip: string[];
  runs: number;
  keep: boolean;
  content?: string | null;
}

export interface BenchResults {
  schema: typeof RESULTS_SCHEMA;
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  options: BenchOptions;
  /** Things that may have disturbed the figures (concurrent builds, failed steps). */
  notes: string[];
  rows: BenchRow[];
  /** Raw measurements by step, for digging deeper; not compared. */
  details: Record<string, unknown>;
}

export function isBenchResults(value: unknown): value is BenchResults {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Partial<BenchResults>;
  return (
    candidate.schema === RESULTS_SCHEMA && Array.isArray(candidate.rows) && typeof candidate.startedAt === 'string'
  );
}

/** `2025-06-01T08:30:00.000Z` → `2025-06-01T08-30-00Z`, safe as a file name everywhere. */
export function timestampForFile(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
}

export function formatValue(value: number | null | undefined, unit: Unit): string {
  if (value == null || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ms':
      return formatDuration(value);
    case 'bytes':
      return formatBytes(value);
    case 'score':
      return String(Math.round(value));
    case 'ratio':
      return formatRatio(value);
    case 'count':
      return value.toLocaleString('en-US');
    default:
      return String(value);
  }
}

/** The ours/plain column: a ratio for times and sizes, a difference for scores. */
export function formatComparison(row: BenchRow): string {
  if (row.plain == null || row.ours == null) return '';
  if (row.unit === 'score') {
    const diff = Math.round(row.ours) - Math.round(row.plain);
    return diff === 0 ? '±0' : diff > 0 ? `+${diff}` : String(diff);
  }
  const r = ratio(row.ours, row.plain);
  return r === null ? '' : formatRatio(r);
}

/**
 * The run to compare with: the newest earlier result that measured at least one of the same rows (so a
 * `--content` run or a `--sizes 300` run does not hide the last comparable one). Candidates newest first.
 */
export function pickPrevious(candidates: readonly BenchResults[], current: BenchResults): BenchResults | null {
  const keys = new Set(current.rows.filter((row) => row.ours !== null).map((row) => row.key));
  return (
    candidates.find(
      (candidate) =>
        candidate.startedAt !== current.startedAt &&
        candidate.rows.some((row) => row.ours !== null && keys.has(row.key)),
    ) ?? null
  );
}

export interface RowChange {
  key: string;
  before: number;
  after: number;
  change: number | null;
}

/** Matches rows by key and reports the change of `ours` since the previous run. */
export function compareResults(previous: BenchResults | null, current: BenchResults): Map<string, RowChange> {
  const changes = new Map<string, RowChange>();
  if (!previous) return changes;
  const before = new Map(previous.rows.map((row) => [row.key, row]));
  for (const row of current.rows) {
    const old = before.get(row.key);
    if (!old || old.ours == null || row.ours == null || old.unit !== row.unit) continue;
    changes.set(row.key, {
      key: row.key,
      before: old.ours,
      after: row.ours,
      change: relativeChange(old.ours, row.ours),
    });
  }
  return changes;
}

function formatChange(row: BenchRow, change: RowChange | undefined): string {
  if (!change) return '';
  if (row.unit === 'score') {
    const diff = Math.round(change.after) - Math.round(change.before);
    return `${formatValue(change.before, row.unit)} (${diff > 0 ? '+' : diff === 0 ? '±' : ''}${diff})`;
  }
  return `${formatValue(change.before, row.unit)} (${change.change === null ? '—' : formatPercent(change.change)})`;
}

function targetCell(row: BenchRow): string {
  if (!row.target) return '';
  if (row.pass === undefined) return row.target;
  return `${row.target} ${row.pass ? '✓' : '✗'}`;
}

export const TABLE_HEADER = [
  '指标',
  'N',
  '本站',
  'Starlight 原版',
  '本站/原版',
  '目标',
  '上次 (变化)',
  '备注',
] as const;

/** The printed table: rows grouped under their sections in first-seen order. */
export function resultsTable(results: BenchResults, previous: BenchResults | null = null): string {
  const changes = compareResults(previous, results);
  const sections: string[] = [];
  const bySection = new Map<string, BenchRow[]>();
  for (const row of results.rows) {
    if (!bySection.has(row.section)) {
      bySection.set(row.section, []);
      sections.push(row.section);
    }
    bySection.get(row.section)?.push(row);
  }
  const lines: Array<string[] | string> = [];
  for (const section of sections) {
    lines.push(section);
    for (const row of bySection.get(section) ?? []) {
      lines.push([
        row.label,
        row.size === null ? '' : String(row.size),
        row.ours === null ? '不可用' : formatValue(row.ours, row.unit),
        row.plain === undefined ? '' : formatValue(row.plain, row.unit),
        formatComparison(row),
        targetCell(row),
        formatChange(row, changes.get(row.key)),
        row.note ?? '',
      ]);
    }
  }
  return formatTable(TABLE_HEADER, lines, {
    align: ['left', 'right', 'right', 'right', 'right', 'left', 'right', 'left'],
  });
}

export function machineLine(machine: MachineInfo): string {
  const gib = (machine.memoryBytes / 1024 ** 3).toFixed(1);
  const parts = [
    `CPU ${machine.cpuModel}`,
    `${machine.cores} 核`,
    `内存 ${gib} GiB`,
    `Node ${machine.node}`,
    machine.platform,
    `负载 ${machine.loadAverage.map((value) => value.toFixed(2)).join(' / ')}`,
  ];
  if (machine.astro) parts.push(`Astro ${machine.astro}`);
  if (machine.starlight) parts.push(`Starlight ${machine.starlight}`);
  if (machine.chromium) parts.push(machine.chromium);
  return `机器：${parts.join('，')}`;
}
