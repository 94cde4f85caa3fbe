/**
 * One regulation file → structure + citations + numbering issues: the engine's own Markdown
 * parse (the same parser Astro uses), then `analyzeTree`.
 */
import { analyzeTree } from './analyze.ts';
import { parseMarkdown } from './markdown.ts';
import { amendedName } from './amended-name.ts';
import type { ParsedRegulation, RegulationInput } from './types.ts';

/** Parse one regulation file (input.source is the whole file, frontmatter included). */
export function parseRegulation(input: RegulationInput): ParsedRegulation {
  const amendment = amendedName(input.title) !== undefined;
  const { tree, citations, issues, renumbering } = analyzeTree(parseMarkdown(input.source), { amendment });
  return { input, tree, citations, issues, ...(renumbering ? { renumbering } : {}) };
}
