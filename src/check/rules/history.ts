import type { RegulationFile } from '../../handbook/index.ts';
import { ACTION_LABELS, STATUS_LABELS, type HistoryEntry } from '../../schema/index.ts';
import { finding, type Finding } from '../finding.ts';
import { nearest } from '../suggest.ts';

export interface HistoryContext {
  today: string;
  /** Every regulation of the same edition (for replacedBy). */
  regulations: readonly RegulationFile[];
}

/**
 * Revision history of one valid regulation, on its own. Whether the status fits the history since
 * the previous edition is decided in rules/cycle.ts (src/editions/cycle.ts).
 */
export function checkHistory(file: RegulationFile, context: HistoryContext): Finding[] {
  const data = file.data;
  if (!data) return [];
  const out: Finding[] = [];
  const pos = (path: PropertyKey[]) => file.yaml?.positionOf(path) ?? { line: 1, column: 1 };
  const emit = (code: Parameters<typeof finding>[0], path: PropertyKey[], message: string, hint?: string) =>
    out.push(finding(code, { file: file.filePath, ...pos(path), message, hint }));
  const history = data.history;
  const label = (entry: HistoryEntry, index: number) =>
    `第 ${index + 1} 项（${entry.date} ${ACTION_LABELS[entry.action]}）`;

  history.forEach((entry, index) => {
    const previous = history[index - 1];
    if (previous && entry.date < previous.date) {
      emit(
        'ZD201',
        ['history', index, 'date'],
        `history ${label(entry, index)}早于前一项（${previous.date}），修订历史应按日期从早到晚排列`,
      );
    }
    if (entry.date > context.today) {
      emit(
        'ZD212',
        ['history', index, 'date'],
        `history ${label(entry, index)}的日期晚于今天（${context.today}）`,
        '改正日期（常见错误是年份或月份写错）。',
      );
    }
    if ((entry.action === 'revised' || entry.action === 'abolished') && !entry.note) {
      emit(
        'ZD213',
        ['history', index],
        `history ${label(entry, index)}没有说明（note）`,
        entry.action === 'revised' ? '补上 note：具体写明修订了哪些内容、为什么修订。' : '补上 note：写明废止的理由。',
      );
    }
  });

  const first = history[0];
  if (first && first.action !== 'enacted') {
    emit(
      'ZD202',
      ['history', 0, 'action'],
      `history 第 1 项是“${first.action}”（${ACTION_LABELS[first.action]}），应为 enacted（制定）`,
    );
  }
  const enactedIndexes = history.flatMap((entry, index) => (entry.action === 'enacted' ? [index] : []));
  for (const index of enactedIndexes.slice(1)) {
    emit(
      'ZD203',
      ['history', index, 'action'],
      `history 第 ${index + 1} 项又是 enacted（制定），而第 ${(enactedIndexes[0] ?? 0) + 1} 项已经是制定记录`,
    );
  }
  const enacted = history[enactedIndexes[0] ?? -1];
  if (enacted && data.effective < enacted.date) {
    emit(
      'ZD204',
      ['effective'],
      `施行日期（effective: ${data.effective}）早于制定日期（${enacted.date}）`,
      '核对施行日期和 history 中的制定日期，改正写错的那一个。',
    );
  }

  const abolishedIndex = history.findIndex((entry) => entry.action === 'abolished');
  if (abolishedIndex >= 0) {
    for (let index = abolishedIndex + 1; index < history.length; index++) {
      const entry = history[index] as HistoryEntry;
      emit(
        'ZD209',
        ['history', index],
        `制度已于 ${history[abolishedIndex]?.date} 废止，之后不应再有${label(entry, index)}`,
      );
    }
  }

  const status = data.status;
  if (status === 'abolished' && history.at(-1)?.action !== 'abolished' && abolishedIndex < 0) {
    emit(
      'ZD208',
      ['status'],
      `状态为 abolished（已废止），但 history 最后一项是 ${history.at(-1)?.action ?? '（无）'}，缺少废止记录`,
    );
  }
  if (status !== 'abolished' && abolishedIndex >= 0) {
    emit(
      'ZD214',
      ['status'],
      `history 第 ${abolishedIndex + 1} 项是废止记录（${history[abolishedIndex]?.date}），但状态是 ${status}（${STATUS_LABELS[status]}）`,
    );
  }

  if (data.replacedBy !== undefined) {
    if (status !== 'abolished') {
      emit(
        'ZD210',
        ['replacedBy'],
        `只有已废止的制度才能写 replacedBy，本制度状态是 ${status}（${STATUS_LABELS[status]}）`,
      );
    } else {
      out.push(...checkReplacedBy(file, data.replacedBy, context.regulations));
    }
  }
  return out;
}

function checkReplacedBy(file: RegulationFile, target: string, regulations: readonly RegulationFile[]): Finding[] {
  const matches = regulations.filter((other) => other.id === target || other.slug === target);
  // Located only when reported: a position needs the YAML document, which valid files never build.
  const at = () => ({ file: file.filePath, ...(file.yaml?.positionOf(['replacedBy']) ?? { line: 1, column: 1 }) });
  if (matches.length === 0) {
    const guess = nearest(
      target,
      regulations.filter((other) => other.data?.status !== 'abolished').map((other) => other.slug),
    );
    return [
      finding('ZD211', {
        ...at(),
        message: `replacedBy: ${target} 找不到对应的制度${guess ? `，是否应为“${guess}”？` : ''}`,
        hint: guess ? `改为“replacedBy: ${guess}”。` : undefined,
      }),
    ];
  }
  const target0 = matches[0] as RegulationFile;
  if (target0 === file) {
    return [finding('ZD211', { ...at(), message: 'replacedBy 指向了本制度自己' })];
  }
  // A replacement abolished later is history (被取代时它仍有效), not a mistake: readers follow the chain.
  const abolishedOn = (data: RegulationFile['data']) => data?.history.findLast((e) => e.action === 'abolished')?.date;
  const ownDate = abolishedOn(file.data);
  const targetDate = abolishedOn(target0.data);
  const laterAbolished = Boolean(ownDate && targetDate && targetDate > ownDate);
  if (target0.data?.status === 'abolished' && !laterAbolished) {
    return [
      finding('ZD211', {
        ...at(),
        message: `replacedBy 指向的《${target0.data.title}》（${target0.filePath}）也已废止，应指向现行制度`,
        hint: target0.data.replacedBy ? `改为“replacedBy: ${target0.data.replacedBy}”。` : undefined,
      }),
    ];
  }
  return [];
}
