/**
 * Calling the other helpers' benchmark modules and turning what they return into table rows.
 *
 * Contract for scripts/bench/<name>.ts (engine, search, pdf, editions): export `bench<Name>` (or `bench`) taking
 * a HelperContext and returning (a promise of) either
 *   - `{ rows: [{ key?, label, value, unit?, note?, target?, pass? }] }` — printed as they are, or
 *   - any object — its numeric fields (nested ones too) become rows; the unit is guessed from the field name
 *     (…Ms / …ms → time, …Bytes / …Size → bytes, …Score → score, otherwise a count).
 * Return `{ notAvailable: 'reason' }` to have the row say why nothing was measured.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchRow, Unit } from './results.ts';

export const RESULT_MARKER = '@@ZHIDU-BENCH-RESULT@@';

export interface HelperContext {
  /** Repository root (cwd of the bench). */
  repoRoot: string;
  /** Folder whose `content/` subfolder is the generated content tree (what `--root` of the validator takes). */
  root: string;
  /** The generated content tree (what ZHIDU_CONTENT_DIR points at). */
  contentDir: string;
  /** This handbook built from that tree (`astro build --outDir`), base `/`. */
  distDir: string;
  base: string;
  /** Number of generated regulations. */
  size: number;
  /** A typical regulation page, e.g. `/kaoqin/qingxiaojia/`. */
  samplePage: string | null;
  /** Scratch folder for the helper. */
  workDir: string;
}

export type HelperOutcome =
  | { status: 'ok'; function: string; result: unknown; wallMs: number; output?: string }
  | { status: 'not-available'; reason: string }
  | { status: 'failed'; reason: string; wallMs: number };

/** Whether a module's source exports one of the benchmark functions run-helper.ts looks for (pure). */
export function exportsBenchFunction(source: string, name: string): boolean {
  const names = [`bench${name.charAt(0).toUpperCase()}${name.slice(1)}`, 'bench', 'run'];
  const declared = new RegExp(`export\\s+(?:async\\s+)?(?:function\\*?|const|let)\\s+(${names.join('|')})\\b`);
  const listed = new RegExp(`export\\s*\\{[^}]*\\b(${names.join('|')})\\b[^}]*\\}`);
  return declared.test(source) || listed.test(source) || /export\s+default\s+(?:async\s+)?function/.test(source);
}

/**
 * Runs scripts/bench/<name>.ts: through run-helper.ts when it exports a benchmark function; otherwise, when
 * `cliArgs` is given, as a command line (`node scripts/bench/<name>.ts …cliArgs`) whose last line of output, if it
 * is JSON, is the result (else its wall time is). Modules are not imported here, so CLI code in them cannot run.
 */
export async function runHelper(
  repoRoot: string,
  name: string,
  context: HelperContext,
  cliArgs: readonly string[] | null = null,
  /** Script to run with cliArgs instead of scripts/bench/<name>.ts when that exports no benchmark function. */
  cliScript: string | null = null,
  timeoutMs = 30 * 60_000,
): Promise<HelperOutcome> {
  const modulePath = join(repoRoot, 'scripts', 'bench', `${name}.ts`);
  if (!existsSync(modulePath)) return { status: 'not-available', reason: `scripts/bench/${name}.ts 尚不存在` };
  const viaExport = exportsBenchFunction(readFileSync(modulePath, 'utf8'), name);
  if (!viaExport && !cliArgs) return { status: 'not-available', reason: `scripts/bench/${name}.ts 未导出 bench 函数` };
  const cliPath = cliScript ?? modulePath;
  const started = performance.now();
  const runner = join(repoRoot, 'scripts', 'bench', 'lib', 'run-helper.ts');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      viaExport ? [runner, modulePath, name, JSON.stringify(context)] : [cliPath, ...(cliArgs ?? [])],
      { cwd: repoRoot, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, env: process.env },
      (error, stdout, stderr) => {
        const wallMs = performance.now() - started;
        if (!viaExport) {
          if (error) {
            resolve({
              status: 'failed',
              reason: `${error.message.split('\n')[0]}：${stderr.trim().split('\n').slice(-3).join(' ⏎ ')}`,
              wallMs,
            });
            return;
          }
          const last = stdout.trim().split('\n').at(-1) ?? '';
          let result: unknown;
          try {
            result = JSON.parse(last);
          } catch {
            // not JSON: a printed key/value table (console.table), else the wall time
            const table = parseKeyValueTable(stdout);
            result =
              table.length > 0
                ? { rows: table.map((row) => ({ ...row, label: `${name}：${row.label}` })) }
                : { wallMs };
          }
          resolve({
            status: 'ok',
            function: `CLI ${cliArgs?.join(' ') ?? ''}`,
            result,
            wallMs,
            output: stdout.slice(-4000),
          });
          return;
        }
        const at = stdout.lastIndexOf(RESULT_MARKER);
        if (at < 0) {
          const why = error ? error.message.split('\n')[0] : '没有输出结果';
          resolve({
            status: 'failed',
            reason: `${why}${stderr ? `：${stderr.trim().split('\n').slice(-3).join(' ⏎ ')}` : ''}`,
            wallMs,
          });
          return;
        }
        try {
          const payload = JSON.parse(stdout.slice(at + RESULT_MARKER.length)) as {
            notAvailable?: string;
            function?: string;
            result?: unknown;
          };
          if (payload.notAvailable) resolve({ status: 'not-available', reason: payload.notAvailable });
          else {
            const result = payload.result as { notAvailable?: unknown } | null;
            if (result && typeof result === 'object' && typeof result.notAvailable === 'string')
              resolve({ status: 'not-available', reason: result.notAvailable });
            else resolve({ status: 'ok', function: payload.function ?? '?', result: payload.result, wallMs });
          }
        } catch (parseError) {
          resolve({ status: 'failed', reason: `结果不是 JSON：${String(parseError)}`, wallMs });
        }
      },
    );
  });
}

/**
 * Rows of a key/value table printed by console.table (`│ firstQueryKB │ 128.3 │`) with numeric values (pure).
 * Keys ending in KB/MB are converted to bytes, keys mentioning ms to milliseconds.
 */
export function parseKeyValueTable(output: string): Array<{ key: string; label: string; value: number; unit: Unit }> {
  const rows: Array<{ key: string; label: string; value: number; unit: Unit }> = [];
  for (const line of output.split('\n')) {
    const cells = line.split('│').map((cell) => cell.trim());
    if (cells.length !== 4 || !cells[1] || cells[1] === '(index)') continue;
    const key = cells[1];
    const text = (cells[2] ?? '').replace(/^'|'$/g, '');
    if (!/^-?\d+(\.\d+)?$/.test(text)) continue;
    let value = Number(text);
    let unit: Unit = guessUnit(key);
    if (/\bKB\b|KB$|KB\b/.test(key)) {
      value *= 1024;
      unit = 'bytes';
    } else if (/\bMB\b|MB$/.test(key)) {
      value *= 1024 * 1024;
      unit = 'bytes';
    } else if (/\bms\b|Ms\b|ms$/.test(key)) unit = 'ms';
    rows.push({ key, label: key, value, unit });
  }
  return rows;
}

/** Units other than the table's own (s, KB, MB, ×) converted to them (pure). */
export function convertUnit(unit: unknown, value: unknown): { unit: Unit; value: number } | null {
  if (typeof unit !== 'string' || typeof value !== 'number') return null;
  const factors: Record<string, [Unit, number]> = {
    s: ['ms', 1000],
    sec: ['ms', 1000],
    seconds: ['ms', 1000],
    KB: ['bytes', 1024],
    kB: ['bytes', 1024],
    MB: ['bytes', 1024 * 1024],
    x: ['ratio', 1],
    '×': ['ratio', 1],
  };
  const factor = factors[unit];
  return factor ? { unit: factor[0], value: value * factor[1] } : null;
}

export function guessUnit(key: string): Unit {
  if (/score$/i.test(key)) return 'score';
  if (/(ms|millis|duration|time)$/i.test(key)) return 'ms';
  if (/(bytes|size)$/i.test(key)) return 'bytes';
  if (/ratio$/i.test(key)) return 'ratio';
  return 'count';
}

const UNITS: readonly Unit[] = ['ms', 'bytes', 'score', 'count', 'ratio', 'text'];

interface HelperRow {
  key?: unknown;
  label?: unknown;
  value?: unknown;
  unit?: unknown;
  note?: unknown;
  target?: unknown;
  pass?: unknown;
}

/** Turns a helper's outcome into table rows (pure; unit-tested). */
export function helperRows(name: string, section: string, size: number | null, outcome: HelperOutcome): BenchRow[] {
  const base = `${name}${size === null ? '' : `.n${size}`}`;
  if (outcome.status !== 'ok') {
    return [
      {
        key: `${base}.status`,
        section,
        label: name,
        size,
        unit: 'text',
        ours: null,
        note: outcome.status === 'not-available' ? `不可用：${outcome.reason}` : `失败：${outcome.reason}`,
      },
    ];
  }
  const result = outcome.result as { rows?: unknown } | null;
  const rows: BenchRow[] = [];
  if (result && typeof result === 'object' && Array.isArray(result.rows)) {
    for (const [index, raw] of (result.rows as HelperRow[]).entries()) {
      const label = typeof raw.label === 'string' ? raw.label : `${name} #${index + 1}`;
      const scaled = convertUnit(raw.unit, raw.value);
      const unit =
        scaled?.unit ??
        (typeof raw.unit === 'string' && (UNITS as readonly string[]).includes(raw.unit)
          ? (raw.unit as Unit)
          : guessUnit(label));
      const value = scaled ? scaled.value : raw.value;
      const row: BenchRow = {
        key: `${base}.${typeof raw.key === 'string' ? raw.key : label}`,
        section,
        label,
        size,
        unit,
        ours: typeof value === 'number' && Number.isFinite(value) ? value : null,
      };
      if (typeof raw.note === 'string') row.note = raw.note;
      else if (typeof raw.value === 'string') row.note = raw.value;
      if (typeof raw.target === 'string') row.target = raw.target;
      else if (typeof raw.target === 'number')
        row.target = unit === 'ratio' ? `≤ ${raw.target.toFixed(2)}×` : `≤ ${raw.target}`;
      if (typeof raw.pass === 'boolean') row.pass = raw.pass;
      rows.push(row);
    }
  } else {
    const walk = (value: unknown, path: string[]) => {
      if (rows.length >= 40) return;
      if (typeof value === 'number' && Number.isFinite(value)) {
        const key = path.join('.') || 'value';
        rows.push({
          key: `${base}.${key}`,
          section,
          label: `${name}: ${key}`,
          size,
          unit: guessUnit(path.at(-1) ?? key),
          ours: value,
        });
      } else if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
      }
    };
    walk(outcome.result, []);
  }
  if (rows.length === 0) {
    rows.push({
      key: `${base}.wall`,
      section,
      label: `${name}（整体耗时）`,
      size,
      unit: 'ms',
      ours: outcome.wallMs,
      note: '模块未返回数值',
    });
  }
  return rows;
}
