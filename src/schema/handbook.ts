import { z } from 'astro/zod';
import { isoDate } from './date.ts';

/** One yearly edition of the compendium (版本). */
export const editionSchema = z.strictObject({
  /** Edition year, e.g. 2026 for 《…制度汇编（2026年版）》. */
  year: z.number({ error: '版本年份（edition.year）应为四位数字，例如 2026' }).int().min(1949).max(2999),
  /** 印发日期 of the edition; absent while the edition is being prepared (after `edition:freeze`). */
  issuedOn: isoDate.optional(),
  /** 文号 of the document that issued the edition. */
  docNumber: z.string().trim().min(1).optional(),
});

/** content/handbook.yml: the compendium's identity and current edition. */
export const handbookSchema = z.strictObject({
  /** 汇编名称, e.g. XX镇人民政府制度汇编. */
  title: z.string({ error: '缺少汇编名称（title）' }).trim().min(1),
  /** Issuing body, e.g. XX镇人民政府. */
  issuer: z.string({ error: '缺少印发机关（issuer）' }).trim().min(1),
  /** The edition this tree describes. */
  edition: editionSchema,
  /** One paragraph shown on the home page. */
  description: z.string().trim().optional(),
});
export type Handbook = z.output<typeof handbookSchema>;
export type Edition = z.output<typeof editionSchema>;
