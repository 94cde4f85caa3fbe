/** The YAML block at the top of a Markdown file, with where it sits in the file. */
export interface FrontmatterBlock {
  /** YAML text between the fences. */
  yaml: string;
  /** 1-based line of the first YAML line (the line after the opening `---`). */
  startLine: number;
  /** 1-based line of the closing fence. */
  endLine: number;
}

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Locates the frontmatter block the same way remark-frontmatter does (a `---` fence on the first
 * line, closed by `---`), without parsing the Markdown body: the loader needs the YAML only.
 * Returns `undefined` when the file has no frontmatter or the block is never closed.
 */
export function findFrontmatter(source: string): FrontmatterBlock | undefined {
  const lines = source.split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return undefined;
  for (let index = 1; index < lines.length; index++) {
    if (CLOSING_FENCE.test(lines[index] ?? '')) {
      return { yaml: lines.slice(1, index).join('\n'), startLine: 2, endLine: index + 1 };
    }
  }
  return undefined;
}
