/**
 * Kept texts: the text a revision or an abolition replaced, frozen in the content tree so that the
 * rule as it stood on any day stays readable without git history (a shallow CI checkout included).
 *
 * Layout (written by `npm run revise` / `npm run abolish`, never by hand):
 *
 * ```
 * content/versions/<chapter>/<slug>/<from>.md      the whole file as it stood (frontmatter of that time + text);
 *                                                   <from> is the day that text took effect (its `effective`)
 * content/versions/<chapter>/<slug>/manifest.json  SHA-256 of each kept file (LF-normalised, as editions)
 * ```
 *
 * A text already frozen in an edition snapshot (content/editions/<year>/) is not copied again: the
 * model in text-timeline.ts reads edition snapshots as kept texts too.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { findFrontmatter } from '../handbook/frontmatter.ts';
import type { HistoryEntry } from '../schema/index.ts';
import { hashText } from './manifest.ts';

export const VERSIONS_DIR = 'versions';
export const KEPT_MANIFEST = 'manifest.json';

/** `content/versions/<chapter>/<slug>/manifest.json`. */
export interface KeptManifest {
  /** `<chapter>/<slug>`. */
  regulation: string;
  algorithm: 'sha256';
  /** `<from>.md` → hex digest. */
  files: Record<string, string>;
}

/** One kept file as read from disk. */
export interface KeptText {
  /** `<chapter>/<slug>` of the regulation. */
  regulationId: string;
  /** File name, `<from>.md`. */
  name: string;
  /** Path relative to the repository root, with `/`. */
  filePath: string;
  source: string;
  /** Frontmatter fields the timeline needs (undefined when the frontmatter cannot be read). */
  fields: KeptFields | undefined;
}

export interface KeptFields {
  title: string;
  effective: string;
  docNumber: string | undefined;
  history: HistoryEntry[];
}

/** What is kept for one regulation: its files and its manifest text (undefined: none on disk). */
export interface KeptFolder {
  regulationId: string;
  /** Folder relative to the repository root. */
  folder: string;
  texts: KeptText[];
  manifestText: string | undefined;
}

export function keptFolderPath(regulationId: string): string {
  return `content/${VERSIONS_DIR}/${regulationId}`;
}

export function keptFileName(from: string): string {
  return `${from}.md`;
}

const dateText = (value: unknown): string | undefined =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : undefined;

/** Reads the fields of a kept file's frontmatter (lenient: the file was valid when it was kept). */
export function readKeptFields(source: string): KeptFields | undefined {
  const block = findFrontmatter(source);
  if (!block) return undefined;
  const value = parseDocument(block.yaml).toJS() as Record<string, unknown> | null;
  const effective = dateText(value?.['effective']);
  const title = value?.['title'];
  const history = value?.['history'];
  if (!effective || typeof title !== 'string' || !Array.isArray(history)) return undefined;
  const entries = history.flatMap((raw: unknown): HistoryEntry[] => {
    const entry = raw as Record<string, unknown> | null;
    const date = dateText(entry?.['date']);
    const action = entry?.['action'];
    if (!date || typeof action !== 'string') return [];
    const text = (key: string) => (typeof entry?.[key] === 'string' ? (entry[key] as string) : undefined);
    return [
      {
        date,
        action: action as HistoryEntry['action'],
        ...(text('by') ? { by: text('by') } : {}),
        ...(text('docNumber') ? { docNumber: text('docNumber') } : {}),
        ...(text('note') ? { note: text('note') } : {}),
      },
    ];
  });
  const docNumber = value?.['docNumber'];
  return { title, effective, docNumber: typeof docNumber === 'string' ? docNumber : undefined, history: entries };
}

export function parseKeptManifest(text: string): KeptManifest | undefined {
  try {
    const value = JSON.parse(text) as Partial<KeptManifest>;
    if (value.algorithm !== 'sha256' || typeof value.files !== 'object' || value.files === null) return undefined;
    if (typeof value.regulation !== 'string') return undefined;
    if (!Object.values(value.files).every((hash) => typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash)))
      return undefined;
    return value as KeptManifest;
  } catch {
    return undefined;
  }
}

export function serializeKeptManifest(manifest: KeptManifest): string {
  const files = Object.fromEntries(Object.entries(manifest.files).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${JSON.stringify({ ...manifest, files }, null, 2)}\n`;
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true }))
      .filter((entry) => !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Every folder under `content/versions/` (`<chapter>/<slug>/`), with its files and manifest. */
export async function loadKeptFolders(contentDir: string): Promise<KeptFolder[]> {
  const root = join(contentDir, VERSIONS_DIR);
  const folders: KeptFolder[] = [];
  for (const chapter of await listDir(root)) {
    for (const slug of await listDir(join(root, chapter))) {
      const dir = join(root, chapter, slug);
      const regulationId = `${chapter}/${slug}`;
      const names = (await listDir(dir)).filter((name) => name.endsWith('.md'));
      const texts = await Promise.all(
        names.map(async (name): Promise<KeptText> => {
          const source = (await readOptional(join(dir, name))) ?? '';
          return {
            regulationId,
            name,
            filePath: `${keptFolderPath(regulationId)}/${name}`,
            source,
            fields: readKeptFields(source),
          };
        }),
      );
      folders.push({
        regulationId,
        folder: keptFolderPath(regulationId),
        texts,
        manifestText: await readOptional(join(dir, KEPT_MANIFEST)),
      });
    }
  }
  return folders;
}

/** The files a command writes to keep `source` (the file before its change): the text and the updated manifest. */
export function keptTextWrites(
  root: string,
  regulationId: string,
  source: string,
  manifestText: string | undefined,
): { writes: { path: string; content: string }[]; name: string } | { problem: string } {
  const fields = readKeptFields(source);
  if (!fields) return { problem: '无法读取该制度现有的文件头信息（effective、history），不能保存被替换的文本。' };
  const name = keptFileName(fields.effective);
  const manifest: KeptManifest = (manifestText !== undefined && parseKeptManifest(manifestText)) || {
    regulation: regulationId,
    algorithm: 'sha256',
    files: {},
  };
  if (manifestText !== undefined && !parseKeptManifest(manifestText)) {
    return {
      problem: `${keptFolderPath(regulationId)}/${KEPT_MANIFEST} 不是有效的清单，请先运行 npm run check 查看。`,
    };
  }
  const hash = hashText(source);
  const existing = manifest.files[name];
  if (existing !== undefined && existing !== hash) {
    return {
      problem: `${keptFolderPath(regulationId)}/${name} 已保存了 ${fields.effective} 施行的另一份文本。同一施行日期只能保存一份文本：请核对本制度的施行日期（effective）是否在上次修订时更新。`,
    };
  }
  const folder = join(root, keptFolderPath(regulationId));
  return {
    name,
    writes: [
      { path: join(folder, name), content: source },
      {
        path: join(folder, KEPT_MANIFEST),
        content: serializeKeptManifest({ ...manifest, files: { ...manifest.files, [name]: hash } }),
      },
    ],
  };
}
