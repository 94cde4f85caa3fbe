/**
 * Content hashes of a frozen edition: `content/editions/<year>/manifest.json` lists the SHA-256 of
 * every file of the snapshot, so any later change to a frozen file is detected (snapshots are
 * immutable: an archived edition is what was in force, a disciplinary case of 2025 is judged by it).
 *
 * Hashes are taken over the UTF-8 text with line endings normalised to LF, so a Windows checkout
 * (core.autocrlf) does not count as a change; any change a reader could see does.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export const MANIFEST_FILE = 'manifest.json';

export interface EditionManifest {
  /** Edition year. */
  edition: number;
  algorithm: 'sha256';
  /** Day the snapshot was taken, `YYYY-MM-DD`. */
  frozenOn: string;
  /** Path inside the edition folder (with `/`) → hex digest. */
  files: Record<string, string>;
}

export function hashText(bytes: Buffer | string): string {
  const text = (typeof bytes === 'string' ? bytes : bytes.toString('utf8')).replace(/\r\n?/g, '\n');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Every file of an edition folder except the manifest, sorted, relative with `/`. */
export async function listEditionFiles(editionDir: string): Promise<string[]> {
  const entries = await readdir(editionDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(editionDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => path !== MANIFEST_FILE && !path.split('/').some((part) => part.startsWith('.')))
    .sort();
}

export async function computeManifest(editionDir: string, edition: number, frozenOn: string): Promise<EditionManifest> {
  const files: Record<string, string> = {};
  for (const path of await listEditionFiles(editionDir)) files[path] = hashText(await readFile(join(editionDir, path)));
  return { edition, algorithm: 'sha256', frozenOn, files };
}

export function serializeManifest(manifest: EditionManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export type ManifestProblemKind = 'missing-manifest' | 'invalid-manifest' | 'modified' | 'missing' | 'unexpected';

export interface ManifestProblem {
  kind: ManifestProblemKind;
  /** Path inside the edition folder (`regulations/kaoqin/qingxiaojia.md`, or `manifest.json`). */
  path: string;
}

function parseManifest(text: string): EditionManifest | undefined {
  try {
    const value = JSON.parse(text) as Partial<EditionManifest>;
    if (value.algorithm !== 'sha256' || typeof value.files !== 'object' || value.files === null) return undefined;
    if (!Object.values(value.files).every((hash) => typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash)))
      return undefined;
    return value as EditionManifest;
  } catch {
    return undefined;
  }
}

/** Compares a snapshot with its manifest; an empty list means the snapshot is intact. */
export async function verifyEdition(editionDir: string): Promise<ManifestProblem[]> {
  let text: string;
  try {
    text = await readFile(join(editionDir, MANIFEST_FILE), 'utf8');
  } catch {
    return [{ kind: 'missing-manifest', path: MANIFEST_FILE }];
  }
  const manifest = parseManifest(text);
  if (!manifest) return [{ kind: 'invalid-manifest', path: MANIFEST_FILE }];
  const problems: ManifestProblem[] = [];
  const present = new Set(await listEditionFiles(editionDir));
  for (const [path, hash] of Object.entries(manifest.files)) {
    if (!present.has(path)) problems.push({ kind: 'missing', path });
    else if (hashText(await readFile(join(editionDir, path))) !== hash) problems.push({ kind: 'modified', path });
  }
  for (const path of present) if (!(path in manifest.files)) problems.push({ kind: 'unexpected', path });
  return problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
