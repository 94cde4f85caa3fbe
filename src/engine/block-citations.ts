/**
 * Citations of one block: Markdown links to regulations and the textual citations the scanner
 * finds, mapped back to file positions and to the text nodes they cover (for the remark plugin).
 */
import type { Block } from './blocks.ts';
import type { AnalysisNodes, CitationPiece } from './analyze.ts';
import { pointAt, spanOf } from './positions.ts';
import { scanCitations } from './scan.ts';
import { parseAnchor } from './text.ts';
import type { Citation, CitationContext } from './types.ts';

function isExternalUrl(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

function isRegulationLink(url: string): boolean {
  if (isExternalUrl(url)) return false;
  if (url.startsWith('#')) return parseAnchor(url.slice(1)) !== undefined;
  return url.length > 0;
}

function overlaps(a0: number, a1: number, b0: number, b1: number): boolean {
  return a0 < b1 && b0 < a1;
}

export function scanBlock(
  b: Block,
  from: number,
  ctx: CitationContext,
  inArticle: boolean,
  out: Citation[],
  nodes: AnalysisNodes | undefined,
): void {
  const regLinks = b.flat.links.filter((l) => isRegulationLink(l.node.url));
  const found = [...linkCitations(b, regLinks, ctx, nodes), ...textCitations(b, from, ctx, inArticle, regLinks, nodes)];
  found.sort((x, y) => x.position.start.offset - y.position.start.offset);
  for (const c of found) out.push(c);
}

/** Markdown links to regulations (`[…](../kaoqin/x.md#第五条)`). */
function linkCitations(
  b: Block,
  regLinks: Block['flat']['links'],
  ctx: CitationContext,
  nodes: AnalysisNodes | undefined,
): Citation[] {
  return regLinks.map((l) => {
    const url = l.node.url;
    const hash = url.indexOf('#');
    const fragment = hash >= 0 ? url.slice(hash + 1) : '';
    const point = fragment ? parseAnchor(fragment) : undefined;
    const c: Citation = {
      kind: 'link',
      text: b.flat.text.slice(l.start, l.end),
      href: url,
      refs: point ? [{ ...point, text: decodeSafe(fragment) }] : [],
      context: { ...ctx },
      position: spanOf(l.node),
    };
    if (nodes) nodes.citations.set(c, { pieces: [], link: l.node });
    return c;
  });
}

/** Citations in the running text (outside regulation links, inline code and HTML). */
function textCitations(
  b: Block,
  from: number,
  ctx: CitationContext,
  inArticle: boolean,
  regLinks: Block['flat']['links'],
  nodes: AnalysisNodes | undefined,
): Citation[] {
  const flat = b.flat;
  if (!CITATION_HINT.test(flat.text)) return [];
  const out: Citation[] = [];
  for (const r of scanCitations(flat.text, { from, inArticle })) {
    if (regLinks.some((l) => overlaps(r.start, r.end, l.start, l.end))) continue;
    if (flat.opaque.some(([s, e]) => overlaps(r.start, r.end, s, e))) continue;
    const { start, end, kind, refs, ...rest } = r;
    const c: Citation = {
      kind,
      text: flat.text.slice(start, end),
      refs,
      ...rest,
      context: { ...ctx },
      position: { start: pointAt(flat, start, b.node, false), end: pointAt(flat, end, b.node, true) },
    };
    const pieces = piecesOf(b, start, end);
    if (pieces.some((p) => p.inLink)) c.inLink = true;
    out.push(c);
    if (nodes) nodes.citations.set(c, { pieces });
  }
  return out;
}

/** Characters without which a block holds no textual citation (a cheap pre-test). */
const CITATION_HINT = /[《本前第下附〔［【[]/;

/** The text nodes a citation covers, with offsets inside each node's value. */
function piecesOf(b: Block, start: number, end: number): CitationPiece[] {
  const pieces: CitationPiece[] = [];
  for (const s of b.flat.segs) {
    if (!overlaps(start, end, s.start, s.end)) continue;
    pieces.push({
      node: s.node,
      start: Math.max(start, s.start) - s.start,
      end: Math.min(end, s.end) - s.start,
      inLink: s.inLink,
    });
  }
  return pieces;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
