/** File positions of structure elements and citations (mdast positions → engine spans). */
import type { Nodes, Text } from 'mdast';
import type { Flat } from './inline.ts';
import type { Point, Span } from './types.ts';

const ZERO: Point = { line: 1, column: 1, offset: 0 };

export function spanOf(node: Nodes): Span {
  const p = node.position;
  if (!p) return { start: ZERO, end: ZERO };
  return {
    start: { line: p.start.line, column: p.start.column, offset: p.start.offset ?? 0 },
    end: { line: p.end.line, column: p.end.column, offset: p.end.offset ?? 0 },
  };
}

/** File point of offset `delta` inside a text node's value. */
export function pointInText(node: Text, delta: number): Point {
  const p = node.position;
  if (!p) return ZERO;
  const before = node.value.slice(0, delta);
  const nl = before.lastIndexOf('\n');
  if (nl < 0) return { line: p.start.line, column: p.start.column + delta, offset: (p.start.offset ?? 0) + delta };
  let lines = 0;
  for (let i = 0; i < before.length; i++) if (before.charCodeAt(i) === 10) lines++;
  return { line: p.start.line + lines, column: delta - nl, offset: (p.start.offset ?? 0) + delta };
}

/** Map an offset in a block's flat text to a file point. */
export function pointAt(flat: Flat, offset: number, blockNode: Nodes, preferEnd: boolean): Point {
  for (const s of flat.segs) {
    if (offset > s.start && offset < s.end) return pointInText(s.node, offset - s.start);
    if (offset === s.start && !preferEnd) return pointInText(s.node, 0);
    if (offset === s.end && preferEnd) return pointInText(s.node, s.end - s.start);
  }
  for (const s of flat.segs) if (offset === s.start || offset === s.end) return pointInText(s.node, offset - s.start);
  const sp = spanOf(blockNode);
  return preferEnd ? sp.end : sp.start;
}
