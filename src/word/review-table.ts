/** The review table a clerk reads before anything is written: file → title, chapter, department, counts, warnings. */
import { relative, sep } from 'node:path';
import { statusLabel, type PlannedImport } from './import-plan.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function outcome(plan: PlannedImport, dryRun: boolean): string {
  if (plan.error) return '不能读取';
  if (plan.blocked) return '不写入';
  const verb = plan.replaces ? '覆盖' : '新建';
  return dryRun ? `将${verb}` : verb;
}

/** Markdown table plus a numbered list of reasons and warnings per file. */
export function formatReviewTable(plans: readonly PlannedImport[], cwd: string, dryRun: boolean): string {
  const shown = (path: string) => {
    const inside = relative(cwd, path);
    return inside.startsWith('..') || inside === '' ? path : inside.split(sep).join('/');
  };
  const rows = plans.map((plan, index) => {
    const counts = plan.counts;
    const structure = counts
      ? counts.articles > 0
        ? `${counts.articles}条`
        : counts.sections > 0
          ? `${counts.sections}部分`
          : '无条文'
      : '';
    return [
      String(index + 1),
      shown(plan.source),
      plan.title ?? plan.recognised?.title ?? '',
      plan.chapter?.value ?? '？',
      plan.department?.value ?? '？',
      plan.error ? '' : statusLabel(plan.status?.value),
      structure,
      counts ? String(counts.items) : '',
      plan.recognised ? String(plan.recognised.attachments.length) : '',
      plan.error ? '' : String(plan.warnings.length),
      outcome(plan, dryRun),
    ];
  });
  const header = ['#', '文件', '标题', '章', '部门', '状态', '条文', '项', '附件', '提示', '结果'];
  const table = [header, header.map(() => '---'), ...rows].map((row) => `| ${row.map(cell).join(' | ')} |`);
  const notes = plans.flatMap((plan, index) => {
    const lines: string[] = [];
    if (plan.error) lines.push(`不能读取：${plan.error}`);
    if (plan.target) lines.push(`写入：${plan.target}${plan.replaces ? `（覆盖 ${plan.replaces}）` : ''}`);
    if (plan.blocked) lines.push(`未写入：${plan.blocked}`);
    if (plan.chapter) lines.push(`章：${plan.chapter.value ?? '？'}——${plan.chapter.reason}`);
    if (plan.department) lines.push(`部门：${plan.department.value ?? '？'}——${plan.department.reason}`);
    if (plan.status) lines.push(`状态：${statusLabel(plan.status.value)}——${plan.status.reason}`);
    lines.push(...plan.warnings.map((warning) => `提示：${warning}`));
    return [`${index + 1}. ${shown(plan.source)}`, ...lines.map((line) => `   - ${line}`)];
  });
  return [...table, '', ...notes, ''].join('\n');
}
