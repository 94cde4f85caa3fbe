import {
  ACTION_LABELS,
  STATUS_LABELS,
  type HistoryAction,
  type HistoryEntry,
  type RegulationStatus,
} from '../schema/index.ts';
import { FIELD_GUIDE } from '../authoring/fields.ts';
import { inline } from './inline.ts';
import type { RegulationChange, Snapshot, TreeDiff } from './diff.ts';

const statusLabel = (status: string | undefined) =>
  status && status in STATUS_LABELS ? STATUS_LABELS[status as RegulationStatus] : inline(status ?? '（未填写）');
const actionLabel = (action: string | undefined) =>
  action && action in ACTION_LABELS ? ACTION_LABELS[action as HistoryAction] : inline(action ?? '（未填写）');
const fieldLabel = (field: string) =>
  field in FIELD_GUIDE ? `${FIELD_GUIDE[field as keyof typeof FIELD_GUIDE].label}（${field}）` : inline(field);
/** A value from the pull request, or a placeholder when it is missing. */
const shown = (value: unknown, missing = '（未填）') => (value == null || value === '' ? missing : inline(value));

/** 《标题》 (`content/regulations/…`) */
function name(snap: Snapshot): string {
  return `《${inline(snap.fields.title ?? snap.id)}》（\`${inline(snap.filePath)}\`）${snap.valid ? '' : ' ⚠️ 文件未通过校验'}`;
}

/** 2026-03-12 经镇党政联席会议修订（XX政办发〔2026〕5号） */
function entryLine(entry: Partial<HistoryEntry>, withDocNumber = true): string {
  const doc = withDocNumber && entry.docNumber ? `（${inline(entry.docNumber)}）` : '';
  return `${shown(entry.date, '（未填日期）')} ${entry.by ? `经${inline(entry.by)}` : ''}${actionLabel(entry.action)}${doc}`;
}

function textChanges(change: RegulationChange): string {
  const { changed, added, removed, renumbering } = change.segments;
  if (!change.bodyChanged) return '正文未改动';
  // A renumbering sentence already names the deleted and added articles.
  const parts =
    renumbering.length > 0
      ? [...(changed.length > 0 ? [`修改 ${changed.join('、')}`] : []), renumbering.join('，')]
      : [
          changed.length > 0 ? `修改 ${changed.join('、')}` : '',
          added.length > 0 ? `新增 ${added.join('、')}` : '',
          removed.length > 0 ? `删去 ${removed.join('、')}` : '',
        ].filter(Boolean);
  return `正文改动：${parts.length > 0 ? parts.join('；') : '格式或空行'}`;
}

function has(change: RegulationChange, action: HistoryAction): Partial<HistoryEntry> | undefined {
  return change.newEntries.findLast((entry) => entry.action === action);
}

/** Renders the Chinese Markdown job summary of what a pull request changes in the handbook. */
export function renderSummary(diff: TreeDiff, options: { baseLabel?: string } = {}): string {
  const added: string[] = [];
  const revised: string[] = [];
  const reaffirmed: string[] = [];
  const abolished: string[] = [];
  const warnings: string[] = [];
  const other: string[] = [];

  for (const change of diff.regulations) {
    const head = change.head;
    const base = change.base;
    if (change.kind === 'removed' && base) {
      warnings.push(`删除了 ${name(base)}：制度不应删除，废止请改用 \`npm run abolish\`（页面作为历史记录保留）。`);
      continue;
    }
    if (!head) continue;
    if (change.kind === 'added') {
      const enacted = head.history[0];
      const f = head.fields;
      added.push(
        `- ${name(head)}：${statusLabel(f.status)}，${shown(f.department, '（未填责任部门）')}，文号 ${shown(f.docNumber)}，` +
          `${enacted ? entryLine(enacted, false) : '（无制定记录）'}，${shown(f.effective)} 起施行`,
      );
      if (/【待填写/.test(head.body)) warnings.push(`${name(head)} 的正文还有【待填写】的内容。`);
      continue;
    }
    const where = change.kind === 'moved' && base ? `（由 \`${inline(base.filePath)}\` 移来）` : '';
    const revision = has(change, 'revised');
    const repeal = has(change, 'abolished');
    const reaffirm = has(change, 'reaffirmed');
    if (revision) {
      revised.push(
        [
          `- ${name(head)}${where}：${entryLine(revision)}，施行日期 ${shown(head.fields.effective)}`,
          `  - 修订说明：${shown(revision.note, '⚠️ 未填写')}`,
          `  - ${textChanges(change)}${change.bodyChanged ? '' : ' ⚠️ 修订记录已添加，但正文还没有修改'}`,
        ].join('\n'),
      );
    }
    if (repeal || change.status?.to === 'abolished') {
      const replacedBy = head.fields.replacedBy;
      abolished.push(
        [
          `- ${name(head)}${where}：${repeal ? entryLine(repeal) : '⚠️ 状态改为已废止，但没有废止记录'}${replacedBy ? `；替代制度：\`${inline(replacedBy)}\`` : ''}`,
          `  - 废止理由：${shown(repeal?.note, '⚠️ 未填写')}`,
          ...(change.bodyChanged ? [`  - ${textChanges(change)} ⚠️ 废止的制度一般应保留原文`] : []),
        ].join('\n'),
      );
    }
    if (reaffirm)
      reaffirmed.push(
        `- ${name(head)}${where}：${entryLine(reaffirm)}${reaffirm.note ? `；${inline(reaffirm.note)}` : ''}`,
      );
    const recorded = change.newEntries.length > 0;
    if (change.historyRewritten)
      warnings.push(`${name(head)} 改动或删除了以前的历史记录（history），请确认是更正错误。`);
    if (change.status && !recorded && change.status.to !== 'abolished') {
      warnings.push(
        `${name(head)} 状态由“${statusLabel(change.status.from)}”改为“${statusLabel(change.status.to)}”，但没有新增相应的历史记录。`,
      );
    }
    if (change.bodyChanged && !recorded) {
      warnings.push(
        `${name(head)} ${textChanges(change)}，但没有新增修订记录。实质性修改请运行 \`npm run revise\`；只是更正错别字、标点的，请在合并请求中说明。`,
      );
    }
    if (change.fields.length > 0 && !revision && !repeal) {
      other.push(`- ${name(head)}${where}：修改了 ${change.fields.map(fieldLabel).join('、')}`);
    } else if (change.kind === 'moved' && !revision && !repeal && !reaffirm) {
      other.push(`- ${name(head)}${where}`);
    }
  }
  for (const path of diff.dataFiles) other.push(`- 共用数据文件 \`${inline(path)}\``);
  if (diff.archived.length > 0) other.push(`- 往年版本：${diff.archived.map((p) => `\`${inline(p)}\``).join('、')}`);

  const counts = [
    added.length > 0 ? `新建 ${added.length} 项` : '',
    revised.length > 0 ? `修订 ${revised.length} 项` : '',
    reaffirmed.length > 0 ? `重申 ${reaffirmed.length} 项` : '',
    abolished.length > 0 ? `废止 ${abolished.length} 项` : '',
  ].filter(Boolean);
  const base = options.baseLabel ? `与 ${options.baseLabel} 相比，` : '';
  const lines = ['## 制度修改摘要', ''];
  if (counts.length === 0 && warnings.length === 0 && other.length === 0) {
    lines.push(`${base}本次合并请求没有修改制度内容。`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(`${base}本次合并请求${counts.length > 0 ? `：${counts.join('，')}` : '没有新建、修订或废止制度'}。`);
  const section = (title: string, items: string[]) => {
    if (items.length > 0) lines.push('', `### ${title}`, '', ...items);
  };
  section('新建', added);
  section('修订', revised);
  section('重申', reaffirmed);
  section('废止', abolished);
  section(
    '⚠️ 请审核人注意',
    warnings.map((w) => `- ${w}`),
  );
  section('其他修改', other);
  return `${lines.join('\n')}\n`;
}
