import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { siteConfig } from '../../site.config.ts';
import { loadContentTree } from '../handbook/index.ts';
import { ERROR_CODES_PAGE } from './catalogue.ts';
import { todayInChina } from './context.ts';
import { summarize } from './finding.ts';
import { formatCli } from './reporters/cli.ts';
import { formatGithub } from './reporters/github.ts';
import { formatJson } from './reporters/json.ts';
import type { Report } from './reporters/types.ts';
import { readRepositoryInputs } from './repository-inputs.ts';
import { runChecks } from './run.ts';
import { applyFixes } from './fix.ts';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_RUN = 2;

export interface CliEnvironment {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY?: boolean;
  now?: Date;
}

export interface CliArguments {
  format: 'cli' | 'json' | 'github';
  root: string;
  today?: string;
  files: string[];
  help: boolean;
  /** List errors only; warnings are counted (used by npm run build). */
  quiet: boolean;
  /** Apply the exact fixes findings carry (renumbered citations), then check again. */
  fix: boolean;
}

export const USAGE = `用法：npm run check [-- [选项] [文件…]]

不带文件时检查整个 content/ 目录；指定文件时只报告这些文件的问题（仍读取全部制度以核对引用）。

选项：
  --format cli|json|github   输出格式（默认 cli；设置了 GITHUB_ACTIONS 时另输出 GitHub 注释）
  --root <目录>              仓库根目录（默认当前目录）
  --today YYYY-MM-DD         把这一天当作“今天”（默认北京时间今天）
  -q, --quiet                只逐条列出错误，警告只计数（npm run build 使用）
  --fix                      自动改正能确定改法的问题（条文重新编号后的引用 ZD501、阿拉伯数字条号 ZD312），显示每处改动，不改其他内容
  -h, --help                 显示本说明

退出码：0 通过（可有警告），1 发现错误，2 检查本身无法进行（参数错误、文件不存在等）。
错误代码说明：${docsBase()}`;

function docsBase(): string {
  return `${siteConfig.site.replace(/\/+$/, '')}${siteConfig.base}${ERROR_CODES_PAGE}`;
}

export class UsageError extends Error {}

const OPTIONS = {
  format: { type: 'string' },
  root: { type: 'string' },
  today: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  fix: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseArguments(argv: readonly string[], cwd: string): CliArguments {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true });
  } catch (error) {
    const option = /'(-{1,2}[^']+)'/.exec((error as Error).message)?.[1] ?? '';
    throw new UsageError(
      (error as { code?: string }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? `选项 ${option.split(' ')[0]} 后面缺少取值`
        : `未知选项“${option}”`,
    );
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'cli';
  if (format !== 'cli' && format !== 'json' && format !== 'github') {
    throw new UsageError(`未知的输出格式“${format}”，应为 cli、json 或 github`);
  }
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    throw new UsageError(`--today 的值“${values.today}”应为 YYYY-MM-DD`);
  }
  return {
    format,
    root: values.root !== undefined ? resolve(cwd, values.root) : cwd,
    ...(values.today !== undefined ? { today: values.today } : {}),
    files: positionals,
    help: values.help ?? false,
    quiet: values.quiet ?? false,
    fix: values.fix ?? false,
  };
}

const toRepoPath = (root: string, absPath: string) => relative(root, absPath).split(sep).join('/');

/** Runs the check as the command line does; returns the exit code. */
export async function main(argv: readonly string[], io: CliEnvironment): Promise<number> {
  let args: CliArguments;
  try {
    args = parseArguments(argv, io.cwd);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`错误：${error.message}\n\n${USAGE}\n`);
    return EXIT_CANNOT_RUN;
  }
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }
  const contentDir = join(args.root, 'content');
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    io.stderr(`错误：找不到内容目录 ${contentDir}。请在仓库根目录运行 npm run check，或用 --root 指定仓库目录。\n`);
    return EXIT_CANNOT_RUN;
  }
  let only: Set<string> | undefined;
  if (args.files.length > 0) {
    only = new Set();
    for (const file of args.files) {
      const absPath = isAbsolute(file) ? file : resolve(io.cwd, file);
      if (!existsSync(absPath) || !statSync(absPath).isFile()) {
        io.stderr(`错误：文件不存在：${file}\n`);
        return EXIT_CANNOT_RUN;
      }
      const repoPath = toRepoPath(args.root, absPath);
      if (!repoPath.startsWith('content/') || !/\.(md|ya?ml)$/.test(repoPath)) {
        io.stderr(`错误：${file} 不是 content/ 下的制度文件（.md）或数据文件（.yml），无需检查\n`);
        return EXIT_CANNOT_RUN;
      }
      only.add(repoPath);
    }
  }

  const today = args.today ?? todayInChina(io.now);
  const check = async () => {
    const tree = await loadContentTree(args.root);
    const repository = await readRepositoryInputs(args.root, tree);
    return { tree, findings: runChecks(tree, { today, repository, ...(only ? { only } : {}) }) };
  };
  let { tree, findings } = await check();
  if (args.fix) {
    const fixed = await applyFixes(args.root, findings);
    io.stdout(
      fixed.edits === 0
        ? '没有可以自动改正的问题，未修改任何文件。\n'
        : `已自动改正 ${fixed.edits} 处（${fixed.files} 个文件），改动如下：\n${fixed.diff.join('\n')}\n\n重新检查：\n`,
    );
    if (fixed.edits > 0) ({ tree, findings } = await check());
  }
  const sources = new Map<string, readonly string[]>();
  for (const edition of tree.editions) {
    for (const file of edition.regulations) if (!file.readError) sources.set(file.filePath, file.source.split('\n'));
  }
  const report: Report = {
    findings,
    checkedFiles: only ? only.size : tree.editions.reduce((sum, edition) => sum + edition.regulations.length, 0),
    editions: tree.editions.length,
    linesOf: (file) => {
      const known = sources.get(file);
      if (known) return known;
      try {
        const lines = readFileSync(join(args.root, file), 'utf8').split('\n');
        sources.set(file, lines);
        return lines;
      } catch {
        return undefined;
      }
    },
    docsUrl: (code) => `${docsBase()}#${code}`,
  };
  if (args.format === 'json') io.stdout(formatJson(report));
  else if (args.format === 'github') io.stdout(formatGithub(report));
  else {
    if (io.env['GITHUB_ACTIONS'] === 'true') io.stdout(formatGithub(report));
    io.stdout(formatCli(report, { color: Boolean(io.isTTY) && !io.env['NO_COLOR'], listWarnings: !args.quiet }));
  }
  return summarize(findings).errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}
