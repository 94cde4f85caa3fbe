import type { Chapter, Department, ExternalDocument, Handbook, RegulationFrontmatter } from '../schema/index.ts';
import type { Corpus } from '../engine/index.ts';
import { CURRENT_EDITION, loadContentTree, type ContentTree } from './content-tree.ts';
import { buildHandbookCorpus } from './corpus.ts';

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

/** Thrown when content is invalid; `npm run check` explains each problem in detail. */
export class InvalidContentError extends Error {
  readonly files: string[];
  constructor(files: string[]) {
    super(
      `内容校验未通过，以下文件有错误：\n${files.map((file) => `  - ${file}`).join('\n')}\n请运行 npm run check 查看每个错误的位置和修改方法。`,
    );
    this.name = 'InvalidContentError';
    this.files = files;
  }
}

/** Derives the URL segment of a department: its `slug`, or the key itself. */
function departmentSlug(key: string, department: Department): string {
  return department.slug ?? key;
}

/** Turns a content tree into the model the site renders; throws when any file is invalid. */
export function toHandbookModel(tree: ContentTree): HandbookModel {
  const invalid: string[] = [];
  for (const data of [tree.departments, tree.chapters, tree.externals]) if (!data.value) invalid.push(data.filePath);
  const editions: EditionModel[] = [];
  for (const edition of tree.editions) {
    if (!edition.handbook.value) invalid.push(edition.handbook.filePath);
    const regulations: Regulation[] = [];
    for (const file of edition.regulations) {
      if (!file.data || file.depth !== 1) {
        invalid.push(file.filePath);
        continue;
      }
      const { readError: _r, frontmatter: _f, yaml: _y, schemaIssues: _s, depth: _d, ...rest } = file;
      regulations.push({ ...rest, data: file.data });
    }
    if (edition.handbook.value) {
      editions.push({
        key: edition.key,
        year: edition.handbook.value.edition.year,
        handbook: edition.handbook.value,
        regulations,
      });
    }
  }
  if (invalid.length > 0) throw new InvalidContentError(invalid);

  const [current, ...archived] = editions;
  if (!current || current.key !== CURRENT_EDITION) throw new InvalidContentError(['content/handbook.yml']);
  const chapters = Object.entries(tree.chapters.value ?? {})
    .map(([key, chapter]) => ({ key, ...chapter }))
    .sort((a, b) => a.order - b.order);
  const departments = Object.entries(tree.departments.value ?? {}).map(([key, department]) => ({
    ...department,
    key,
    slug: departmentSlug(key, department),
  }));
  return { departments, chapters, externals: tree.externals.value ?? [], current, archived };
}

/**
 * One load per process. Astro evaluates astro.config.ts (which needs the corpus for the remark
 * plugin) and the prerendered pages in separate module graphs of the same process, so the cache
 * lives on `globalThis` rather than in this module: the corpus is parsed once per build.
 */
interface ProcessCache {
  models: Map<string, Promise<HandbookModel>>;
  corpora: Map<string, Promise<Corpus>>;
}
const CACHE_KEY = Symbol.for('zhidu.handbook.cache');
function processCache(): ProcessCache {
  const holder = globalThis as { [CACHE_KEY]?: ProcessCache };
  holder[CACHE_KEY] ??= { models: new Map(), corpora: new Map() };
  return holder[CACHE_KEY];
}

/**
 * Loads the handbook once per process (the Astro build and its plugins share it).
 * `ZHIDU_CONTENT_DIR` points the site at another content tree (benchmarks build generated corpora).
 */
export function loadHandbookModel(repoRoot: string = process.cwd()): Promise<HandbookModel> {
  const contentDir = process.env['ZHIDU_CONTENT_DIR'];
  const key = `${repoRoot}\0${contentDir ?? ''}`;
  const { models } = processCache();
  let model = models.get(key);
  if (!model) {
    model = loadContentTree(repoRoot, contentDir ? { contentDir } : {}).then(toHandbookModel);
    models.set(key, model);
  }
  return model;
}

/** The engine's corpus for the site, built once per process from the same model. */
export function loadHandbookCorpus(repoRoot: string = process.cwd()): Promise<Corpus> {
  const key = `${repoRoot}\0${process.env['ZHIDU_CONTENT_DIR'] ?? ''}`;
  const { corpora } = processCache();
  let corpus = corpora.get(key);
  if (!corpus) {
    corpus = loadHandbookModel(repoRoot).then(buildHandbookCorpus);
    corpora.set(key, corpus);
  }
  return corpus;
}
