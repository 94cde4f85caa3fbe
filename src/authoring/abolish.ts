import type { Document } from 'yaml';
import { checkDate, checkDocNumber, requireText } from './checks.ts';
import { AuthoringError } from './errors.ts';
import { appendHistory, setOrdered } from './frontmatter-edit.ts';
import { editFrontmatter } from '../editions/frontmatter-edit.ts';
import { DEFAULT_BY } from './new.ts';
import { displayPath, nextSteps, type Plan } from './plan.ts';
import { assertEdited, checkAfterHistory, requireValid } from './revise.ts';
import { findRegulation, standingIn, type Workspace } from './workspace.ts';
import { abolitionProblem } from '../editions/cycle.ts';
import { buildCheckCorpus } from '../check/corpus.ts';
import { CURRENT_EDITION } from '../handbook/content-tree.ts';
import { keepReplacedText } from './keep-replaced.ts';

export interface AbolishInput {
  slug?: string;
  date?: string;
  note?: string;
  replacedBy?: string;
  docNumber?: string;
  by?: string;
}

/** Checks the inputs of `npm run abolish` and plans the edited frontmatter; the file and its text stay. */
export function planAbolish(workspace: Workspace, input: AbolishInput): Plan {
  const ref = findRegulation(
    workspace,
    requireText('要废止的制度（文件名）', input.slug, '用法：npm run abolish -- <文件名> --date … --note …'),
  );
  requireValid(ref);
  const data = ref.file.data!;
  if (data.status === 'abolished') {
    const last = data.history.at(-1);
    throw new AuthoringError(`《${data.title}》已经废止（${last?.date ?? '日期不详'}），不能重复废止。`);
  }
  const date = checkDate(
    '废止日期（--date）',
    requireText('废止日期（--date）', input.date, '即会议决定废止的日期，例如 2026-03-12。'),
    workspace.today,
  );
  checkAfterHistory(ref, date, '废止日期');
  const standing = standingIn(workspace, ref);
  const problem = standing && workspace.baseline && abolitionProblem(standing, workspace.baseline, date);
  if (problem) throw new AuthoringError(problem);
  const note = requireText(
    '废止理由（--note）',
    input.note,
    '请写明为什么废止，例如：内容已并入《……》，或上级规定已调整。',
  );
  if (note.length < 6) throw new AuthoringError(`废止理由“${note}”太简单，请写明为什么废止。`);
  const docNumber = input.docNumber?.trim() ? checkDocNumber(input.docNumber) : '';
  const by = input.by?.trim() || DEFAULT_BY;

  let replacement: { slug: string; title: string } | undefined;
  if (input.replacedBy?.trim()) {
    const target = findRegulation(workspace, input.replacedBy, '替代制度（--replaced-by）');
    if (target.file.absPath === ref.file.absPath)
      throw new AuthoringError('替代制度（--replaced-by）不能是被废止的制度本身。');
    if (target.fields.status === 'abolished') {
      throw new AuthoringError(`替代制度《${target.fields.title ?? target.file.id}》也已废止，不能作为替代制度。`);
    }
    replacement = { slug: target.file.slug, title: target.fields.title ?? target.file.id };
  }

  const content = editFrontmatter(ref.file.source, (doc: Document) => {
    setOrdered(doc, 'status', 'abolished');
    if (replacement) setOrdered(doc, 'replacedBy', replacement.slug);
    appendHistory(doc, { date, action: 'abolished', by, docNumber, note });
  });
  assertEdited(workspace, content);

  // Who cites it, as the engine resolves citations (titles, short titles, aliases, 文号, links).
  const citing = [
    ...new Set(
      buildCheckCorpus(workspace.tree)
        .backlinks(ref.file.id, CURRENT_EDITION)
        .filter((link) => link.fromId !== ref.file.id && link.fromStatus !== 'abolished')
        .map((link) => link.fromFilePath),
    ),
  ];
  const first = [
    `正文保持不变（废止后页面作为历史记录保留），不要删除文件。`,
    ...(citing.length > 0
      ? [`以下现行制度的正文引用了《${data.title}》，请一并修改（改为引用替代制度或删除引用）：${citing.join('、')}。`]
      : []),
  ];
  const kept = keepReplacedText(workspace, ref, standing);
  return {
    writes: [{ path: ref.file.absPath, content }, ...kept.writes],
    report: [
      `已将《${data.title}》标记为废止：${displayPath(workspace, ref.file.absPath)}`,
      `  新增废止记录：${date}，${by}${docNumber ? `，${docNumber}` : ''}；废止理由：${note}`,
      ...(replacement ? [`  替代制度：《${replacement.title}》（${replacement.slug}）`] : []),
      kept.line,
      ...nextSteps(first),
    ],
  };
}
