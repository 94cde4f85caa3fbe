/**
 * The Word files the handbook publishes beside its pages (dist/word/): each regulation in force, each chapter, the
 * whole edition, and the 修订对照表 of every regulation revised in the current edition. Written after `astro build`
 * by `npm run word` (site-cli.ts), in their own process: the whole-book file holds every regulation at once, and
 * inside the Astro process it was the build's single largest memory cost.
 */
import { editionChanges } from '../editions/site.ts';
import { groupByChapter } from '../handbook/grouping.ts';
import type { HandbookModel } from '../handbook/model.ts';
import { exportCollection, exportRegulation } from './export-document.ts';
import { exportRevisionTable } from './revision-table.ts';
import { collectionWordPath, regulationWordPath, revisionTableWordPath, WHOLE_KEY } from './word-names.ts';

/** One file: where it goes in the site and how to make it (undefined: nothing to publish). */
export interface SiteWordFile {
  /** Site path without the base, e.g. `word/kaoqin/qingxiaojia.docx`. */
  path: string;
  make: () => Promise<Buffer | undefined>;
}

/** Every Word file of the current edition, in a stable order (regulations, chapters, whole book, 对照表). */
export function siteWordFiles(model: HandbookModel): SiteWordFile[] {
  const edition = model.current;
  const regulations = edition.regulations.map((regulation) => ({
    path: regulationWordPath(regulation.id),
    make: () => exportRegulation(regulation),
  }));
  const chapters = groupByChapter(edition, model.chapters)
    .filter((group) => group.regulations.length > 0)
    .map(({ chapter }) => ({
      path: collectionWordPath(chapter.key),
      make: () => exportCollection(edition, model.chapters, chapter),
    }));
  const whole = { path: collectionWordPath(WHOLE_KEY), make: () => exportCollection(edition, model.chapters) };
  const changes = editionChanges(model, edition);
  const previousYear = changes.previous?.year ?? edition.year - 1;
  const tables = changes.revised.map((revised) => ({
    path: revisionTableWordPath(revised.regulation.id),
    make: () => exportRevisionTable(revised, previousYear),
  }));
  return [...regulations, ...chapters, whole, ...tables];
}
