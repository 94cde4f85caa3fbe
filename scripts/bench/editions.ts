/**
 * Build time with two editions vs one: `node scripts/bench/editions.ts [--content <dir>] [--keep]`
 * (also run by `npm run bench` through `benchEditions`).
 *
 * Builds the handbook twice, cold, from the same content: once with content/editions/ (current +
 * archived editions, comparison pages, edition pages) and once without it. The archive should cost
 * build time roughly in proportion to the pages it adds, not multiply it: the row `time per page`
 * compares the two builds' wall time per HTML page (target ≤ 1.3×).
 */
import { cp, mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildOurs, type BuildResult } from './build.ts';

const REPO = resolve(import.meta.dirname, '..', '..');
const PER_PAGE_TARGET = 1.3;

export interface EditionsBenchResult {
  rows: { key: string; label: string; value: number; unit: string; note?: string; target?: number; pass?: boolean }[];
  one: BuildResult;
  two: BuildResult;
}

async function build(contentDir: string, work: string, name: string): Promise<BuildResult> {
  return buildOurs(contentDir, {
    repoRoot: REPO,
    outDir: join(work, `dist-${name}`),
    cacheDir: join(work, `cache-${name}`),
    logFile: join(work, `build-${name}.log`),
  });
}

export async function benchEditions(
  context: { contentDir?: string; keep?: boolean } = {},
): Promise<EditionsBenchResult> {
  const source = resolve(context.contentDir ?? join(REPO, 'content'));
  const work = join(REPO, '.cache', 'bench', `editions-${Date.now()}`);
  await mkdir(work, { recursive: true });
  try {
    const withArchive = join(work, 'content-two');
    const withoutArchive = join(work, 'content-one');
    await cp(source, withArchive, { recursive: true });
    await cp(source, withoutArchive, { recursive: true });
    await rm(join(withoutArchive, 'editions'), { recursive: true, force: true });
    const one = await build(withoutArchive, work, 'one');
    const two = await build(withArchive, work, 'two');
    const perPageOne = one.wallMs / one.htmlPages;
    const perPageTwo = two.wallMs / two.htmlPages;
    const ratio = perPageTwo / perPageOne;
    return {
      one,
      two,
      rows: [
        {
          key: 'one.wall',
          label: '构建时间：仅现行版',
          value: one.wallMs / 1000,
          unit: 's',
          note: `${one.htmlPages} 个页面`,
        },
        {
          key: 'two.wall',
          label: '构建时间：现行版 + 往年版本',
          value: two.wallMs / 1000,
          unit: 's',
          note: `${two.htmlPages} 个页面`,
        },
        { key: 'pages.added', label: '往年版本增加的页面', value: two.htmlPages - one.htmlPages, unit: 'count' },
        {
          key: 'wall.ratio',
          label: '构建时间之比（两版/一版）',
          value: two.wallMs / one.wallMs,
          unit: 'ratio',
          note: `页面数之比 ${(two.htmlPages / one.htmlPages).toFixed(2)}`,
        },
        {
          key: 'per-page.ratio',
          label: '每页构建时间之比（两版/一版）',
          value: ratio,
          unit: 'ratio',
          target: PER_PAGE_TARGET,
          pass: ratio <= PER_PAGE_TARGET,
        },
      ],
    };
  } finally {
    if (!context.keep) await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { content: { type: 'string' }, keep: { type: 'boolean', default: false } } });
  const result = await benchEditions({
    ...(values.content ? { contentDir: values.content } : {}),
    keep: values.keep ?? false,
  });
  for (const row of result.rows) {
    const value =
      row.unit === 's'
        ? `${row.value.toFixed(1)} s`
        : row.unit === 'ratio'
          ? `${row.value.toFixed(2)}×`
          : String(row.value);
    console.log(
      `${row.label}：${value}${row.note ? `（${row.note}）` : ''}${row.target ? `　目标 ≤ ${row.target}×：${row.pass ? '达到' : '未达到'}` : ''}`,
    );
  }
}
