/**
 * Statuses against the previous edition (ZD205, ZD207, ZD610–ZD616, ZD620) and redirects (ZD621).
 * What each status means is decided by src/editions/cycle.ts; this module only words the findings.
 */
import type { ContentTree, EditionTree } from '../../handbook/content-tree.ts';
import type { RegulationFile } from '../../handbook/regulation-file.ts';
import { ACTION_LABELS } from '../../schema/index.ts';
import {
  abolitionProblem,
  baselineOf,
  revisionsSince,
  standingOf,
  type Baseline,
  type TextReader,
} from '../../editions/cycle.ts';
import { parseRedirects, REDIRECTS_FILE, type Redirect } from '../../editions/redirects.ts';
import { finding, type Finding } from '../finding.ts';
import type { RuleCode } from '../catalogue.ts';

const positionOf = (file: RegulationFile, path: PropertyKey[]) => file.yaml?.positionOf(path) ?? { line: 1, column: 1 };

export interface CycleOptions {
  /**
   * The text differs from the previous edition only by cross-references renumbered after another
   * rule's revision (what `check --fix` writes): not a revision of this rule.
   */
  onlyRenumbered?: (file: RegulationFile) => boolean;
  /** How texts are read for comparison (the run passes one backed by the trees its corpus parsed). */
  readerText?: TextReader | undefined;
}

function statusFindings(file: RegulationFile, baseline: Baseline, options: CycleOptions): Finding[] {
  const data = file.data;
  if (!data) return [];
  const out: Finding[] = [];
  const emit = (code: RuleCode, message: string, path: PropertyKey[] = ['status'], hint?: string) =>
    out.push(finding(code, { file: file.filePath, ...positionOf(file, path), message, hint }));
  const found = standingOf(file, data.history, baseline, options.readerText);
  const standing = found.textChanged && options.onlyRenumbered?.(file) ? { ...found, textChanged: false } : found;
  const { before } = standing;
  const prev = baseline.label;
  const status = data.status;
  if (status === 'new') {
    if (before) emit('ZD610', `状态为 new（新建），但${prev}中已有该制度（${before.filePath}）`);
    return out;
  }
  if (status === 'abolished') {
    const last = data.history.at(-1);
    const problem = last?.action === 'abolished' ? abolitionProblem(standing, baseline, last.date) : undefined;
    if (!before) emit('ZD615', `状态为 abolished（已废止），但${prev}中没有该制度`);
    else if (problem) emit('ZD615', problem, ['history', data.history.length - 1, 'date']);
    if (before && standing.textChanged)
      out.push(
        finding('ZD616', {
          file: file.filePath,
          line: (file.frontmatter?.endLine ?? 0) + 1,
          message: `已废止制度的正文与${prev}（${before.filePath}）不同`,
        }),
      );
    return out;
  }
  const label = status === 'revised' ? '修订' : '重申';
  if (!before) {
    emit(
      'ZD611',
      `状态为 ${status}（${label}），但${prev}中没有该制度`,
      ['status'],
      `不在${prev}中的制度，状态应为 new（新建）；如果是改了文件名或章，在 content/redirects.yml 中登记旧网址。`,
    );
    return out;
  }
  if (standing.wasAbolished) {
    emit(
      'ZD611',
      `${prev}中该制度已废止（${before.filePath}），废止的制度不能再重申或修订`,
      ['status'],
      '恢复施行的应作为新制度另行制定（新文件名，status: new）。',
    );
    return out;
  }
  const revisions = standing.added.filter((entry) => entry.action === 'revised' || entry.action === 'enacted');
  if (status === 'reaffirmed') {
    if (standing.textChanged) emit('ZD612', `状态为 reaffirmed（重申），但正文与${prev}（${before.filePath}）不同`);
    const entry = revisions[0];
    if (entry) {
      const index = data.history.indexOf(entry);
      emit(
        'ZD207',
        `状态为 reaffirmed（重申），但 history 第 ${index + 1} 项（${entry.date} ${ACTION_LABELS[entry.action]}）是${prev}之后新增的记录`,
        ['history', index],
        standing.textChanged
          ? '正文确已修改的，把状态改为 revised（修订）。'
          : '正文与上一版本相同：如果修订尚未写入正文，请修改正文并把状态改为 revised；误加的记录请删除。',
      );
    }
    return out;
  }
  if (!standing.textChanged) emit('ZD613', `状态为 revised（修订），但正文与${prev}（${before.filePath}）相同`);
  if (revisionsSince(standing, baseline).length === 0)
    emit(
      'ZD205',
      `状态为 revised（修订），但 history 中没有${prev}${baseline.issuedOn ? `（${baseline.issuedOn}印发）` : ''}之后新增的修订记录`,
      ['history'],
      '用 npm run revise 记录这次修订（会补上 action: revised、date、docNumber、note），或者正文没有改的，把状态改为 reaffirmed（重申）。',
    );
  return out;
}

function vanished(current: EditionTree, baseline: Baseline, redirects: readonly Redirect[]): Finding[] {
  const ids = new Set(current.regulations.map((file) => file.id));
  const movedTo = new Map(redirects.map((redirect) => [redirect.from, redirect.to]));
  return baseline.edition.regulations
    .filter((file) => file.depth === 1 && !ids.has(file.id) && !movedTo.has(file.id))
    .map((file) =>
      finding('ZD620', {
        file: file.filePath,
        message: `${baseline.label}中的制度 ${file.id}（${file.data?.title ?? file.slug}）在${current.key === 'current' ? '现行版本' : `${current.key}年版`}中不存在（应为 ${file.filePath.replace(/^content\/editions\/[^/]+\//, 'content/')}）`,
      }),
    );
}

/** ZD621: redirect entries must lead to a regulation of the current edition, from one that is gone. */
export function checkRedirects(
  current: EditionTree,
  redirectsText: string | undefined,
): { findings: Finding[]; redirects: Redirect[] } {
  const { redirects, problems } = parseRedirects(redirectsText);
  const findings = problems.map((problem) => finding('ZD621', { file: REDIRECTS_FILE, message: problem }));
  const ids = new Set(current.regulations.map((file) => file.id));
  for (const redirect of redirects) {
    if (!ids.has(redirect.to))
      findings.push(
        finding('ZD621', {
          file: REDIRECTS_FILE,
          message: `跳转目标 ${redirect.to} 在现行版本中不存在（来自 ${redirect.from}）`,
        }),
      );
    if (ids.has(redirect.from))
      findings.push(
        finding('ZD621', {
          file: REDIRECTS_FILE,
          message: `${redirect.from} 仍然存在，不能再登记为跳转到 ${redirect.to}`,
        }),
      );
  }
  return { findings, redirects };
}

/** Every edition against the one before it (current vs newest archive, 2025 vs 2024 …). */
export function checkCycle(tree: ContentTree, redirectsText?: string, options: CycleOptions = {}): Finding[] {
  const current = tree.editions[0];
  if (!current) return [];
  const { findings, redirects } = checkRedirects(current, redirectsText);
  tree.editions.forEach((edition, index) => {
    const baseline = baselineOf(tree, index, index === 0 ? redirects : []);
    if (!baseline) return;
    for (const file of edition.regulations)
      if (file.depth === 1)
        findings.push(...statusFindings(file, baseline, index === 0 ? options : { readerText: options.readerText }));
    findings.push(...vanished(edition, baseline, index === 0 ? redirects : []));
  });
  return findings;
}
