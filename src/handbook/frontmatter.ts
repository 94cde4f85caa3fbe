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
  const lines: string[] = [];
  // Line by line up to the closing fence (the body, most of the file, is never split).
  for (let start = 0; start <= source.length;) {
    const end = source.indexOf('\n', start);
    const raw = source.slice(start, end < 0 ? source.length : end);
    const line = end >= 0 && raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (lines.length === 0 && !FENCE.test(line)) return undefined;
    if (lines.length > 0 && CLOSING_FENCE.test(line)) {
      return { yaml: lines.slice(1).join('\n'), startLine: 2, endLine: lines.length + 1 };
    }
    lines.push(line);
    if (end < 0) break;
    start = end + 1;
  }
  return undefined;
}
