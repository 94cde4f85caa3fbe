/**
 * Public surface of the regulation text engine.
 *
 * - `buildCorpus(inputs, externals)` → `Corpus` (parse + resolve + backlinks, once per process;
 *   `memoizeCorpus` helps with that).
 * - `parseRegulation(input)` → structure, citations and numbering issues of one file.
 * - `analyzeTree(mdast)` → the same for a tree someone else parsed (the remark plugin).
 * - numeral, 文号 and anchor helpers.
 *
 * Pure TypeScript, no Astro imports, no file access.
 */
export type * from './types.ts';
export { buildCorpus, memoizeCorpus, severityOf, linkTargetId, selfWord, DEFAULT_EDITION } from './corpus.ts';
export type { Corpus, CorpusOptions, CorpusStats, CitingRegulation } from './corpus.ts';
export { parseRegulation, parseMarkdown, analyzeTree } from './parse.ts';
export type { Analysis, AnalysisNodes, AnalyzeOptions, CitationPiece, StructureElement } from './parse.ts';
export { parseNumeral, formatNumeral, toAsciiDigits } from './numerals.ts';
export {
  parseDocNumber,
  docNumberKey,
  titleKey,
  parseAnchor,
  articleLabel,
  pointLabel,
  paragraphAnchor,
} from './text.ts';
