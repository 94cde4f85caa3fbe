import type { HistoryEntry } from '../schema/index.ts';
import { formatChineseDate } from './chinese-date.ts';

const VERBS: Record<HistoryEntry['action'], string> = {
  enacted: '通过',
  revised: '修订',
  reaffirmed: '重申',
  abolished: '废止',
};

/**
 * The 题注 printed under a regulation's title, built from its history, e.g.
 * （2018年3月1日镇党政联席会议通过　2024年2月20日镇党政联席会议修订）.
 * The deciding body is named for enactment and revision, the acts that change the text.
 */
export function formatCaption(history: readonly HistoryEntry[]): string {
  const parts = history.map((entry) => {
    const by = entry.by && (entry.action === 'enacted' || entry.action === 'revised') ? entry.by : '';
    return `${formatChineseDate(entry.date)}${by}${VERBS[entry.action]}`;
  });
  return `（${parts.join('\u3000')}）`;
}
