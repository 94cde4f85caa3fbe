import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { loadContentTree } from '../handbook/content-tree.ts';
import type { RegulationFile } from '../handbook/regulation-file.ts';
import type { HistoryEntry, RegulationFrontmatter } from '../schema/index.ts';
import { compareTexts } from '../editions/compare.ts';
import { describeRenumbering } from '../editions/renumbering.ts';
import { regulationText } from '../editions/units.ts';

/** One regulation of the current edition, as far as it could be read. */
export interface Snapshot {
  id: string;
  slug: string;
  filePath: string;
  fields: Partial<RegulationFrontmatter>;
  history: Partial<HistoryEntry>[];
  /** Markdown after the frontmatter. */
  body: string;
  /** The whole file, for the engine. */
  source: string;
  valid: boolean;
}

export interface RegulationChange {
  kind: 'added' | 'removed' | 'moved' | 'modified';
  base?: Snapshot;
  head?: Snapshot;
  /** History entries the head adds after the base's entries. */
  newEntries: Partial<HistoryEntry>[];
  /** The base's history is not a prefix of the head's: earlier entries were edited or removed. */
  historyRewritten: boolean;
  status?: { from: string | undefined; to: string | undefined };
  bodyChanged: boolean;
  /** Articles (or sections) whose text changed, were added or removed, and how the rest were renumbered. */
  segments: { changed: string[]; added: string[]; removed: string[]; renumbering: string[] };
  /** Other frontmatter fields that changed (title, keywords, docNumber …). */
  fields: string[];
}

export interface TreeDiff {
  regulations: RegulationChange[];
  /** content/*.yml files that changed. */
  dataFiles: string[];
  /** Files under content/editions/ that were added, removed or changed. */
  archived: string[];
}

function snapshot(file: RegulationFile): Snapshot {
  const raw = file.yaml?.value;
  const fields = (file.data ?? (raw && typeof raw === 'object' ? raw : {})) as Partial<RegulationFrontmatter>;
  const history = Array.isArray(fields.history) ? (fields.history as Partial<HistoryEntry>[]) : [];
  const lines = file.source.split(/\r?\n/);
  const body = file.frontmatter ? lines.slice(file.frontmatter.endLine).join('\n') : file.source;
  return {
    id: file.id,
    slug: file.slug,
    filePath: file.filePath,
    fields,
    history,
    body: body.trim(),
    source: file.source,
    valid: Boolean(file.data),
  };
}

async function loadSnapshots(root: string): Promise<Map<string, Snapshot>> {
  const tree = await loadContentTree(root);
  const current = tree.editions[0]?.regulations ?? [];
  return new Map(current.map((file) => [file.id, snapshot(file)]));
}

/**
 * Which articles changed, through the engine's structure and the comparison pages' alignment
 * (no article pattern of its own): modified, added and removed articles by their labels, and the
 * renumbering in one sentence each (删去原第八条，原第九条至第三十条依次改为第八条至第二十九条).
 */
export function articleChanges(before: string, after: string): RegulationChange['segments'] {
  const old = regulationText(before);
  const now = regulationText(after);
  const rows = compareTexts(old, now).rows;
  const labelOf = (row: (typeof rows)[number]) => row.after.map((unit) => unit.anchor).join('、');
  return {
    changed: rows
      .filter((row) => row.before.length > 0 && row.after.length > 0 && row.kind !== 'unchanged')
      .map(labelOf),
    added: rows.filter((row) => row.kind === 'added').map(labelOf),
    removed: rows
      .filter((row) => row.kind === 'removed')
      .map((row) => row.before.map((unit) => `原${unit.anchor}`).join('、')),
    renumbering: describeRenumbering(old, now),
  };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function compare(base: Snapshot, head: Snapshot, kind: RegulationChange['kind']): RegulationChange {
  const prefix = base.history.every((entry, index) => same(entry, head.history[index]));
  const newEntries = prefix ? head.history.slice(base.history.length) : [];
  const segments = articleChanges(base.source, head.source);
  const keys = new Set([...Object.keys(base.fields), ...Object.keys(head.fields)]);
  const fields = [...keys].filter(
    (key) =>
      key !== 'history' &&
      key !== 'status' &&
      !same(base.fields[key as keyof RegulationFrontmatter], head.fields[key as keyof RegulationFrontmatter]),
  );
  return {
    kind,
    base,
    head,
    newEntries,
    historyRewritten: !prefix,
    ...(base.fields.status !== head.fields.status
      ? { status: { from: base.fields.status, to: head.fields.status } }
      : {}),
    bodyChanged: base.body !== head.body,
    segments,
    fields,
  };
}

async function listFiles(dir: string, root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  try {
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const abs = join(entry.parentPath, entry.name);
      files.set(relative(root, abs).split(sep).join('/'), await readFile(abs, 'utf8'));
    }
  } catch {
    // folder absent on one side
  }
  return files;
}

async function changedFiles(
  baseRoot: string,
  headRoot: string,
  pick: (root: string) => string,
  filter: (path: string) => boolean,
) {
  const [a, b] = await Promise.all([listFiles(pick(baseRoot), baseRoot), listFiles(pick(headRoot), headRoot)]);
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => filter(path) && a.get(path) !== b.get(path)).sort();
}

/** Compares the `content/` trees of two checkouts (base first). */
export async function diffContent(baseRoot: string, headRoot: string): Promise<TreeDiff> {
  const [base, head] = await Promise.all([loadSnapshots(baseRoot), loadSnapshots(headRoot)]);
  const regulations: RegulationChange[] = [];
  const baseBySlug = new Map([...base.values()].map((snap) => [snap.slug, snap]));
  const moved = new Set<string>();
  for (const [id, after] of head) {
    const before = base.get(id);
    if (before) {
      const change = compare(before, after, 'modified');
      if (
        change.bodyChanged ||
        change.newEntries.length > 0 ||
        change.historyRewritten ||
        change.status ||
        change.fields.length > 0
      ) {
        regulations.push(change);
      }
      continue;
    }
    const renamed = baseBySlug.get(after.slug);
    if (renamed && !head.has(renamed.id)) {
      moved.add(renamed.id);
      regulations.push(compare(renamed, after, 'moved'));
      continue;
    }
    regulations.push({
      kind: 'added',
      head: after,
      newEntries: after.history,
      historyRewritten: false,
      bodyChanged: true,
      segments: { changed: [], added: [], removed: [], renumbering: [] },
      fields: [],
    });
  }
  for (const [id, before] of base) {
    if (head.has(id) || moved.has(id)) continue;
    regulations.push({
      kind: 'removed',
      base: before,
      newEntries: [],
      historyRewritten: false,
      bodyChanged: true,
      segments: { changed: [], added: [], removed: [], renumbering: [] },
      fields: [],
    });
  }
  regulations.sort((x, y) => (x.head ?? x.base)!.id.localeCompare((y.head ?? y.base)!.id));
  const dataFiles = await changedFiles(
    baseRoot,
    headRoot,
    (root) => join(root, 'content'),
    (path) => /^content\/[^/]+\.ya?ml$/.test(path),
  );
  const archived = await changedFiles(
    baseRoot,
    headRoot,
    (root) => join(root, 'content', 'editions'),
    () => true,
  );
  return { regulations, dataFiles, archived };
}
