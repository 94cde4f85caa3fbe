/**
 * ZD112: fields that are one line wherever they appear (titles, 文号, 决定机关, notes in the history
 * list, the PR summary and the job log). A YAML block scalar (`note: |`) can carry line breaks that
 * would split a table row or start a fake section of the summary.
 */
import type { RegulationFile } from '../../handbook/regulation-file.ts';
import { valueAt } from '../zod-issues.ts';
import { finding, type Finding } from '../finding.ts';

const TOP = ['title', 'shortTitle', 'docNumber', 'department', 'replacedBy'] as const;
const ENTRY = ['by', 'docNumber', 'note'] as const;
const BREAK = /[\r\n\u2028\u2029]/u;

export function checkSingleLine(file: RegulationFile): Finding[] {
  const yaml = file.yaml;
  if (!yaml || yaml.errors.length > 0) return [];
  const paths: PropertyKey[][] = TOP.map((key) => [key]);
  const aliases = valueAt(yaml.value, ['aliases']);
  if (Array.isArray(aliases)) aliases.forEach((_, index) => paths.push(['aliases', index]));
  const history = valueAt(yaml.value, ['history']);
  if (Array.isArray(history))
    history.forEach((_, index) => ENTRY.forEach((key) => paths.push(['history', index, key])));
  return paths.flatMap((path) => {
    const value = valueAt(yaml.value, path);
    if (typeof value !== 'string' || !BREAK.test(value.trim())) return [];
    return [
      finding('ZD112', {
        file: file.filePath,
        ...yaml.positionOf(path),
        message: `${path.map(String).join('.')} 中有换行，这个字段只能写一行`,
      }),
    ];
  });
}
