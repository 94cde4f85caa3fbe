import { z } from 'astro/zod';

/** One office of the town government; the YAML key is its short name (党政办). */
export const departmentSchema = z.strictObject({
  /** Full name, e.g. 党政综合办公室. */
  name: z.string({ error: '缺少部门全称（name）' }).trim().min(1),
  /** ASCII URL segment of the department's index page; derived from the key when absent. */
  slug: z
    .string()
    .regex(/^[a-z0-9-]+$/, { error: '部门 slug 只能包含小写字母、数字和连字符' })
    .optional(),
  /** Code-hosting accounts or teams that review this department's regulations (CODEOWNERS). */
  codeowners: z
    .array(z.string().regex(/^@\S+$/, { error: '审核人应以 @ 开头，例如 @xxzhen/dangzhengban' }))
    .default([]),
});

/** content/departments.yml: short name → department. */
export const departmentsSchema = z.record(z.string().min(1), departmentSchema);
export type Department = z.output<typeof departmentSchema>;
