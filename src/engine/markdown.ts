/**
 * The one Markdown parser of the regulation format: remark-parse + remark-frontmatter (+ remark-gfm
 * when the text needs it), as the Astro pipeline parses the same file. Positions are file positions.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

const gfmProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();
const commonmarkProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/**
 * Characters without which GFM (tables `|`, strikethrough `~`, autolink literals `www.` /
 * `http(s):` / `@`, footnotes `[^`, task lists `[ ]`) cannot change the tree. Most regulations
 * have none, and skipping the GFM tokenizers saves about 30% of the parse time.
 */
const GFM_TRIGGER = /[|~@]|www\.|https?:|\[\^|\[[ xX]\]/;

/**
 * Parse a whole regulation file (frontmatter included) to mdast, as remark-parse + remark-gfm
 * would (the Astro pipeline). Positions are file positions.
 */
export function parseMarkdown(source: string): Root {
  return (GFM_TRIGGER.test(source) ? gfmProcessor : commonmarkProcessor).parse(source);
}

/** Always with GFM (for comparisons in tests). */
export function parseMarkdownGfm(source: string): Root {
  return gfmProcessor.parse(source);
}
