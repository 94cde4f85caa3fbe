/**
 * The other helpers' benchmarks (check, engine, search, PDF, editions) for one corpus size, through
 * lib/helpers.ts, with their rows added to the table.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { log, REPO, skipped, type Context, type SizeContext } from './bench-context.ts';
import { helperRows, runHelper, type HelperContext } from './helpers.ts';
import type { Step } from './args.ts';

export async function helperSteps(
  ctx: Context,
  s: SizeContext,
  oursDist: string | null,
  samplePage: string | null,
): Promise<void> {
  const { size, dir, root, contentDir, detail, section } = s;
  const helperContext: HelperContext = {
    repoRoot: REPO,
    root,
    contentDir,
    distDir: oursDist ?? '',
    base: '/',
    size,
    samplePage,
    workDir: join(dir, 'helpers'),
  };
  await mkdir(helperContext.workDir, { recursive: true });
  // [step, module name, label, CLI arguments and script for modules without an exported bench function]
  const helpers: Array<[Step, string, string, string[] | null, string | null]> = [
    ['check', 'check', 'check 基准（校验助手）', null, null],
    ['engine', 'engine', '引擎（解析与引用）', [root, '3'], join(REPO, 'scripts', 'bench', 'lib', 'engine-bench.ts')],
    ['search', 'search', '搜索', oursDist ? ['--dist', oursDist] : null, null],
    ['pdf', 'pdf', 'PDF', oursDist ? [oursDist] : null, join(REPO, 'scripts', 'bench', 'lib', 'pdf-bench.ts')],
    ['editions', 'editions', '版本对比', null, null],
  ];
  for (const [step, name, label, cliArgs, cliScript] of helpers) {
    if (skipped(ctx, step)) continue;
    if ((name === 'search' || name === 'pdf') && !oursDist) {
      ctx.rows.push({
        key: `${name}.n${size}.status`,
        section,
        size,
        label: name,
        unit: 'text',
        ours: null,
        note: '不可用：需要本站构建（未 --skip build）',
      });
      continue;
    }
    log(`N=${size}: ${name} 基准`);
    const outcome = await runHelper(REPO, name, helperContext, cliArgs, cliScript);
    detail[name] = outcome;
    for (const helperRow of helperRows(name, section, size, outcome)) {
      ctx.rows.push({
        ...helperRow,
        label: helperRow.label.startsWith(name) ? helperRow.label.replace(name, label) : helperRow.label,
      });
    }
  }
}
