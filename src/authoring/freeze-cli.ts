/**
 * `npm run edition:freeze`: closes the current edition (src/editions/snapshot.ts) — but only when
 * `npm run check` passes, because a frozen edition can never be corrected afterwards (ZD601).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { todayInChina } from '../check/context.ts';
import { readRepositoryInputs } from '../check/repository-inputs.ts';
import { runChecks } from '../check/run.ts';
import { describeFreeze, freezeEdition, type FreezeOutcome } from '../editions/snapshot.ts';
import { loadContentTree } from '../handbook/content-tree.ts';
import type { CliIo } from './cli.ts';

export const FREEZE_HELP = `冻结本年度版本，开启下一年度的编制。

用法：npm run edition:freeze [-- 选项]

  --dry-run        试运行：只说明将要做什么，不写入任何文件
  --root <目录>    仓库目录，默认为当前目录
  --today <日期>   记入清单的冻结日期（年-月-日），默认北京时间今天
  --help           显示本说明

执行条件：content/handbook.yml 已填写本版本的印发日期（edition.issuedOn），且 npm run check 没有错误。
执行内容：把 content/handbook.yml 和 content/regulations/ 原样复制到 content/editions/<年份>/，写入 manifest.json；
把 edition.year 改为下一年；所有现行制度的状态改为 reaffirmed（重申），已废止的保持 abolished。`;

/** What the clerk does after a freeze (printed by the command, repeated in the guide). */
export function freezeNextSteps(outcome: Extract<FreezeOutcome, { kind: 'frozen' }>): string[] {
  return [
    '',
    '下一步：',
    `  1. 运行 npm run check，确认没有错误。`,
    `  2. 提交全部修改（content/editions/${outcome.year}/、content/handbook.yml 和各制度的状态），发起合并请求，标题写“冻结${outcome.year}年版”；审核通过后合并。`,
    `  3. ${outcome.nextYear}年度清理期间：新制定的用 npm run new，修订用 npm run revise，废止用 npm run abolish；其余保持 reaffirmed。`,
    `  4. ${outcome.nextYear}年版印发后，在 content/handbook.yml 补填 edition.issuedOn（印发日期）和 edition.docNumber（文号），再提交一次。`,
  ];
}

async function checkErrors(root: string, today: string): Promise<string[]> {
  const tree = await loadContentTree(root);
  const findings = runChecks(tree, { today, repository: await readRepositoryInputs(root, tree) });
  const errors = findings.filter((item) => item.severity === 'error');
  return errors.map((item) => `  ${item.file}:${item.line}  ${item.code}  ${item.message}`);
}

export async function runFreeze(argv: string[], io: CliIo): Promise<number> {
  let values: { root?: string; 'dry-run'?: boolean; today?: string; help?: boolean };
  try {
    values = parseArgs({
      args: argv,
      options: {
        root: { type: 'string' },
        'dry-run': { type: 'boolean' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    io.stderr(`错误：${(error as Error).message}\n\n${FREEZE_HELP}`);
    return 2;
  }
  if (values.help) {
    io.stdout(FREEZE_HELP);
    return 0;
  }
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    io.stderr(`错误：--today 的值“${values.today}”应为 年-月-日，例如 2026-11-20。`);
    return 2;
  }
  const root = resolve(values.root ?? process.cwd());
  const today = values.today ?? io.today ?? todayInChina();
  const dryRun = values['dry-run'] ?? false;
  const errors = await checkErrors(root, today);
  if (errors.length > 0) {
    io.stderr(
      [
        `未执行冻结：npm run check 发现 ${errors.length} 个错误。冻结后往年版本的文件不能再修改，请先改正：`,
        ...errors.slice(0, 20),
        ...(errors.length > 20 ? [`  ……另有 ${errors.length - 20} 个，运行 npm run check 查看全部。`] : []),
        '没有修改任何文件。',
      ].join('\n'),
    );
    return 1;
  }
  const outcome = await freezeEdition({ root, today, dryRun });
  const message = describeFreeze(outcome, dryRun);
  if (outcome.kind === 'refused') {
    io.stderr(`${message}\n没有修改任何文件。`);
    return 1;
  }
  io.stdout([message, ...(outcome.kind === 'frozen' && !dryRun ? freezeNextSteps(outcome) : [])].join('\n'));
  return 0;
}
