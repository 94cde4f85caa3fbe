/**
 * Build time with two editions vs one: `node scripts/bench/editions.ts [--content <dir> | --regulations N]
 * [--revisions N] [--keep]` (also run by `npm run bench` through `benchEditions`).
 *
 * Builds the handbook twice, cold, from the same content: once with content/editions/ (current +
 * archived editions, comparison pages, edition pages) and once without it. The archive should cost
 * build time roughly in proportion to the pages it adds, not multiply it: the row `time per page`
 * compares the two builds' wall time per HTML page (target ≤ 1.3×).
 *
 * Kept texts (`--revisions N`, issue 19): instead, both builds keep the editions and the second one has every
 * regulation in force revised N times after the edition (scripts/bench/lib/kept-revisions.ts), so the difference is
 * the cost of the kept texts: version pages, their comparisons, the as-at print page. `--regulations N` generates
 * the content (scripts/bench/generate-corpus.ts) instead of copying content/.
 */
import { cp, mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildOurs, type BuildResult } from './build.ts';
import { generateCorpus } from './generate-corpus.ts';
import { addKeptRevisions } from './lib/kept-revisions.ts';

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

export interface EditionsBenchContext {
  contentDir?: string;
  /** Generate this many regulations instead of copying a content folder. */
  regulations?: number;
  /** Compare kept texts instead of editions: revise every regulation in force this many times. */
  revisions?: number;
  keep?: boolean;
}

export async function benchEditions(context: EditionsBenchContext = {}): Promise<EditionsBenchResult> {
  const work = join(REPO, '.cache', 'bench', `editions-${Date.now()}`);
  await mkdir(work, { recursive: true });
  try {
    let source = resolve(context.contentDir ?? join(REPO, 'content'));
    if (context.regulations) {
      generateCorpus({ count: context.regulations, outDir: join(work, 'generated') });
      source = join(work, 'generated', 'content');
    }
    const withArchive = join(work, 'two', 'content');
    const withoutArchive = join(work, 'one', 'content');
    await cp(source, withArchive, { recursive: true });
    await cp(source, withoutArchive, { recursive: true });
    const revisions = context.revisions ?? 0;
    if (revisions > 0) {
      const kept = addKeptRevisions(join(work, 'two'), revisions);
      console.log(`保留文本：${kept} 个（每项在用制度修订 ${revisions} 次）`);
    } else await rm(join(withoutArchive, 'editions'), { recursive: true, force: true });
    const one = await build(withoutArchive, work, 'one');
    const two = await build(withArchive, work, 'two');
    const [oneLabel, twoLabel, addedLabel] =
      revisions > 0
        ? ['没有保留文本', `每项修订 ${revisions} 次（保留文本）`, '保留文本增加的页面']
        : ['仅现行版', '现行版 + 往年版本', '往年版本增加的页面'];
    const perPageOne = one.wallMs / one.htmlPages;
    const perPageTwo = two.wallMs / two.htmlPages;
    const ratio = perPageTwo / perPageOne;
    return {
      one,
      two,
      rows: [
        {
          key: 'one.wall',
          label: `构建时间：${oneLabel}`,
          value: one.wallMs / 1000,
          unit: 's',
          note: `${one.htmlPages} 个页面`,
        },
        {
          key: 'two.wall',
          label: `构建时间：${twoLabel}`,
          value: two.wallMs / 1000,
          unit: 's',
          note: `${two.htmlPages} 个页面`,
        },
        ...[one, two].flatMap((result, index) =>
          result.cpuMs === null
            ? []
            : [
                {
                  key: `${index === 0 ? 'one' : 'two'}.cpu`,
                  label: `构建 CPU：${index === 0 ? oneLabel : twoLabel}`,
                  value: result.cpuMs / 1000,
                  unit: 's',
                },
              ],
        ),
        { key: 'pages.added', label: addedLabel, value: two.htmlPages - one.htmlPages, unit: 'count' },
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
  const { values } = parseArgs({
    options: {
      content: { type: 'string' },
      regulations: { type: 'string' },
      revisions: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const result = await benchEditions({
    ...(values.content ? { contentDir: values.content } : {}),
    ...(values.regulations ? { regulations: Number(values.regulations) } : {}),
    ...(values.revisions ? { revisions: Number(values.revisions) } : {}),
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
