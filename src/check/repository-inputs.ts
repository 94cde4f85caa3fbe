import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CODEOWNERS_PATH, MAINTAINERS_PATH, parseMaintainers, renderCodeowners, SAMPLE_PATHS } from './codeowners.ts';
import { MANIFEST_FILE } from '../editions/manifest.ts';
import { loadKeptFolders } from '../editions/kept-text.ts';
import { readRedirectsText } from '../editions/redirects.ts';
import type { ContentTree } from '../handbook/index.ts';
import type { CodeownersInput, RepositoryInputs } from './run.ts';
import type { SnapshotInputs } from './rules/snapshots.ts';

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * CODEOWNERS as it should be and as committed. Checked in repositories that use a `.github/`
 * folder (content trees without one, such as test fixtures, are left alone), once every regulation
 * names a valid department.
 */
export async function readCodeownersInput(root: string, tree: ContentTree): Promise<CodeownersInput | undefined> {
  if (!existsSync(join(root, '.github'))) return undefined;
  const current = tree.editions[0];
  // A file whose frontmatter is broken has no known department: its own error says so; comparing
  // CODEOWNERS then would only add a false alarm.
  if (current?.regulations.some((file) => !file.data)) return undefined;
  const regulations = (current?.regulations ?? []).map((file) => ({
    filePath: file.filePath,
    department: file.data?.department,
  }));
  const expected = renderCodeowners(tree.departments.value ?? {}, regulations, await readMaintainers(root));
  return {
    path: CODEOWNERS_PATH,
    expected,
    actual: await readOptional(join(root, CODEOWNERS_PATH)),
    paths: [...SAMPLE_PATHS, ...regulations.map((reg) => reg.filePath)],
  };
}

/** The code maintainers configured in .github/code-maintainers.yml (none: code falls to the office). */
export async function readMaintainers(root: string): Promise<string[]> {
  return parseMaintainers(await readOptional(join(root, MAINTAINERS_PATH)));
}

/** Reads manifest.json and handbook.yml of every archived edition (before the pure rules run). */
export async function readSnapshotInputs(tree: ContentTree): Promise<Map<string, SnapshotInputs>> {
  const out = new Map<string, SnapshotInputs>();
  for (const edition of tree.editions.slice(1)) {
    out.set(edition.key, {
      manifest: await readOptional(join(edition.dir, MANIFEST_FILE)),
      handbook: await readOptional(join(edition.dir, 'handbook.yml')),
    });
  }
  return out;
}

/** Reads what the edition and review-routing rules need besides the content tree. */
export async function readRepositoryInputs(root: string, tree: ContentTree): Promise<RepositoryInputs> {
  const [redirectsText, snapshots, codeowners, kept] = await Promise.all([
    readRedirectsText(root),
    readSnapshotInputs(tree),
    readCodeownersInput(root, tree),
    loadKeptFolders(tree.contentDir),
  ]);
  return { editions: { redirectsText, snapshots, kept }, ...(codeowners ? { codeowners } : {}) };
}
