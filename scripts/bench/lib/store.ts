/**
 * bench-results/: every run as `<time>.json`, the newest also as `latest.json`; earlier runs are read back to show
 * what changed.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isBenchResults, timestampForFile, type BenchResults } from './results.ts';

const LATEST = 'latest.json';

async function readResults(file: string): Promise<BenchResults | null> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as unknown;
    return isBenchResults(data) ? data : null;
  } catch {
    return null;
  }
}

/** Earlier runs that can be read back: latest.json first, then the timestamped files, newest first (at most 50). */
export async function loadEarlierResults(dir: string): Promise<BenchResults[]> {
  if (!existsSync(dir)) return [];
  const names = (await readdir(dir))
    .filter((name) => /^\d{4}-.*\.json$/.test(name))
    .sort()
    .reverse();
  const out: BenchResults[] = [];
  for (const name of [LATEST, ...names.slice(0, 50)]) {
    const results = await readResults(join(dir, name));
    if (results) out.push(results);
  }
  return out;
}

/** Writes a run as `<time>.json` and `latest.json`; returns the timestamped file. */
export async function saveResults(dir: string, results: BenchResults): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${timestampForFile(results.startedAt)}.json`);
  const json = `${JSON.stringify(results, null, 2)}\n`;
  await writeFile(file, json);
  await writeFile(join(dir, LATEST), json);
  return file;
}
