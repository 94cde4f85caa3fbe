/** The handbook model and the engine corpus, loaded once per process. */
import type { Corpus } from '../engine/index.ts';
import { loadContentTree } from './content-tree.ts';
import { buildHandbookCorpus } from './corpus.ts';
import type { HandbookModel } from './model.ts';
import { toHandbookModel } from './to-handbook-model.ts';

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
