/**
 * The blocks of a regulation body in document order: paragraphs, headings, list-item paragraphs
 * and table cells, each with its flattened text. Block quotes are read through.
 */
import type { Heading, Paragraph as MdParagraph, RootContent, TableCell } from 'mdast';
import { flatten, type Flat } from './inline.ts';

export interface Block {
  node: MdParagraph | Heading | TableCell;
  kind: 'paragraph' | 'heading' | 'cell';
  depth: number;
  /** In a list item: first paragraph of the item? */
  listFirst?: boolean;
  /** In a list item: any paragraph. */
  inList: boolean;
  ordered?: boolean;
  ordinal?: number;
  flat: Flat;
}

export function collectBlocks(nodes: readonly RootContent[], out: Block[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        out.push({ node, kind: 'heading', depth: node.depth, inList: false, flat: flatten(node.children) });
        break;
      case 'paragraph':
        out.push({ node, kind: 'paragraph', depth: 0, inList: false, flat: flatten(node.children) });
        break;
      case 'blockquote':
        collectBlocks(node.children, out);
        break;
      case 'list': {
        const start = node.start ?? 1;
        node.children.forEach((li, i) => {
          let first = true;
          for (const child of li.children) {
            if (child.type === 'paragraph') {
              const b: Block = {
                node: child,
                kind: 'paragraph',
                depth: 0,
                inList: true,
                listFirst: first,
                ordered: node.ordered === true,
                ordinal: start + i,
                flat: flatten(child.children),
              };
              out.push(b);
              first = false;
            } else {
              collectBlocks([child], out);
              first = false;
            }
          }
        });
        break;
      }
      case 'table':
        for (const row of node.children)
          for (const cell of row.children)
            out.push({ node: cell, kind: 'cell', depth: 0, inList: false, flat: flatten(cell.children) });
        break;
      default:
        // yaml, code, html, thematicBreak, definition…: no structure, no citations
        break;
    }
  }
}
