/**
 * Runs a command and measures it: wall time, CPU time and peak memory. Peak memory is sampled from /proc as
 * the summed RSS of the whole child process tree (Astro spawns esbuild and Pagefind); when GNU time is present
 * its "maximum resident set size" (largest single process) and CPU seconds are recorded too.
 * While sampling it also notices other heavy processes on the machine (someone else's `astro build`, vitest,
 * Chromium) so the report can say the timings were disturbed.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const PAGE_SIZE = 4096;
const SAMPLE_MS = 100;

export interface Measured {
  command: string;
  exitCode: number | null;
  wallMs: number;
  /** Peak of the summed RSS of the child tree, sampled every 100 ms (null when /proc is unavailable). */
  peakTreeRssBytes: number | null;
  /** GNU time's maximum RSS (largest single process), when /usr/bin/time exists. */
  maxRssBytes: number | null;
  /** User + system CPU seconds of the child and its children, as milliseconds (GNU time). */
  cpuMs: number | null;
  /** Kinds of heavy process outside this measurement that ran at the same time (see heavyKind). */
  concurrent: string[];
  logFile: string;
}

export interface MeasureOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** stdout and stderr go here. */
  logFile: string;
  timeoutMs?: number;
}

function readStat(pid: number): { ppid: number; rssPages: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces; the rest follows the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), rssPages: Number(fields[21]) };
  } catch {
    return null;
  }
}

function listPids(): number[] {
  try {
    return readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return [];
  }
}

/** Kinds of heavy process whose presence makes timings unreliable, with the label the report uses. */
const HEAVY: ReadonlyArray<[RegExp, string]> = [
  [/astro(\.mjs)?\s+build/, 'astro build'],
  [/astro(\.mjs)?\s+(dev|preview)/, 'astro dev/preview'],
  [/astro(\.mjs)?\s+check|\btsc\b/, 'astro check/tsc'],
  [/vitest/, 'vitest'],
  [/\/chromium\b|\bchrome\b/, 'chromium'],
  [/pagefind/, 'pagefind'],
  [/lighthouse/, 'lighthouse'],
  [/eslint|prettier/, 'eslint/prettier'],
  [/scripts\/(check|pdf|bench)/, 'scripts/*'],
];

export function heavyKind(commandLine: string): string | null {
  for (const [pattern, label] of HEAVY) if (pattern.test(commandLine)) return label;
  return null;
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0+/g, ' ').trim();
  } catch {
    return '';
  }
}

/** Our own ancestors (npm, the shell, this bench) are not "concurrent" load. */
function ancestorsOfSelf(): Set<number> {
  const set = new Set<number>([process.pid]);
  let pid = process.ppid;
  while (pid > 1 && !set.has(pid)) {
    set.add(pid);
    pid = readStat(pid)?.ppid ?? 1;
  }
  return set;
}

/** Sums RSS over `root` and its descendants; returns the pids outside the tree too. */
function sampleTree(root: number): { rssBytes: number; others: number[] } {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const pid of listPids()) {
    const stat = readStat(pid);
    if (!stat) continue;
    parents.set(pid, stat.ppid);
    rss.set(pid, stat.rssPages);
  }
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) {
    const list = children.get(ppid);
    if (list) list.push(pid);
    else children.set(ppid, [pid]);
  }
  const inTree = new Set<number>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    if (inTree.has(pid)) continue;
    inTree.add(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  let pages = 0;
  for (const pid of inTree) pages += rss.get(pid) ?? 0;
  return { rssBytes: pages * PAGE_SIZE, others: [...parents.keys()].filter((pid) => !inTree.has(pid)) };
}

export async function runMeasured(
  command: string,
  args: readonly string[],
  options: MeasureOptions,
): Promise<Measured> {
  const timeFile = `${options.logFile}.time`;
  const useTime = GNU_TIME !== null;
  const file = useTime ? (GNU_TIME as string) : command;
  const argv = useTime ? ['-f', '%e %U %S %M', '-o', timeFile, command, ...args] : [...args];
  const log = createWriteStream(options.logFile);
  const self = ancestorsOfSelf();
  const seen = new Map<number, string>();
  const concurrent = new Set<string>();
  const started = performance.now();
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let peak: number | null = existsSync('/proc/self/stat') ? 0 : null;
  const sample = () => {
    if (peak === null || child.pid === undefined) return;
    const { rssBytes, others } = sampleTree(child.pid);
    peak = Math.max(peak, rssBytes);
    for (const pid of others) {
      if (self.has(pid) || seen.has(pid)) continue;
      const line = cmdline(pid);
      seen.set(pid, line);
      const kind = heavyKind(line);
      if (kind) concurrent.add(kind);
    }
  };
  const timer = setInterval(sample, SAMPLE_MS);
  const killer = options.timeoutMs ? setTimeout(() => child.kill('SIGTERM'), options.timeoutMs) : null;
  const exitCode = await new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(null));
    child.on('close', (code) => resolve(code));
  });
  const wallMs = performance.now() - started;
  clearInterval(timer);
  if (killer) clearTimeout(killer);
  await new Promise<void>((resolve) => log.end(resolve));
  let maxRssBytes: number | null = null;
  let cpuMs: number | null = null;
  if (useTime) {
    try {
      const text = (await readFile(timeFile, 'utf8')).trim().split('\n').pop() ?? '';
      const [, user, system, maxKb] = text.split(/\s+/).map(Number);
      if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = ((user as number) + (system as number)) * 1000;
      if (Number.isFinite(maxKb)) maxRssBytes = (maxKb as number) * 1024;
      await rm(timeFile, { force: true });
    } catch {
      // GNU time writes nothing when the command could not start.
    }
  }
  return {
    command: [command, ...args].join(' '),
    exitCode,
    wallMs,
    peakTreeRssBytes: peak,
    maxRssBytes,
    cpuMs,
    concurrent: [...concurrent],
    logFile: options.logFile,
  };
}

/** Last lines of a log, for error messages. */
export async function tail(file: string, lines = 20): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    try {
      bytes += statSync(join(entry.parentPath, entry.name)).size;
      files++;
    } catch {
      // vanished meanwhile
    }
  }
  return { bytes, files };
}
