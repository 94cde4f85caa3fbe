import { z } from 'astro/zod';
import { isoDate } from './date.ts';
import { HISTORY_ACTIONS, REGULATION_STATUSES } from './labels.ts';

/** A slug is the regulation's URL segment: stable forever, lowercase ASCII. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const docNumber = z
  .string({ error: '文号应为文字，例如 XX政办发〔2024〕3号' })
  .trim()
  .min(1, { error: '文号不能为空' });

/** One step in a regulation's life, oldest first in `history`. */
export const historyEntrySchema = z.strictObject(
  {
    /** Date of the decision, `YYYY-MM-DD`. */
    date: isoDate,
    /** What happened: `enacted` 制定, `revised` 修订, `reaffirmed` 重申, `abolished` 废止. */
    action: z.enum(HISTORY_ACTIONS, {
      error: '应为 enacted（制定）、revised（修订）、reaffirmed（重申）或 abolished（废止）之一',
    }),
    /** The body that decided, e.g. 镇党政联席会议. */
    by: z.string().trim().min(1).optional(),
    /** 文号 of the document that carried the decision. */
    docNumber: docNumber.optional(),
    /** 修订说明 / 废止理由: what changed and why. */
    note: z.string().trim().min(1).optional(),
  },
  { error: '历史记录的每一项应包含 date、action，可选 by、docNumber、note' },
);
export type HistoryEntry = z.output<typeof historyEntrySchema>;

export interface RegulationSchemaContext {
  /** Keys of content/departments.yml. */
  departments: readonly string[];
}

/**
 * Frontmatter fields of a regulation (besides Starlight's own `title`, `description` …).
 * Passed to Starlight's `docsSchema({ extend })` and reused as-is by the validator.
 */
export function regulationFields({ departments }: RegulationSchemaContext) {
  const departmentList = departments.join('、');
  return z.strictObject({
    /** Full official title, e.g. 机关工作人员考勤和请销假制度. */
    title: z.string({ error: '缺少标题（title），应为制度全称' }).trim().min(1, { error: '标题（title）不能为空' }),
    /** Short name other regulations cite it by, e.g. 请销假制度. */
    shortTitle: z.string().trim().min(1).optional(),
    /** More names by which the regulation is cited. */
    aliases: z.array(z.string().trim().min(1)).optional(),
    /** Outcome of this year's review: 重申 / 修订 / 新建 / 已废止. */
    status: z.enum(REGULATION_STATUSES, {
      error: '状态（status）应为 reaffirmed（重申）、revised（修订）、new（新建）或 abolished（已废止）之一',
    }),
    /** Owning office: a key of content/departments.yml, e.g. 党政办. */
    department: z.string({ error: '缺少责任部门（department）' }).refine((key) => departments.includes(key), {
      error: (issue) =>
        `未知部门“${String(issue.input)}”，应为 content/departments.yml 中的部门之一：${departmentList}`,
    }),
    /** 文号 of the current text, e.g. XX政办发〔2024〕3号. */
    docNumber: docNumber.optional(),
    /** 施行日期 of the current text. */
    effective: isoDate,
    /** Life of the regulation, oldest first; the first entry is its enactment. */
    history: z
      .array(historyEntrySchema, { error: '缺少修订历史（history），至少应有一条 enacted 记录' })
      .min(1, { error: '修订历史（history）至少应有一条 enacted 记录' }),
    /** Words people search for that the text may not contain, e.g. 请假. */
    keywords: z.array(z.string().trim().min(1)).optional(),
    /** Slug (`<chapter>/<slug>` or `<slug>`) of the regulation that replaced an abolished one. */
    replacedBy: z.string().trim().min(1).optional(),
    /** One-line summary; Starlight uses it for the page description. */
    description: z.string().optional(),
  });
}

export type RegulationFrontmatter = z.output<ReturnType<typeof regulationFields>>;
