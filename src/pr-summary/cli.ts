import { appendFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { diffContent } from './diff.ts';
import { checkoutContent, resolveBase } from './git.ts';
import { renderSummary } from './render.ts';

const USAGE = `生成“制度修改摘要”：与基准版本相比，本次修改新建、修订、重申、废止了哪些制度，改了哪些条文，以及请审核人注意的问题。

用法：npm run pr:summary -- --base <分支或提交> [--output 文件]
      npm run pr:summary -- --base-dir <目录> [--head-dir <目录>]

  --base <分支或提交>   与之比较的分支或提交，例如 origin/main
  --base-dir <目录>     与之比较的另一份仓库目录（代替 --base）
  --head-dir <目录>     本次修改所在的目录，默认为 --root
  --output <文件>       把摘要追加到该文件（合并请求检查中为 $GITHUB_STEP_SUMMARY）
  --root <目录>         仓库目录，默认为当前目录
  --help                显示本说明`;

/** `npm run pr:summary`: prints (or appends to `--output`, e.g. $GITHUB_STEP_SUMMARY) the Chinese summary. */
export async function runSummary(
  argv: string[],
  io: { stdout: (t: string) => void; stderr: (t: string) => void },
): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        base: { type: 'string' },
        'base-dir': { type: 'string' },
        'head-dir': { type: 'string' },
        output: { type: 'string' },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values as Record<string, string | undefined>;
  } catch (error) {
    io.stderr(`参数有误：${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  if (values['help']) {
    io.stdout(USAGE);
    return 0;
  }
  const root = resolve(values['root'] ?? process.cwd());
  const head = resolve(values['head-dir'] ?? root);
  let cleanup = () => {};
  try {
    let baseDir: string;
    let baseLabel: string;
    if (values['base-dir']) {
      baseDir = resolve(values['base-dir']);
      baseLabel = `\`${values['base-dir']}\``;
    } else if (values['base']) {
      const base = resolveBase(root, values['base']);
      const extracted = checkoutContent(root, base.sha);
      cleanup = extracted.cleanup;
      baseDir = extracted.dir;
      baseLabel = base.label;
    } else {
      io.stderr(`缺少 --base。${USAGE}`);
      return 1;
    }
    const summary = renderSummary(await diffContent(baseDir, head), { baseLabel });
    if (values['output']) await appendFile(values['output'], `${summary}\n`, 'utf8');
    io.stdout(summary);
    return 0;
  } catch (error) {
    io.stderr(`生成修改摘要失败：${(error as Error).message}`);
    return 1;
  } finally {
    cleanup();
  }
}
