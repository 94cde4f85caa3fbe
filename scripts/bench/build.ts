/**
 * Build benchmarks: the handbook built from a generated content tree, and a plain Starlight site built from the
 * same Markdown (template in plain-starlight/), each measured for wall time, CPU time and peak memory.
 */
import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { dirSize, runMeasured, tail, type Measured } from './lib/measure.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
export const PLAIN_TEMPLATE = join(HERE, 'plain-starlight');

export interface BuildResult extends Measured {
  outDir: string;
  htmlPages: number;
  distBytes: number;
  pagefindBytes: number;
  pagefindFiles: number;
}

export interface BuildOptions {
  repoRoot: string;
  outDir: string;
  /** Astro's cache directory; removed before the build so every build is cold. */
  cacheDir: string;
  logFile: string;
  timeoutMs?: number;
}

function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.html'),
  ).length;
}

async function finish(measured: Measured, outDir: string, what: string): Promise<BuildResult> {
  if (measured.exitCode !== 0) {
    throw new Error(
      `${what} 失败（退出码 ${measured.exitCode}），日志 ${measured.logFile}：\n${await tail(measured.logFile)}`,
    );
  }
  const dist = dirSize(outDir);
  const pagefind = dirSize(join(outDir, 'pagefind'));
  return {
    ...measured,
    outDir,
    htmlPages: countHtml(outDir),
    distBytes: dist.bytes,
    pagefindBytes: pagefind.bytes,
    pagefindFiles: pagefind.files,
  };
}

function astroBin(repoRoot: string): string {
  return join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
}

/** `astro build` of this handbook with `ZHIDU_CONTENT_DIR=contentDir` (not `npm run build`: no check, no PDFs). */
export async function buildOurs(contentDir: string, options: BuildOptions): Promise<BuildResult> {
  await rm(options.cacheDir, { recursive: true, force: true });
  await rm(options.outDir, { recursive: true, force: true });
  const config = relative(options.repoRoot, join(HERE, 'lib', 'astro.bench.config.ts'));
  const measured = await runMeasured(
    process.execPath,
    [astroBin(options.repoRoot), 'build', '--config', config, '--outDir', options.outDir],
    {
      cwd: options.repoRoot,
      env: {
        ...process.env,
        ZHIDU_CONTENT_DIR: contentDir,
        ZHIDU_BASE: '/',
        BENCH_ASTRO_CACHE_DIR: options.cacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      logFile: options.logFile,
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    },
  );
  return finish(measured, options.outDir, '本站构建');
}

/** Markdown files of a content tree, as [source path, path under src/content/docs/]. */
export function regulationFiles(contentDir: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (dir: string, prefix: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
      const source = join(entry.parentPath, entry.name);
      out.push([source, join(prefix, relative(dir, source))]);
    }
  };
  walk(join(contentDir, 'regulations'), '');
  const editions = join(contentDir, 'editions');
  if (existsSync(editions)) {
    for (const year of readdirSync(editions, { withFileTypes: true })) {
      if (year.isDirectory()) walk(join(editions, year.name, 'regulations'), year.name);
    }
  }
  return out.sort((a, b) => a[1].localeCompare(b[1]));
}

export async function handbookTitle(contentDir: string): Promise<string> {
  try {
    const data = parseYaml(await readFile(join(contentDir, 'handbook.yml'), 'utf8')) as { title?: unknown } | null;
    if (typeof data?.title === 'string' && data.title) return data.title;
  } catch {
    // fall through to the default
  }
  return '制度汇编';
}

/**
 * Creates the plain Starlight project in `projectDir` (inside the repository, so the repository's node_modules
 * is found by walking up): the template and every regulation (current and editions) at the same URL path as in the handbook.
 */
export async function preparePlain(
  repoRoot: string,
  contentDir: string,
  projectDir: string,
): Promise<{ pages: number }> {
  await rm(projectDir, { recursive: true, force: true });
  if (relative(repoRoot, projectDir).startsWith('..')) {
    throw new Error(
      `原版 Starlight 项目须建在仓库目录之内（${repoRoot}/.cache/bench/），以便找到 node_modules：${projectDir}`,
    );
  }
  await cp(PLAIN_TEMPLATE, projectDir, { recursive: true });
  const docs = join(projectDir, 'src', 'content', 'docs');
  const files = regulationFiles(contentDir);
  for (const [source, target] of files) {
    await mkdir(dirname(join(docs, target)), { recursive: true });
    await cp(source, join(docs, target));
  }
  return { pages: files.length };
}

export async function buildPlain(projectDir: string, title: string, options: BuildOptions): Promise<BuildResult> {
  await rm(options.cacheDir, { recursive: true, force: true });
  await rm(options.outDir, { recursive: true, force: true });
  const measured = await runMeasured(
    process.execPath,
    [astroBin(options.repoRoot), 'build', '--outDir', options.outDir],
    {
      cwd: projectDir,
      env: { ...process.env, BENCH_PLAIN_TITLE: title, ASTRO_TELEMETRY_DISABLED: '1' },
      logFile: options.logFile,
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    },
  );
  return finish(measured, options.outDir, '原版 Starlight 构建');
}
