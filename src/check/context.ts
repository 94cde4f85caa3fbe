import type { ContentTree, DataFile, RegulationFile, SourcePosition } from '../handbook/index.ts';
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
