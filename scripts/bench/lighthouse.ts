/**
 * Lighthouse (npm `lighthouse`, its CLI in a child process) on one page, mobile (Lighthouse's default form
 * factor and throttling). Chrome is Debian's Chromium via CHROME_PATH; nothing is downloaded.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../src/browser/chromium.ts';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

/** The flags of src/browser/chromium.ts. */
export const CHROME_FLAGS = CHROMIUM_FLAGS;

export interface LighthouseResult {
  url: string;
  /** 0–100 per category. */
  scores: Partial<Record<LighthouseCategory, number>>;
  /** A few metrics (milliseconds; CLS unitless). */
  metrics: Record<string, number>;
  lighthouseVersion: string;
  /** Audits in a category that scored below 1, for the curious (id: title). */
  failing: string[];
}

interface LhrLike {
  lighthouseVersion?: string;
  categories?: Record<string, { score: number | null; auditRefs?: Array<{ id: string; weight: number }> }>;
  audits?: Record<string, { title?: string; score: number | null; numericValue?: number; scoreDisplayMode?: string }>;
  runtimeError?: { message?: string };
}

/** Extracts scores and key metrics from a Lighthouse JSON report (pure). */
export function summarizeLhr(url: string, lhr: LhrLike): LighthouseResult {
  const scores: Partial<Record<LighthouseCategory, number>> = {};
  for (const category of LIGHTHOUSE_CATEGORIES) {
    const score = lhr.categories?.[category]?.score;
    if (typeof score === 'number') scores[category] = Math.round(score * 100);
  }
  const metrics: Record<string, number> = {};
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]) {
    const value = lhr.audits?.[id]?.numericValue;
    if (typeof value === 'number') metrics[id] = value;
  }
  const failing: string[] = [];
  for (const category of LIGHTHOUSE_CATEGORIES) {
    for (const ref of lhr.categories?.[category]?.auditRefs ?? []) {
      const audit = lhr.audits?.[ref.id];
      if (
        ref.weight > 0 &&
        audit &&
        typeof audit.score === 'number' &&
        audit.score < 1 &&
        audit.scoreDisplayMode !== 'informative'
      ) {
        failing.push(`${category}/${ref.id}: ${audit.title ?? ''}`);
      }
    }
  }
  return {
    url,
    scores,
    metrics,
    lighthouseVersion: lhr.lighthouseVersion ?? 'unknown',
    failing: [...new Set(failing)],
  };
}

export function lighthouseAvailable(repoRoot: string): string | null {
  if (!existsSync(join(repoRoot, 'node_modules', 'lighthouse', 'cli', 'index.js')))
    return '未安装 npm 包 lighthouse（npm install）';
  if (!existsSync(CHROMIUM_PATH)) return `找不到 Chromium（${CHROMIUM_PATH}）`;
  return null;
}

export async function runLighthouse(repoRoot: string, url: string, timeoutMs = 180_000): Promise<LighthouseResult> {
  const dir = await mkdtemp(join(tmpdir(), 'zhidu-lighthouse-'));
  const output = join(dir, 'report.json');
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(
        process.execPath,
        [
          join(repoRoot, 'node_modules', 'lighthouse', 'cli', 'index.js'),
          url,
          '--output=json',
          `--output-path=${output}`,
          `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
          `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
          '--quiet',
        ],
        // Lighthouse keeps its Chrome profile in a temp dir of its own; TMPDIR keeps it with the report.
        {
          env: { ...process.env, CHROME_PATH: CHROMIUM_PATH, TMPDIR: dir },
          timeout: timeoutMs,
          maxBuffer: 16 * 1024 * 1024,
        },
        (error, _stdout, stderr) =>
          error ? reject(new Error(`Lighthouse 失败：${error.message}\n${stderr.slice(-2000)}`)) : resolve(),
      );
    });
    const lhr = JSON.parse(await readFile(output, 'utf8')) as LhrLike;
    if (lhr.runtimeError?.message) throw new Error(`Lighthouse 报告运行错误：${lhr.runtimeError.message}`);
    return summarizeLhr(url, lhr);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
