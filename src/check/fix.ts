/**
 * `npm run check -- --fix`: applies the edits some findings carry (ZD501: a citation's old article
 * number → its new one) and nothing else, and shows each changed line before and after.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding, TextEdit } from './finding.ts';
import { applyEdits } from './text-edit.ts';

/** Changed lines of a file as `- before` / `+ after`, with their line numbers. */
export function lineDiff(file: string, before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const out: string[] = [];
  // Fixes replace words inside lines: the line count never changes.
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    if (a[index] === b[index]) continue;
    out.push(`${file}:${index + 1}`, `  - ${a[index] ?? ''}`, `  + ${b[index] ?? ''}`);
  }
  return out;
}

export interface FixResult {
  files: number;
  edits: number;
  diff: string[];
}

/** Writes the fixes of `findings` into the files under `root`. */
export async function applyFixes(root: string, findings: readonly Finding[]): Promise<FixResult> {
  const byFile = new Map<string, TextEdit[]>();
  for (const item of findings) if (item.fix) byFile.set(item.file, [...(byFile.get(item.file) ?? []), item.fix]);
  const result: FixResult = { files: 0, edits: 0, diff: [] };
  for (const [file, edits] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const path = join(root, file);
    const before = await readFile(path, 'utf8');
    const after = applyEdits(before, edits);
    if (after === before) continue;
    await writeFile(path, after, 'utf8');
    result.files++;
    result.edits += edits.length;
    result.diff.push(...lineDiff(file, before, after));
  }
  return result;
}
