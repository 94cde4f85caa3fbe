import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { regulationFields } from '../schema/index.ts';
import { AuthoringError } from './errors.ts';
import { FIELD_GUIDE } from './fields.ts';
import type { Workspace } from './workspace.ts';

/** What a command will do: files to write and what to tell the office. Nothing touches disk until `apply`. */
export interface Plan {
  writes: { path: string; content: string }[];
  /** Lines printed after the files are written: what was done, then the next steps. */
  report: string[];
}

/** `content/regulations/…` style path for messages. */
export function displayPath(workspace: Workspace, absPath: string): string {
  return relative(workspace.root, absPath).split(sep).join('/');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const [first, ...rest] = issue.path;
  const guide =
    typeof first === 'string' && first in FIELD_GUIDE ? FIELD_GUIDE[first as keyof typeof FIELD_GUIDE] : undefined;
  const where = [first, ...rest].map(String).join('.');
  return guide ? `${guide.label}（${where}）：${issue.message}` : `${where || 'frontmatter'}：${issue.message}`;
}

/** Checks frontmatter values against the same Zod schema the site and `npm run check` use. */
export function assertSchema(workspace: Workspace, values: unknown): void {
  const result = regulationFields({ departments: workspace.departments }).safeParse(values);
  if (!result.success) {
    throw new AuthoringError(
      `写入的内容不符合要求：\n${result.error.issues.map((i) => `  - ${describeIssue(i)}`).join('\n')}`,
    );
  }
}

/** Writes the planned files (all checks already passed). */
export async function applyPlan(plan: Plan): Promise<void> {
  for (const { path, content } of plan.writes) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content, 'utf8');
  }
}

/** The closing lines every command prints. */
export function nextSteps(first: string[]): string[] {
  const steps = [
    ...first,
    '运行 npm run check，确认没有错误（错误代码的含义见编辑指南“错误代码说明”）。',
    '提交修改并发起合并请求（Pull Request），按模板写明修改内容、理由、决定的会议和文号，等待责任部门审核。',
  ];
  return ['', '下一步：', ...steps.map((step, index) => `  ${index + 1}. ${step}`)];
}
