import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  chaptersSchema,
  departmentsSchema,
  externalDocumentsSchema,
  handbookSchema,
  regulationFields,
  type Chapter,
  type Department,
  type ExternalDocument,
  type Handbook,
} from '../schema/index.ts';
import { readDataFile, type DataFile } from './data-file.ts';
import { readRegulationFile, type RegulationFile } from './regulation-file.ts';

/** The key of the edition being edited now; archived editions are keyed by their year. */
export const CURRENT_EDITION = 'current';

/** One edition's files: the current tree or a frozen snapshot under `content/editions/<year>/`. */
export interface EditionTree {
  key: string;
  /** Absolute path of the folder holding `handbook.yml` and `regulations/`. */
  dir: string;
  handbook: DataFile<Handbook>;
  regulations: RegulationFile[];
}

/** Everything under `content/`, read and schema-checked, nothing interpreted yet. */
export interface ContentTree {
  repoRoot: string;
  contentDir: string;
  departments: DataFile<Record<string, Department>>;
  chapters: DataFile<Record<string, Chapter>>;
  externals: DataFile<ExternalDocument[]>;
  /** The current edition first, then archived editions, newest first. */
  editions: EditionTree[];
}

export interface LoadOptions {
  /** Restrict regulation files to these absolute paths (data files are always read). */
  only?: ReadonlySet<string>;
  /** The content folder, absolute or relative to `repoRoot` (default `content`). */
  contentDir?: string;
}

/** Every `.md` file below `dir`, sorted; none when the folder does not exist. */
export async function listMarkdownFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  } catch {
    return [];
  }
}

async function listArchivedEditions(contentDir: string): Promise<string[]> {
  try {
    const entries = await readdir(join(contentDir, 'editions'), { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory() && /^\d{4}$/.test(entry.name))
      .map((entry) => entry.name)
      .sort()
      .reverse();
  } catch {
    return [];
  }
}

/** Reads `content/` (data files, the current edition and every archived edition). */
export async function loadContentTree(repoRoot: string, options: LoadOptions = {}): Promise<ContentTree> {
  const contentDir = resolve(repoRoot, options.contentDir ?? 'content');
  const [departments, chapters, externals] = await Promise.all([
    readDataFile(join(contentDir, 'departments.yml'), repoRoot, departmentsSchema),
    readDataFile(join(contentDir, 'chapters.yml'), repoRoot, chaptersSchema),
    readDataFile(join(contentDir, 'external.yml'), repoRoot, externalDocumentsSchema),
  ]);
  const schema = regulationFields({ departments: Object.keys(departments.value ?? {}) });

  const readEdition = async (key: string, dir: string): Promise<EditionTree> => {
    const regulationsDir = join(dir, 'regulations');
    const files = (await listMarkdownFiles(regulationsDir)).filter((path) => !options.only || options.only.has(path));
    const [handbook, regulations] = await Promise.all([
      readDataFile(join(dir, 'handbook.yml'), repoRoot, handbookSchema),
      Promise.all(
        files.map((absPath) => readRegulationFile(absPath, { repoRoot, regulationsDir, edition: key, schema })),
      ),
    ]);
    return { key, dir, handbook, regulations };
  };

  const archived = await listArchivedEditions(contentDir);
  const editions = await Promise.all([
    readEdition(CURRENT_EDITION, contentDir),
    ...archived.map((year) => readEdition(year, join(contentDir, 'editions', year))),
  ]);
  return { repoRoot, contentDir, departments, chapters, externals, editions };
}
