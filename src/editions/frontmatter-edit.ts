/**
 * Small, format-preserving edits of a regulation's frontmatter (the body is never touched):
 * the `yaml` package's Document keeps comments, flow lists and scalar styles.
 */
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { findFrontmatter } from '../handbook/frontmatter.ts';

export interface SplitFile {
  yaml: string;
  /** Everything after the closing fence, newline included. */
  body: string;
}

export function splitFrontmatter(source: string): SplitFile | undefined {
  const block = findFrontmatter(source);
  if (!block) return undefined;
  const lines = source.split('\n');
  return { yaml: block.yaml, body: lines.slice(block.endLine).join('\n') };
}

export function joinFrontmatter(yaml: string, body: string): string {
  return `---\n${yaml.replace(/\n+$/, '')}\n---\n${body}`;
}

export function editFrontmatter(source: string, edit: (doc: Document) => void): string {
  const split = splitFrontmatter(source);
  if (!split) throw new Error('文件没有文件头信息（frontmatter）');
  const doc = parseDocument(split.yaml);
  if (doc.errors.length > 0) throw new Error(`文件头信息无法解析：${doc.errors[0]!.message}`);
  edit(doc);
  return joinFrontmatter(doc.toString({ lineWidth: 0, flowCollectionPadding: false }), split.body);
}

export interface HistoryLike {
  date: string;
  action: string;
}

/** The history entries as plain data (dates as strings). */
export function readHistory(doc: Document): HistoryLike[] {
  const history = doc.get('history');
  if (!isSeq(history)) return [];
  return history.items.map((item) => {
    const entry = isMap(item) ? (item.toJSON() as Record<string, unknown>) : {};
    const date = entry['date'];
    return {
      date: date instanceof Date ? date.toISOString().slice(0, 10) : String(date ?? ''),
      action: String(entry['action'] ?? ''),
    };
  });
}

/** Sets `status:` in place (keeps its position among the fields). */
export function setStatus(doc: Document, status: string): void {
  doc.set('status', status);
}
