import type { z } from 'astro/zod';
import { didYouMean } from './suggest.ts';

/** Reads the value at `path` in parsed YAML (issues do not carry their input). */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

const TYPE_LABELS: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表（例如 [甲, 乙]）',
  object: '字段组（下一行缩进书写各字段）',
  date: '日期',
};

function describe(value: unknown): string {
  if (value === null) return '空值';
  if (Array.isArray(value)) return '列表';
  if (typeof value === 'string') return `文字“${value}”`;
  if (typeof value === 'number') return `数字 ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return '字段组';
  return String(value);
}

/** `history[1].date` style label of a path. */
export function pathLabel(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out || '（根）';
}

const hasChinese = (text: string) => /\p{Script=Han}/u.test(text);

/** A Chinese sentence for one schema issue that is not an unknown key. */
export function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const path = issue.path as PropertyKey[];
  const field = pathLabel(path);
  const value = valueAt(root, path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `缺少字段“${field}”`;
      if (hasChinese(issue.message)) return `字段“${field}”：${issue.message}，这里是${describe(value)}`;
      return `字段“${field}”应为${TYPE_LABELS[issue.expected] ?? issue.expected}，这里是${describe(value)}`;
    case 'invalid_value': {
      const values = issue.values.map(String);
      return `字段“${field}”的值“${String(value)}”无效，应为 ${values.join('、')} 之一${didYouMean(String(value), values)}`;
    }
    case 'too_small':
      if (Array.isArray(value) && value.length === 0) return `字段“${field}”不能是空列表`;
      if (typeof value === 'string') return `字段“${field}”不能为空`;
      return hasChinese(issue.message) ? issue.message : `字段“${field}”的值太小`;
    default:
      return hasChinese(issue.message) ? `字段“${field}”：${issue.message}` : `字段“${field}”格式不正确`;
  }
}
