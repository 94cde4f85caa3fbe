/**
 * Small, format-preserving edits of a regulation's frontmatter (the body is never touched):
 * the `yaml` package's Document keeps comments, flow lists and scalar styles.
 */
import { parseDocument, type Document, type ToStringOptions } from 'yaml';
import { findFrontmatter } from '../handbook/frontmatter.ts';

/** A file whose frontmatter cannot be edited safely (the message is for the office, in Chinese). */
export class FrontmatterEditError extends Error {
  override name = 'FrontmatterEditError';
}

/** Keeps Chinese notes on one line and flow lists (`[出差, 报销]`) as they are. */
export const YAML_OUTPUT: ToStringOptions = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false };

/**
 * Rewrites the frontmatter of a Markdown file through yaml's Document API, so comments, key order,
 * quoting and flow lists survive; the body is returned untouched and the file's line ending (LF or
 * CRLF, as a Windows checkout has it) is kept.
 */
export function editFrontmatter(source: string, edit: (doc: Document) => void): string {
  const block = findFrontmatter(source);
  if (!block)
    throw new FrontmatterEditError('文件开头没有 frontmatter（--- 包围的字段区），请先运行 npm run check 修正。');
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const lines = source.split(/\r?\n/);
  const doc = parseDocument(block.yaml.replace(/\r\n/g, '\n'));
  if (doc.errors.length > 0)
    throw new FrontmatterEditError(
      `frontmatter 有 YAML 语法错误（${doc.errors[0]!.message}），请先运行 npm run check 修正。`,
    );
  edit(doc);
  const yaml = doc.toString(YAML_OUTPUT).replace(/\n$/, '').split('\n');
  return [...lines.slice(0, 1), ...yaml, ...lines.slice(block.endLine - 1)].join(eol);
}
