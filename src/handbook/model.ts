/** The handbook as the site renders it: valid regulations, chapters, departments, editions. */
import type { Chapter, Department, ExternalDocument, Handbook, RegulationFrontmatter } from '../schema/index.ts';

/** A valid regulation, ready for the site and the engine. */
export interface Regulation {
  id: string;
  chapter: string;
  slug: string;
  edition: string;
  filePath: string;
  absPath: string;
  source: string;
  data: RegulationFrontmatter;
}

export interface ChapterEntry extends Chapter {
  key: string;
}

export interface DepartmentEntry extends Department {
  key: string;
  slug: string;
}

export interface EditionModel {
  key: string;
  year: number;
  handbook: Handbook;
  regulations: Regulation[];
}

export interface HandbookModel {
  departments: DepartmentEntry[];
  chapters: ChapterEntry[];
  externals: ExternalDocument[];
  current: EditionModel;
  /** Archived editions, newest first. */
  archived: EditionModel[];
}
