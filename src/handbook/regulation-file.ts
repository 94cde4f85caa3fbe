import { relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import type { RegulationFrontmatter } from '../schema/index.ts';
import { findFrontmatter, type FrontmatterBlock } from './frontmatter.ts';
import { readUtf8 } from './read-text.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

/** A regulation Markdown file as read from disk, valid or not. */
export interface RegulationFile {
  /** `<chapter>/<slug>`: the URL path inside its edition. */
  id: string;
  /** Folder under `regulations/` (a chapters.yml key when valid). */
  chapter: string;
  /** File name without `.md`. */
  slug: string;
  /** `current`, or the year of an archived edition. */
  edition: string;
  /** Path relative to the repository root, with `/`. */
  filePath: string;
  absPath: string;
  /** Nesting under `regulations/`: a valid file sits exactly one folder deep. */
  depth: number;
  /** Whole file text (empty when unreadable). */
  source: string;
  readError?: { reason: 'not-utf8' | 'unreadable'; detail: string };
  frontmatter?: FrontmatterBlock;
  yaml?: YamlSource;
  /** Frontmatter after schema validation; absent when any schema issue was found. */
  data?: RegulationFrontmatter;
  schemaIssues: z.core.$ZodIssue[];
}

export interface RegulationFileContext {
  repoRoot: string;
  /** Absolute path of the edition's `regulations/` folder. */
  regulationsDir: string;
  edition: string;
  schema: z.ZodType<RegulationFrontmatter>;
}

/** Where a regulation file sits: id, chapter, slug and nesting, from its path. */
export type RegulationFilePlace = Pick<
  RegulationFile,
  'id' | 'chapter' | 'slug' | 'edition' | 'filePath' | 'absPath' | 'depth'
>;

export async function readRegulationFile(absPath: string, context: RegulationFileContext): Promise<RegulationFile> {
  const filePath = relative(context.repoRoot, absPath).split(sep).join('/');
  const parts = relative(context.regulationsDir, absPath).split(sep);
  const slug = (parts.at(-1) ?? '').replace(/\.md$/, '');
  const chapter = parts.length > 1 ? (parts[0] ?? '') : '';
  const place: RegulationFilePlace = {
    id: chapter ? `${chapter}/${slug}` : slug,
    chapter,
    slug,
    edition: context.edition,
    filePath,
    absPath,
    depth: parts.length - 1,
  };
  const read = await readUtf8(absPath);
  if (!read.ok)
    return { ...place, source: '', schemaIssues: [], readError: { reason: read.reason, detail: read.detail } };
  return regulationFileFromSource(place, read.text, context.schema);
}

/**
 * A regulation file from text already in memory: frontmatter located and parsed, and validated
 * when a schema is given (without one, `data` stays absent and only the raw YAML is known).
 */
export function regulationFileFromSource(
  place: RegulationFilePlace,
  source: string,
  schema?: z.ZodType<RegulationFrontmatter>,
): RegulationFile {
  const base = { ...place, source, schemaIssues: [] };
  const frontmatter = findFrontmatter(source);
  if (!frontmatter) return base;
  const yaml = parseYamlSource(frontmatter.yaml, frontmatter.startLine);
  if (yaml.errors.length > 0 || !schema) return { ...base, frontmatter, yaml };
  const result = schema.safeParse(yaml.value ?? {});
  return result.success
    ? { ...base, frontmatter, yaml, data: result.data }
    : { ...base, frontmatter, yaml, schemaIssues: result.error.issues };
}
