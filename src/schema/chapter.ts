import { z } from 'astro/zod';
import { SLUG_PATTERN } from './regulation.ts';

/** One chapter (类别) of the compendium; the YAML key is its folder name. */
export const chapterSchema = z.strictObject({
  /** Chinese title, e.g. 考勤与请销假. */
  title: z.string({ error: '缺少章名（title）' }).trim().min(1),
  /** Position in the table of contents, ascending. */
  order: z.number({ error: '排序（order）应为数字' }).int(),
  /** One line shown on the home and chapter pages. */
  description: z.string().trim().optional(),
});

/** content/chapters.yml: folder name → chapter. */
export const chaptersSchema = z.record(
  z.string().regex(SLUG_PATTERN, { error: '章的键应为小写字母、数字和连字符（即文件夹名）' }),
  chapterSchema,
);
export type Chapter = z.output<typeof chapterSchema>;
