import { relative, sep } from 'node:path';
import type { Corpus } from '../engine/index.ts';
import { CURRENT_EDITION } from '../handbook/content-tree.ts';
import { loadHandbookCorpus } from '../handbook/load.ts';
import { regulationPath, withBase } from '../site/urls.ts';
import type { RemarkRegulationOptions } from './remark-regulation.ts';

const REGULATION_FILE = /^(?:editions\/(\d{4})\/)?regulations\/([^/]+\/[^/]+)\.md$/;

/** Which regulation (and edition) a Markdown file under the content folder is. */
export function regulationForPath(contentDir: string, absPath: string): { id: string; edition: string } | undefined {
  const match = REGULATION_FILE.exec(relative(contentDir, absPath).split(sep).join('/'));
  if (!match?.[2]) return undefined;
  return { id: match[2], edition: match[1] ?? CURRENT_EDITION };
}

/**
 * Options for the engine's remark plugin in the Astro build: the corpus is built once, before
 * any page is rendered, from the same model the pages use.
 */
export async function createRegulationPluginOptions(
  contentDir: string,
  base: string,
): Promise<RemarkRegulationOptions> {
  const corpus: Corpus = await loadHandbookCorpus();
  return {
    getCorpus: () => corpus,
    regulationIdForPath: (absPath) => regulationForPath(contentDir, absPath),
    hrefFor: (id, edition, anchor) => withBase(base, regulationPath(id, edition), anchor),
  };
}
