import type { Document } from 'yaml';
import { formatChineseDate } from '../handbook/chinese-date.ts';
import { checkDate, checkDocNumber, requireText } from './checks.ts';
import { AuthoringError } from './errors.ts';
import { appendHistory, setOrdered } from './frontmatter-edit.ts';
import { editFrontmatter } from '../editions/frontmatter-edit.ts';
import { DEFAULT_BY, selfReference } from './new.ts';
import { assertSchema, displayPath, nextSteps, type Plan } from './plan.ts';
import { findRegulation, standingIn, type RegulationRef, type Workspace } from './workspace.ts';
import { revisionProblem, statusAfterRevision } from '../editions/cycle.ts';
import { findFrontmatter } from '../handbook/frontmatter.ts';
import { parseDocument } from 'yaml';
import { keepReplacedText } from './keep-replaced.ts';

export interface ReviseInput {
  slug?: string;
  date?: string;
  note?: string;
  docNumber?: string;
  effective?: string;
  by?: string;
  /** Set by `--same-day`: a second revision on the day of the last one is intended. */
  sameDay?: string;
}

/** Refuses to write over a file that does not pass the schema yet: `npm run check` explains it better. */
export function requireValid(ref: RegulationRef): void {
  if (!ref.file.data) {
    throw new AuthoringError(
      `${ref.file.filePath} 目前有错误，请先运行 npm run check ${ref.file.filePath} 修正后再操作。`,
    );
  }
}

/** The date of the newest history entry: a new entry cannot be older. */
export function checkAfterHistory(ref: RegulationRef, date: string, label: string): void {
  const last = ref.file.data?.history.at(-1);
  if (last && date < last.date) {
    throw new AuthoringError(
      `${label} ${date} 早于最近一条记录的日期 ${last.date}，历史记录应从早到晚排列，请检查日期。`,
    );
  }
}

/** Parses the file's new frontmatter back and checks it with the schema before anything is written. */
export function assertEdited(workspace: Workspace, source: string): void {
  const block = findFrontmatter(source);
  assertSchema(workspace, parseDocument(block?.yaml ?? '').toJS());
}

/** Checks the inputs of `npm run revise` and plans the edited frontmatter (the text is the editor's). */
export function planRevise(workspace: Workspace, input: ReviseInput): Plan {
  const ref = findRegulation(
    workspace,
    requireText(
      '要修订的制度（文件名）',
      input.slug,
      '用法：npm run revise -- <文件名> --date … --note … --doc-number …',
    ),
  );
  requireValid(ref);
  const data = ref.file.data!;
  if (data.status === 'abolished') {
    throw new AuthoringError(
      `《${data.title}》已经废止，不能再修订。如需恢复，请新建一项制度（npm run new），并在理由中说明。`,
    );
  }
  const date = checkDate(
    '修订日期（--date）',
    requireText('修订日期（--date）', input.date, '即会议通过修订的日期，例如 2026-03-12。'),
    workspace.today,
  );
  checkAfterHistory(ref, date, '修订日期');
  const standing = standingIn(workspace, ref);
  const tooEarly = standing && workspace.baseline && revisionProblem(standing, workspace.baseline, date);
  if (tooEarly) throw new AuthoringError(tooEarly);
  const last = data.history.at(-1);
  if (last?.date === date && last.action === 'revised' && !input.sameDay) {
    throw new AuthoringError(
      `《${data.title}》在 ${date} 已有一条修订记录（${last.docNumber ?? '无文号'}）。同一天的第二次修订很少见，多半是重复运行了命令；确实如此的，加上 --same-day 再运行。`,
    );
  }
  const status = statusAfterRevision(standing);
  const note = requireText(
    '修订说明（--note）',
    input.note,
    '请具体写明改了哪些条文、怎么改、为什么改，例如：将第五条请假审批权限……调整为……，原因是……。',
  );
  if (note.length < 8) throw new AuthoringError(`修订说明“${note}”太简单。请具体写明改了哪些条文、怎么改、为什么改。`);
  const docNumber = checkDocNumber(
    requireText('修订文号（--doc-number）', input.docNumber, '即印发修订后文本的文号，例如 XX政办发〔2026〕5号。'),
  );
  if (data.history.some((entry) => entry.docNumber === docNumber)) {
    throw new AuthoringError(`文号 ${docNumber} 已出现在本制度以前的记录中。每次修订应有新的印发文号，请检查。`);
  }
  const effective = input.effective?.trim()
    ? checkDate('施行日期（--effective）', input.effective, workspace.today, { allowFuture: true })
    : date;
  if (effective < date) throw new AuthoringError(`施行日期 ${effective} 早于修订日期 ${date}，请检查。`);
  const by = input.by?.trim() || DEFAULT_BY;

  const content = editFrontmatter(ref.file.source, (doc: Document) => {
    setOrdered(doc, 'status', status);
    setOrdered(doc, 'docNumber', docNumber);
    setOrdered(doc, 'effective', effective);
    appendHistory(doc, { date, action: 'revised', by, docNumber, note });
  });
  assertEdited(workspace, content);

  const self = selfReference(data.title);
  const oldStart = `${self}自${formatChineseDate(data.effective)}起施行`;
  const startHint =
    ref.file.source.includes(oldStart) && data.effective !== effective
      ? `正文附则写着“${oldStart}”，请改为“${self}自${formatChineseDate(effective)}起施行”。`
      : `核对附则中的施行日期（现为 ${formatChineseDate(effective)}）。`;
  const kept = keepReplacedText(workspace, ref, standing);
  return {
    writes: [{ path: ref.file.absPath, content }, ...kept.writes],
    report: [
      `已记录《${data.title}》的修订：${displayPath(workspace, ref.file.absPath)}`,
      `  状态：${status === 'new' ? '新建（new，本版本新建的制度修订后仍是新建）' : '修订（revised）'}　新文号：${docNumber}　施行日期：${effective}`,
      `  新增修订记录：${date}，${by}；修订说明：${note}`,
      kept.line,
      '  正文没有改动。',
      ...nextSteps([`按修订说明修改正文条文，${startHint}修订说明要与正文的实际改动一致。`]),
    ],
  };
}
