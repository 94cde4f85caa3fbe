/**
 * Public surface of the regulation text engine.
 *
 * - `buildCorpus(inputs, externals)` → `Corpus` (parse + resolve + backlinks).
 * - `parseRegulation(input)` → structure, citations and numbering issues of one file.
 * - `analyzeTree(mdast)` → the same for a tree someone else parsed (the remark plugin).
 * - numeral, 文号 and anchor helpers.
 *
 * Pure TypeScript, no Astro imports, no file access. Problems are reported as data with
 * positions; the validator (src/check) gives them codes and severities.
 */
export type * from './types.ts';
export { buildCorpus, DEFAULT_EDITION } from './corpus.ts';
export type { Corpus, CorpusOptions, CorpusStats, CitingRegulation } from './corpus.ts';
export { linkTargetId } from './links.ts';
export { nameKeys } from './corpus-index.ts';
export { amendedName } from './amended-name.ts';
export { selfWord, isSelfCitationKind, SELF_CITATION_KINDS } from './self.ts';
export { parseRegulation } from './parse.ts';
export { parseMarkdown } from './markdown.ts';
export { analyzeTree } from './analyze.ts';
export type { Analysis, AnalysisNodes, AnalyzeOptions, CitationPiece, StructureElement } from './analyze.ts';
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
