/**
 * mdast → regulation structure + citations + numbering issues. The remark plugin calls
 * `analyzeTree` on the tree Astro parsed; `parseRegulation` calls it on the engine's own parse.
 */
import type { Heading, Link, Paragraph as MdParagraph, Root, Text } from 'mdast';
import { renumbersAmended } from './amended-name.ts';
import { AmendmentQuotes } from './amendment-quotes.ts';
import { LocalAliases } from './local-aliases.ts';
import { scanBlock } from './block-citations.ts';
import { collectBlocks, type Block } from './blocks.ts';
import { classify, type Cls } from './classify.ts';
import { checkNumbering } from './numbering.ts';
import { TreeBuilder, type StructureElement } from './tree-builder.ts';
import type { Citation, NumberingIssue, RegulationStyle, RegulationTree } from './types.ts';

export type { StructureElement } from './tree-builder.ts';

/** A piece of a citation inside one Markdown text node (offsets in `node.value`). */
export interface CitationPiece {
  node: Text;
  start: number;
  end: number;
  /** The text node is inside a Markdown link (do not wrap it in another link). */
  inLink: boolean;
}

/** mdast nodes behind structure elements and citations (for the remark plugin). */
export interface AnalysisNodes {
  elements: Map<StructureElement, MdParagraph | Heading>;
  citations: Map<Citation, { pieces: CitationPiece[]; link?: Link }>;
}

export interface Analysis {
  tree: RegulationTree;
  citations: Citation[];
  issues: NumberingIssue[];
  /** See `ParsedRegulation.renumbering`. */
  renumbering?: true;
  nodes?: AnalysisNodes;
}

export interface AnalyzeOptions {
  /** Also return the mdast nodes of every element and citation (remark plugin). */
  collectNodes?: boolean;
  /** The text amends another document (修正案, 关于修改《…》的决定): read its quoted new text as such. */
  amendment?: boolean;
}

function styleOf(classes: readonly Cls[]): RegulationStyle {
  if (classes.some((c) => c.t === 'article')) return 'articles';
  if (classes.some((c) => c.t === 'section')) return 'sections';
  return 'plain';
}

/** For each block, the class of the next block that is not plain text (lookahead for lists). */
function nextNonText(classes: readonly Cls[]): Array<Cls | undefined> {
  const out = new Array<Cls | undefined>(classes.length);
  let seen: Cls | undefined;
  for (let i = classes.length - 1; i >= 0; i--) {
    out[i] = seen;
    const c = classes[i] as Cls;
    if (c.t !== 'text') seen = c;
  }
  return out;
}

/**
 * Read the regulation structure, citations and numbering issues from an mdast tree.
 * Does not modify the tree.
 */
export function analyzeTree(root: Root, options: AnalyzeOptions = {}): Analysis {
  const blocks: Block[] = [];
  collectBlocks(root.children, blocks);
  const classes = blocks.map(classify);
  const nodes: AnalysisNodes | undefined = options.collectNodes
    ? { elements: new Map(), citations: new Map() }
    : undefined;
  const builder = new TreeBuilder(styleOf(classes), (el, node) => {
    if (nodes && node.type !== 'tableCell') nodes.elements.set(el, node);
  });
  const citations: Citation[] = [];
  const next = nextNonText(classes);
  const quotes = options.amendment ? new AmendmentQuotes() : undefined;
  const aliases = new LocalAliases();
  let renumbering = false;
  blocks.forEach((b, i) => {
    if (options.amendment && !renumbering) renumbering = renumbersAmended(b.flat.text);
    aliases.read(b.flat.text);
    const before = citations.length;
    const scanFrom = builder.add(b, builder.classInContext(b, classes[i] ?? { t: 'text' }), next[i]);
    const quoted = quotes?.contextFor(b.flat.text);
    if (scanFrom >= b.flat.text.length) return;
    const context = quoted ?? builder.context();
    scanBlock(b, scanFrom, context, quoted ? quoted.articleNo !== undefined : builder.inArticle(), citations, nodes);
    aliases.apply(citations.slice(before));
  });
  const tree = builder.finish();
  const result: Analysis = { tree, citations, issues: checkNumbering(tree, { amendment: options.amendment === true }) };
  if (renumbering) result.renumbering = true;
  if (nodes) result.nodes = nodes;
  return result;
}
