import { isCalendarDate, SLUG_PATTERN } from '../schema/index.ts';
import { checkDocNumber as judgeDocNumber } from '../check/doc-number.ts';
import { AuthoringError } from './errors.ts';

/** Accepts `YYYY-MM-DD` (also `2026/3/5`, `2026.3.5`, `2026年3月5日`) and returns the ISO form. */
export function normaliseDate(value: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value.trim());
  return m ? `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}` : value.trim();
}

/** Checks a date the office typed; `label` names it in the message (制定日期, 施行日期 …). */
export function checkDate(
  label: string,
  value: string,
  today: string,
  options: { allowFuture?: boolean } = {},
): string {
  const iso = normaliseDate(value);
  if (!isCalendarDate(iso)) {
    throw new AuthoringError(`${label}“${value}”不是有效日期。请写成 年-月-日，例如 2026-03-12。`);
  }
  if (!options.allowFuture && iso > today) {
    throw new AuthoringError(
      `${label}“${iso}”晚于今天（${today}）。只能记录已经作出的决定；会议召开、文件印发后再提交修改。`,
    );
  }
  return iso;
}

/** Checks a 文号 with the validator's own rule (src/check/doc-number.ts) and explains the fix. */
export function checkDocNumber(value: string): string {
  const text = value.trim();
  const verdict = judgeDocNumber(text);
  if (verdict.kind === 'ok') return text;
  const why = verdict.kind === 'brackets' ? `年份要用全角六角括号〔〕，应写成“${verdict.standard}”` : verdict.reason;
  throw new AuthoringError(`文号“${text}”格式不对：${why}。`);
}

/** Checks a new file name (slug) and explains why it must be ASCII. */
export function checkSlug(value: string): string {
  const slug = value.trim();
  if (SLUG_PATTERN.test(slug)) return slug;
  const why =
    '文件名（slug）是网页地址的一部分，只能用小写英文字母、数字和连字符“-”，不能有汉字、空格或大写字母，一经发布不再更改。' +
    '一般用标题关键词的拼音，例如 请销假制度 → qingxiaojia，公务接待管理办法 → gongwu-jiedai。';
  throw new AuthoringError(`文件名“${slug}”不符合要求。${why}`);
}

/** Non-empty trimmed text, or a Chinese error naming the field. */
export function requireText(label: string, value: string | undefined, hint = ''): string {
  const text = value?.trim() ?? '';
  if (!text) throw new AuthoringError(`缺少${label}。${hint}`.trim());
  return text;
}
