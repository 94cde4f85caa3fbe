import { readFileSync } from 'node:fs';
import type { ContentTree, DataFile } from '../../handbook/index.ts';
import {
  chapterSchema,
  departmentSchema,
  editionSchema,
  externalDocumentSchema,
  handbookSchema,
  type ExternalDocument,
} from '../../schema/index.ts';
import { finding, type Finding } from '../finding.ts';
import { nearest } from '../suggest.ts';
import { describeIssue, valueAt } from '../zod-issues.ts';
import { relocateYamlError, translateYamlError } from './files.ts';

/** Field names allowed at a path of a data file, for typo suggestions. */
type FieldsAt = (path: readonly PropertyKey[]) => readonly string[];

const chapterFields = Object.keys(chapterSchema.shape);
const departmentFields = Object.keys(departmentSchema.shape);
const externalFields = Object.keys(externalDocumentSchema.shape);
const handbookFields = Object.keys(handbookSchema.shape);
const editionFields = Object.keys(editionSchema.shape);

const KNOWN: { name: string; fieldsAt: FieldsAt }[] = [
  { name: 'departments.yml', fieldsAt: () => departmentFields },
  { name: 'chapters.yml', fieldsAt: () => chapterFields },
  { name: 'external.yml', fieldsAt: () => externalFields },
  { name: 'handbook.yml', fieldsAt: (path) => (path[0] === 'edition' ? editionFields : handbookFields) },
];

/** Lines of a data file (DataFile keeps no text; needed only to place an unclosed-quote error). */
function readLines(absPath: string): string[] {
  try {
    return readFileSync(absPath, 'utf8').split('\n');
  } catch {
    return [];
  }
}

/** Missing, undecodable, unparseable or invalid data file. */
export function checkDataFile(file: DataFile<unknown>): Finding[] {
  const at = { file: file.filePath };
  const name = file.filePath.split('/').at(-1) ?? '';
  const fieldsAt = KNOWN.find((known) => known.name === name)?.fieldsAt ?? (() => []);
  if (file.readError?.reason === 'missing') {
    return [finding('ZD007', { ...at, message: `缺少数据文件 ${file.filePath}` })];
  }
  if (file.readError?.reason === 'not-utf8') {
    return [finding('ZD001', { ...at, message: '文件不是 UTF-8 编码（可能是用 GBK/GB2312 保存的）' })];
  }
  if (file.readError) return [finding('ZD002', { ...at, message: `无法读取文件：${file.readError.detail}` })];
  const yaml = file.yaml;
  if (!yaml) return [];
  if (yaml.errors.length > 0) {
    const lines = readLines(file.absPath);
    return yaml.errors.map((error) =>
      finding('ZD008', {
        ...at,
        ...relocateYamlError(lines, error),
        message: `YAML 无法解析：${translateYamlError(error.message)}`,
      }),
    );
  }
  const out: Finding[] = [];
  /** Missing fields explained by a misspelt key next to them: reported once, as the typo. */
  const explained = new Set<string>();
  const issues = [...file.schemaIssues].sort(
    (a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'),
  );
  for (const issue of issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const guess = nearest(key, fieldsAt(path));
        if (guess) explained.add(JSON.stringify([...path, guess]));
        out.push(
          finding('ZD009', {
            ...at,
            ...yaml.keyPositionOf([...path, key]),
            message: `未知字段“${key}”${guess ? `，是否应为“${guess}”？` : ''}`,
            hint: guess ? `把“${key}”改为“${guess}”。` : `删除该字段；允许的字段有：${fieldsAt(path).join('、')}。`,
          }),
        );
      }
      continue;
    }
    const missing = valueAt(yaml.value, path) === undefined;
    if (missing && explained.has(JSON.stringify(path))) continue;
    // A missing field is shown at its parent's key (`kaoqin:`), not at some sibling.
    const position = missing && path.length > 1 ? yaml.keyPositionOf(path.slice(0, -1)) : yaml.positionOf(path);
    out.push(finding('ZD009', { ...at, ...position, message: describeIssue(issue, yaml.value) }));
  }
  return out;
}

/** Two external documents answering to the same name. */
export function checkExternalNames(file: DataFile<ExternalDocument[]>): Finding[] {
  const list = file.value ?? [];
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  list.forEach((doc, index) => {
    const names: [string, PropertyKey[]][] = [
      [doc.title, [index, 'title']],
      ...doc.aliases.map((alias, i): [string, PropertyKey[]] => [alias, [index, 'aliases', i]]),
    ];
    const own = new Set<string>();
    for (const [name, path] of names) {
      if (own.has(name)) continue;
      own.add(name);
      const first = seen.get(name);
      if (first === undefined) {
        seen.set(name, index);
        continue;
      }
      out.push(
        finding('ZD010', {
          file: file.filePath,
          ...(file.yaml?.positionOf(path) ?? {}),
          message: `名称“${name}”已被第 ${first + 1} 项（${list[first]?.title ?? ''}）使用，同一名称只能指一份文件`,
        }),
      );
    }
  });
  return out;
}

/** All data files of the tree, including every edition's handbook.yml. */
export function checkDataFiles(tree: ContentTree): Finding[] {
  const files: DataFile<unknown>[] = [
    ...tree.editions.map((edition) => edition.handbook),
    tree.departments,
    tree.chapters,
    tree.externals,
  ];
  return [...files.flatMap(checkDataFile), ...checkExternalNames(tree.externals)];
}
