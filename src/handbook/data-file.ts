import { relative } from 'node:path';
import type { z } from 'astro/zod';
import { readUtf8 } from './read-text.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

/** A YAML data file (handbook.yml, departments.yml …) read and checked against its schema. */
export interface DataFile<T> {
  filePath: string;
  absPath: string;
  /** Present when the file was readable, parseable and valid. */
  value?: T;
  /** Why the file could not be read at all. */
  readError?: { reason: 'missing' | 'not-utf8' | 'unreadable'; detail: string };
  yaml?: YamlSource;
  schemaIssues: z.core.$ZodIssue[];
}

export async function readDataFile<S extends z.ZodType>(
  absPath: string,
  repoRoot: string,
  schema: S,
): Promise<DataFile<z.output<S>>> {
  const filePath = relative(repoRoot, absPath).split('\\').join('/');
  const read = await readUtf8(absPath);
  if (!read.ok) {
    const missing = read.detail.includes('ENOENT');
    return {
      filePath,
      absPath,
      readError: { reason: missing ? 'missing' : read.reason, detail: read.detail },
      schemaIssues: [],
    };
  }
  const yaml = parseYamlSource(read.text);
  if (yaml.errors.length > 0) return { filePath, absPath, yaml, schemaIssues: [] };
  const result = schema.safeParse(yaml.value ?? {});
  return result.success
    ? { filePath, absPath, yaml, value: result.data, schemaIssues: [] }
    : { filePath, absPath, yaml, schemaIssues: result.error.issues };
}
