import { z } from 'astro/zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar day written `YYYY-MM-DD` (rejects 2024-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function toIsoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/**
 * A calendar date written `YYYY-MM-DD`, normalised to that string.
 *
 * YAML parsers disagree on unquoted dates (js-yaml, used by Astro, yields a `Date`; the `yaml`
 * package used by the validator keeps a string), so both are accepted and compared as strings.
 */
export const isoDate = z
  .union([z.date(), z.string()], { error: '应为日期，格式 YYYY-MM-DD（例如 2024-03-01）' })
  .transform((value, ctx) => {
    const text = value instanceof Date ? toIsoDate(value) : value.trim();
    if (!isCalendarDate(text)) {
      ctx.addIssue({
        code: 'custom',
        message: `“${text}”不是有效日期，应为 YYYY-MM-DD 格式的真实日期（例如 2024-03-01）`,
        params: { zd: 'date' },
      });
      return z.NEVER;
    }
    return text;
  });

export type IsoDate = z.output<typeof isoDate>;
