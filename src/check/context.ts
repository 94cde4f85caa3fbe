import type { ContentTree, DataFile, EditionTree, RegulationFile, SourcePosition } from '../handbook/index.ts';
import { CURRENT_EDITION } from '../handbook/index.ts';

/** Everything a rule may look at; built once per run, no disk access. */
export interface CheckContext {
  tree: ContentTree;
  /** Today, `YYYY-MM-DD`, in the town's time zone (injectable for tests). */
  today: string;
}

/** An edition with its year resolved (undefined when its handbook.yml is broken). */
export interface EditionView {
  key: string;
  isCurrent: boolean;
  year: number | undefined;
  regulations: RegulationFile[];
}

export function editionViews(tree: ContentTree): EditionView[] {
  return tree.editions.map((edition) => ({
    key: edition.key,
    isCurrent: edition.key === CURRENT_EDITION,
    year: edition.handbook.value?.edition.year ?? (/^\d{4}$/.test(edition.key) ? Number(edition.key) : undefined),
    regulations: edition.regulations,
  }));
}

function withoutData(file: RegulationFile): RegulationFile {
  const { data: _data, ...rest } = file;
  return rest;
}

/**
 * The tree as the edition rules need it when only some files are reported on. Every file stays, so whether a
 * regulation is missing from an edition is judged on the whole tree; but the files whose findings would be
 * dropped lose their validated data, which those rules skip, so their texts are not compared (each comparison
 * parses both texts, the largest cost of checking one file). Kept whole: the named files and, in the next older
 * edition, what they are compared with (the same id, or an id the newer edition no longer has, which a
 * redirect may point from).
 */
export function treeForEditionRules(tree: ContentTree, only: ReadonlySet<string>): ContentTree {
  const keep = new Set<RegulationFile>();
  tree.editions.forEach((edition, index) => {
    const named = edition.regulations.filter((file) => only.has(file.filePath));
    for (const file of named) keep.add(file);
    const older = tree.editions[index + 1];
    if (!older || named.length === 0) return;
    const ids = new Set(named.map((file) => file.id));
    const present = new Set(edition.regulations.map((file) => file.id));
    for (const file of older.regulations) if (ids.has(file.id) || !present.has(file.id)) keep.add(file);
  });
  const narrow = (edition: EditionTree): EditionTree => ({
    ...edition,
    regulations: edition.regulations.map((file) => (keep.has(file) ? file : withoutData(file))),
  });
  return { ...tree, editions: tree.editions.map(narrow) };
}

/** Position of the value at `path` in a file's frontmatter (line 1 when unknown). */
export function positionIn(file: RegulationFile | DataFile<unknown>, path: readonly PropertyKey[]): SourcePosition {
  return file.yaml?.positionOf(path) ?? { line: 1, column: 1 };
}

export function keyPositionIn(file: RegulationFile | DataFile<unknown>, path: readonly PropertyKey[]): SourcePosition {
  return file.yaml?.keyPositionOf(path) ?? { line: 1, column: 1 };
}

/** Today's date in China Standard Time, `YYYY-MM-DD`. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}
