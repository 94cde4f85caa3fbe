/** Dates and 题注 as Chinese official documents write them. */
import { parseNumeral, toAsciiDigits } from '../engine/index.ts';
import { isCalendarDate, type HistoryEntry } from '../schema/index.ts';

const DIGITS = '〇一二三四五六七八九';
const YEAR = '[0-9０-９]{4}|[〇零一二三四五六七八九]{4}';
const PART = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
export const DATE_PATTERN = `(?:${YEAR})\\s*年\\s*(?:${PART})\\s*月\\s*(?:${PART})\\s*日`;

function numberOf(part: string): number | undefined {
  const ascii = toAsciiDigits(part.trim());
  if (/^\d+$/.test(ascii)) return Number(ascii);
  return parseNumeral(part.trim());
}

/** `2023年3月5日`, `二〇二三年三月五日`, `２０２３年３月５日` → `2023-03-05`; undefined if not a real date. */
export function parseChineseDate(text: string): string | undefined {
  const match = /^\s*(\S{4})\s*年\s*(\S{1,3}?)\s*月\s*(\S{1,3}?)\s*日\s*$/.exec(text);
  if (!match) return undefined;
  const yearText = (match[1] as string).replace(/[〇零一二三四五六七八九]/g, (d) =>
    String(DIGITS.indexOf(d === '零' ? '〇' : d)),
  );
  const year = Number(toAsciiDigits(yearText));
  const month = numberOf(match[2] as string);
  const day = numberOf(match[3] as string);
  if (!Number.isInteger(year) || month === undefined || day === undefined) return undefined;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : undefined;
}

const VERBS: Array<[RegExp, HistoryEntry['action']]> = [
  [/(?:审议)?通过$|(?:印发|发布|制定)$/, 'enacted'],
  [/修订$|修正$|修改$/, 'revised'],
  [/重申$/, 'reaffirmed'],
  [/废止$/, 'abolished'],
];
const CAPTION_STEP = new RegExp(
  `(${DATE_PATTERN})([^\\u3000\\s，,；;）)]*?)(审议通过|通过|印发|发布|制定|修订|修正|修改|重申|废止)`,
  'g',
);

/**
 * A 题注 such as （2018年3月1日镇党政联席会议通过　2024年2月20日镇党政联席会议修订）→ history entries,
 * oldest first. Returns undefined when the paragraph is not a 题注.
 */
export function parseCaption(text: string): HistoryEntry[] | undefined {
  const bracketed = /^\s*[（(]([^（）()]*)[）)]\s*$/.exec(text)?.[1];
  if (!bracketed) return undefined;
  // （2023年3月5日镇党政联席会议通过，自2023年4月1日起施行）: the 施行 part is read from the text.
  const inner = bracketed.replace(/[，,；;\s\u3000]*自?[^，,；;\s\u3000]*起(?:施行|执行|实施)$/, '');
  const entries: HistoryEntry[] = [];
  let covered = 0;
  for (const match of inner.matchAll(CAPTION_STEP)) {
    const date = parseChineseDate(match[1] as string);
    const verb = match[3] as string;
    const action = VERBS.find(([pattern]) => pattern.test(verb))?.[1];
    if (!date || !action) return undefined;
    const by = (match[2] as string)
      .replace(/^[在经由]/, '')
      .replace(/第[一二三四五六七八九十百\d]+次$/, '')
      .trim();
    const entry: HistoryEntry = { date, action };
    if (by) entry.by = by;
    entries.push(entry);
    covered += (match[0] as string).length;
  }
  if (entries.length === 0) return undefined;
  // Everything else in the brackets is separators: otherwise it is a parenthesised sentence, not a 题注.
  if (inner.replace(/[\s\u3000，,；;、和及]/g, '').length > covered + 2) return undefined;
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface EffectiveClause {
  /** ISO date, or undefined when it is 自印发之日起 (the date comes from the history). */
  date?: string;
  onIssue: boolean;
  sentence: string;
}

const EFFECTIVE = new RegExp(
  `自\\s*(${DATE_PATTERN}|印发之日|发布之日|公布之日|通过之日|下发之日|颁布之日)\\s*起(?:施行|执行|实施|试行|生效)`,
);

/** The 施行 sentence: 本办法自2024年3月1日起施行 / 自印发之日起施行. */
export function findEffectiveClause(text: string): EffectiveClause | undefined {
  const match = EFFECTIVE.exec(text);
  if (!match) return undefined;
  const when = match[1] as string;
  const date = parseChineseDate(when);
  return date ? { date, onIssue: false, sentence: match[0] } : { onIssue: true, sentence: match[0] };
}
