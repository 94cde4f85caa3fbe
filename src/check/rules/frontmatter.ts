import type { RegulationFile } from '../../handbook/index.ts';
import { historyEntrySchema } from '../../schema/index.ts';
import { checkDocNumber } from '../doc-number.ts';
import { finding, type Finding } from '../finding.ts';
import { didYouMean, nearest } from '../suggest.ts';
import { describeIssue, pathLabel, valueAt } from '../zod-issues.ts';

const HISTORY_FIELDS = Object.keys(historyEntrySchema.shape);
const DATE_FIELDS = new Set(['effective', 'date']);

export interface FrontmatterContext {
  /** Field names of a regulation's frontmatter. */
  fields: readonly string[];
  departments: readonly string[];
}

/** Schema issues of a regulation's frontmatter, one finding per mistake. */
export function checkFrontmatter(file: RegulationFile, context: FrontmatterContext): Finding[] {
  const yaml = file.yaml;
  if (!yaml || yaml.errors.length > 0) return [];
  const root = yaml.value;
  const out: Finding[] = [];
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    out.push(
      finding('ZD107', {
        file: file.filePath,
        line: file.frontmatter?.startLine ?? 1,
        message: '文件头信息应为“字段: 值”的形式，每行一个字段',
      }),
    );
    return out;
  }
  /** Missing fields explained by a typo elsewhere (`staus` → `status`): reported once. */
  const explained = new Set<string>();
  for (const issue of file.schemaIssues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const path = issue.path as PropertyKey[];
    const candidates = path.length === 0 ? context.fields : HISTORY_FIELDS;
    const parent = valueAt(root, path) as Record<string, unknown> | undefined;
    for (const key of issue.keys) {
      const guess = nearest(key, candidates);
      if (guess && parent && !(guess in parent)) explained.add(pathLabel([...path, guess]));
      out.push(
        finding('ZD103', {
          file: file.filePath,
          ...yaml.keyPositionOf([...path, key]),
          message: `未知字段“${key}”${guess ? `，是否应为“${guess}”？` : ''}`,
          hint: guess ? `把“${key}”改为“${guess}”。` : `删除该字段；允许的字段有：${candidates.join('、')}。`,
        }),
      );
    }
  }
  for (const issue of file.schemaIssues) {
    if (issue.code === 'unrecognized_keys') continue;
    const path = issue.path as PropertyKey[];
    const label = pathLabel(path);
    const value = valueAt(root, path);
    const last = path.at(-1);
    const base = { file: file.filePath, ...yaml.positionOf(path) };
    if (value === undefined && issue.code !== 'custom') {
      if (explained.has(label)) continue;
      const where = path.length > 1 ? `history 第 ${Number(path[1]) + 1} 项缺少` : '缺少';
      out.push(
        finding('ZD102', {
          ...base,
          message: `${where}必填字段“${String(last)}”`,
          hint: `补上“${String(last)}: …”。`,
        }),
      );
    } else if (issue.code === 'invalid_value') {
      out.push(finding('ZD104', { ...base, message: describeIssue(issue, root) }));
    } else if (
      typeof last === 'string' &&
      DATE_FIELDS.has(last) &&
      (issue.code === 'custom' || issue.code === 'invalid_union')
    ) {
      const shown = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
      out.push(
        finding('ZD105', {
          ...base,
          message: `字段“${label}”的值“${shown}”不是有效日期，应为 YYYY-MM-DD 格式的真实日期（例如 2024-03-01）`,
        }),
      );
    } else if (path.length === 1 && last === 'department' && issue.code === 'custom') {
      // With departments.yml broken every department looks unknown: that file's own error says it all.
      if (context.departments.length === 0) continue;
      out.push(
        finding('ZD106', {
          ...base,
          message: `未知部门“${String(value)}”${didYouMean(String(value), context.departments)}`,
          hint: `department 应为 content/departments.yml 中的部门简称：${context.departments.join('、')}。`,
        }),
      );
    } else {
      out.push(finding('ZD107', { ...base, message: describeIssue(issue, root) }));
    }
  }
  out.push(...checkFrontmatterDocNumbers(file));
  return out;
}

/** ZD110/ZD111 on `docNumber` and `history[].docNumber`, read from the raw YAML. */
export function checkFrontmatterDocNumbers(file: RegulationFile): Finding[] {
  const yaml = file.yaml;
  if (!yaml || yaml.errors.length > 0) return [];
  const root = yaml.value;
  const paths: PropertyKey[][] = [['docNumber']];
  const history = valueAt(root, ['history']);
  if (Array.isArray(history)) history.forEach((_, index) => paths.push(['history', index, 'docNumber']));
  const out: Finding[] = [];
  for (const path of paths) {
    const value = valueAt(root, path);
    if (typeof value !== 'string' || value.trim() === '') continue;
    const verdict = checkDocNumber(value);
    if (verdict.kind !== 'invalid' && verdict.kind !== 'brackets') continue;
    // Located only when reported: a position needs the YAML document, which valid files never build.
    const base = { file: file.filePath, ...yaml.positionOf(path) };
    if (verdict.kind === 'invalid') {
      out.push(finding('ZD110', { ...base, message: `文号“${value}”格式不对：${verdict.reason}` }));
    } else if (verdict.kind === 'brackets') {
      out.push(
        finding('ZD111', {
          ...base,
          message: `文号“${value}”的年份括号不规范，标准写法是“${verdict.standard}”`,
          hint: `改为“${verdict.standard}”。`,
        }),
      );
    }
  }
  return out;
}
