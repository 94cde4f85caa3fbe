import { z } from 'astro/zod';

/** A document outside the compendium that regulations cite (法律、党内法规、上级文件). */
export const externalDocumentSchema = z.strictObject({
  /** Title as cited inside 《》. */
  title: z.string({ error: '缺少文件标题（title）' }).trim().min(1),
  /** Other names it is cited by (中央八项规定 …). */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Issuing body, e.g. 中共中央办公厅、国务院办公厅. */
  issuer: z.string({ error: '缺少制定机关（issuer）' }).trim().min(1),
  /** Year of the version in force. */
  year: z.number().int().optional(),
  /** Official URL, shown as a link (the site works without it). */
  url: z.url({ error: '网址（url）格式不正确' }).optional(),
});

/** content/external.yml: list of external documents. */
export const externalDocumentsSchema = z.array(externalDocumentSchema);
export type ExternalDocument = z.output<typeof externalDocumentSchema>;
