import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { applyPlan } from './plan.ts';
import { COMMANDS, type CommandSpec } from './commands.ts';
import { AuthoringError } from './errors.ts';
import { FrontmatterEditError } from '../editions/frontmatter-edit.ts';
import { loadWorkspace, type Workspace } from './workspace.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Asks a question; present only when a person is at the keyboard. */
  ask?: (question: string) => Promise<string>;
  /** Today, `YYYY-MM-DD` (tests walk through a year); default: today in China. */
  today?: string;
}

export function helpText(spec: CommandSpec): string {
  const width = Math.max(...spec.options.map((o) => o.flag.length)) + 2;
  return [
    spec.summary,
    '',
    `用法：${spec.usage}`,
    '',
    ...(spec.positional ? [`  <文件名>${' '.repeat(Math.max(1, width - 4))}${spec.positional.label}（必填）`] : []),
    ...spec.options.map((o) => `  --${o.flag.padEnd(width)}${o.label}${o.required ? '（必填）' : ''}：${o.hint}`),
    `  --${'help'.padEnd(width)}显示本说明`,
    `  --${'root'.padEnd(width)}仓库目录，默认为当前目录`,
    '',
    '不带参数在终端中运行时，会逐项提问。',
  ].join('\n');
}

function parse(spec: CommandSpec, argv: string[]) {
  const options: Record<string, { type: 'string' | 'boolean' }> = {
    root: { type: 'string' },
    help: { type: 'boolean' },
  };
  for (const o of spec.options) options[o.flag] = { type: o.boolean ? 'boolean' : 'string' };
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const flag = /'(-{1,2}[^']+)'/.exec(message)?.[1];
    throw new AuthoringError(
      flag
        ? `不认识的参数或参数缺少取值：${flag}。运行 npm run ${spec.name} -- --help 查看用法。`
        : `参数有误：${message}`,
    );
  }
}

/** Runs one authoring command; returns the exit code (0 done, 1 refused with nothing changed). */
export async function runCommand(name: CommandSpec['name'], argv: string[], io: CliIo): Promise<number> {
  const spec = COMMANDS[name];
  try {
    const { values, positionals } = parse(spec, argv);
    if (values['help']) {
      io.stdout(helpText(spec));
      return 0;
    }
    const input: Record<string, string | undefined> = {};
    for (const o of spec.options) {
      const value = values[o.flag];
      input[o.key] = typeof value === 'string' ? value : value === true ? 'yes' : undefined;
    }
    if (spec.positional) {
      if (positionals.length > 1) throw new AuthoringError(`一次只能处理一项制度，收到了：${positionals.join('、')}。`);
      input[spec.positional.key] = positionals[0];
    } else if (positionals.length > 0) {
      throw new AuthoringError(
        `多余的参数：${positionals.join(' ')}。参数要写成 --名称 值，运行 npm run ${spec.name} -- --help 查看用法。`,
      );
    }
    const root = typeof values['root'] === 'string' ? values['root'] : process.cwd();
    const workspace = await loadWorkspace(root, io.today);

    if (io.ask) {
      const questions = [
        ...(spec.positional
          ? [{ key: spec.positional.key, label: spec.positional.label, hint: '', required: true }]
          : []),
        ...spec.options.filter((o) => o.ask),
      ];
      const missing = questions.filter((q) => input[q.key] === undefined);
      if (missing.length > 0 && missing.some((q) => q.required)) {
        if (name === 'new') {
          io.stdout(
            `可选的章：${workspace.chapters.map((k) => `${k}（${workspace.tree.chapters.value?.[k]?.title}）`).join('、')}`,
          );
          io.stdout(`可选的部门：${workspace.departments.join('、')}`);
        }
        for (const q of missing) input[q.key] = await askUntilValid(spec, workspace, q, input, io);
      }
    }
    refuseLineBreaks(spec, input);

    const plan = spec.plan(workspace, input);
    await applyPlan(plan);
    io.stdout(plan.report.join('\n'));
    return 0;
  } catch (error) {
    if (error instanceof AuthoringError || error instanceof FrontmatterEditError) {
      io.stderr(`错误：${error.message}\n没有修改任何文件。`);
      return 1;
    }
    if (isCancel(error)) {
      io.stderr(CANCELLED);
      return 130;
    }
    throw error;
  }
}

export const CANCELLED = '\n已取消，没有修改任何文件。';

/** Ctrl-C or Ctrl-D at a question: readline aborts the pending question. */
function isCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || (error as { code?: string }).code === 'ABORT_ERR');
}

interface Question {
  key: string;
  label: string;
  hint: string;
  required: boolean;
}

/** Asks one question until the answer passes the command's own check (or is skipped when optional). */
async function askUntilValid(
  spec: CommandSpec,
  workspace: Workspace,
  question: Question,
  input: Record<string, string | undefined>,
  io: CliIo,
): Promise<string | undefined> {
  const prompt = `${question.label}${question.hint ? `（${question.hint}）` : ''}${question.required ? '' : '，可直接回车跳过'}：`;
  for (;;) {
    const answer = (await io.ask!(prompt)).trim();
    if (answer === '') {
      if (!question.required) return undefined;
      io.stderr(`${question.label}必须填写。`);
      continue;
    }
    try {
      return spec.checkAnswer ? spec.checkAnswer(workspace, question.key, answer, input) : answer;
    } catch (error) {
      if (!(error instanceof AuthoringError)) throw error;
      io.stderr(`${error.message}请重新输入。`);
    }
  }
}

/** Every value a command writes is one line of YAML: a line break would split it (or fake a field). */
function refuseLineBreaks(spec: CommandSpec, input: Record<string, string | undefined>): void {
  for (const o of spec.options) {
    if (/[\r\n\u2028\u2029]/u.test(input[o.key] ?? ''))
      throw new AuthoringError(`${o.label}（--${o.flag}）不能换行，请写成一行。`);
  }
  if (spec.positional && /[\r\n]/.test(input[spec.positional.key] ?? ''))
    throw new AuthoringError(`${spec.positional.label}不能换行。`);
}

/** Entry point of scripts/new.ts, revise.ts, abolish.ts. */
export async function main(name: CommandSpec['name']): Promise<void> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  // Ctrl-C (SIGINT) and Ctrl-D (end of input) both close the prompt; the pending question is aborted.
  const cancel = new AbortController();
  rl?.on('SIGINT', () => rl.close());
  rl?.on('close', () => cancel.abort());
  try {
    process.exitCode = await runCommand(name, process.argv.slice(2), {
      stdout: (text) => console.log(text),
      stderr: (text) => console.error(text),
      ...(rl ? { ask: (question: string) => rl.question(question, { signal: cancel.signal }) } : {}),
    });
  } finally {
    rl?.close();
  }
}
