import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { CODEOWNERS_PATH, codeownersFor } from '../check/codeowners.ts';
import { AuthoringError } from './errors.ts';
import type { CliIo } from './cli.ts';
import { loadWorkspace } from './workspace.ts';

/** `npm run codeowners` writes .github/CODEOWNERS; `-- --check` only compares (exit 1 when out of date). */
export async function runCodeowners(argv: string[], io: CliIo): Promise<number> {
  try {
    let values: { root?: string | undefined; check?: boolean | undefined };
    try {
      values = parseArgs({ args: argv, options: { root: { type: 'string' }, check: { type: 'boolean' } } }).values;
    } catch (error) {
      throw new AuthoringError(`参数有误：${(error as Error).message}。用法：npm run codeowners [-- --check]`);
    }
    const workspace = await loadWorkspace(values.root ?? process.cwd());
    const path = join(workspace.root, CODEOWNERS_PATH);
    const wanted = codeownersFor(workspace);
    const existing = await readFile(path, 'utf8').catch(() => undefined);
    if (values.check) {
      if (existing === wanted) {
        io.stdout(`${CODEOWNERS_PATH} 与 content/departments.yml 和现有制度文件一致。`);
        return 0;
      }
      io.stderr(
        `${CODEOWNERS_PATH} ${existing === undefined ? '不存在' : '已过期'}：审核分工与 content/departments.yml 或现有制度文件不一致（可能新增、移动了制度，或改了部门、审核人）。\n请运行 npm run codeowners 重新生成，并把 ${CODEOWNERS_PATH} 一并提交。`,
      );
      return 1;
    }
    if (existing === wanted) {
      io.stdout(`${CODEOWNERS_PATH} 已是最新，无需修改。`);
      return 0;
    }
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, wanted, 'utf8');
    io.stdout(
      `已更新 ${CODEOWNERS_PATH}（${workspace.regulations.length} 项制度的审核分工）。请把它与其他修改一并提交。`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AuthoringError) {
      io.stderr(`错误：${error.message}`);
      return 1;
    }
    throw error;
  }
}
