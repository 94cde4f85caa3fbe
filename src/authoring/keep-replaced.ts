/**
 * The text a revision or an abolition replaces is kept (src/editions/kept-text.ts): the commands
 * add its files to their plan, so a refused command still writes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEPT_MANIFEST, keptFolderPath, keptTextWrites } from '../editions/kept-text.ts';
import { entryKey, madeByOf } from '../editions/text-timeline.ts';
import { AuthoringError } from './errors.ts';
import type { Plan } from './plan.ts';
import type { RegulationRef, Workspace } from './workspace.ts';
import type { Standing } from '../editions/cycle.ts';

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Files that keep the regulation's text as it is now (before the command changes it), and the
 * line that reports it. When the previous edition's snapshot already holds this very text, it is
 * the kept text: nothing is copied.
 */
export function keepReplacedText(
  workspace: Workspace,
  ref: RegulationRef,
  standing: Standing | undefined,
): Pick<Plan, 'writes'> & { line: string } {
  const data = ref.file.data!;
  const maker = madeByOf(data.history);
  const before = standing?.before;
  const frozen = before?.data ? madeByOf(before.data.history) : undefined;
  const sameText = Boolean(
    maker && frozen && entryKey(maker) === entryKey(frozen) && before?.data?.effective === data.effective,
  );
  if (before && sameText && standing?.textChanged === false) {
    return {
      writes: [],
      line: `  被替换的文本（${data.effective} 施行）已冻结在 ${before.filePath}，无需另存。`,
    };
  }
  const manifestPath = join(workspace.root, keptFolderPath(ref.file.id), KEPT_MANIFEST);
  const kept = keptTextWrites(workspace.root, ref.file.id, ref.file.source, readOptional(manifestPath));
  if ('problem' in kept) throw new AuthoringError(kept.problem);
  // Same text record as the previous edition, other words: changed without a revision (updated
  // cross-references after a renumbering), or edited before the command ran. The file is kept as
  // it is; the office is told to check which one it was.
  const warning =
    before && sameText
      ? `\n  注意：正文与 ${before.filePath} 不同，但没有修订记录。如果正文是本次修订后的新内容，说明命令运行前已经改了正文，保存下来的不是原文本：请撤销正文修改（git checkout -- ${ref.file.filePath} 及 ${keptFolderPath(ref.file.id)}/）后重新运行本命令，再改正文。`
      : '';
  return {
    writes: kept.writes,
    line: `  被替换的文本（${data.effective} 施行）已保存到 ${keptFolderPath(ref.file.id)}/${kept.name}（不得修改）。${warning}`,
  };
}
