/**
 * Inline content of one block flattened to plain text, remembering which Markdown text node and
 * link each range came from (citations are found in the text and mapped back to the nodes).
 */
import type { Link, PhrasingContent, Text } from 'mdast';

export interface Seg {
  start: number;
  end: number;
  node: Text;
  inLink: boolean;
}

export interface LinkSpan {
  start: number;
  end: number;
  node: Link;
}

export interface Flat {
  text: string;
  segs: Seg[];
  links: LinkSpan[];
  /** Ranges that are not prose (inline code, html): no citations there. */
  opaque: Array<[number, number]>;
}

export function flatten(children: readonly PhrasingContent[]): Flat {
  const flat: Flat = { text: '', segs: [], links: [], opaque: [] };
  const walk = (nodes: readonly PhrasingContent[], inLink: boolean): void => {
    for (const n of nodes) {
      switch (n.type) {
        case 'text': {
          const start = flat.text.length;
          flat.text += n.value;
          flat.segs.push({ start, end: flat.text.length, node: n, inLink });
          break;
        }
        case 'strong':
        case 'emphasis':
        case 'delete':
          walk(n.children, inLink);
          break;
        case 'link': {
          const start = flat.text.length;
          walk(n.children, true);
          flat.links.push({ start, end: flat.text.length, node: n });
          break;
        }
        case 'linkReference':
          walk(n.children, true);
          break;
        case 'inlineCode': {
          const start = flat.text.length;
          flat.text += n.value;
          flat.opaque.push([start, flat.text.length]);
          break;
        }
        case 'break':
          flat.text += '\n';
          break;
        default: {
          // html, image, footnoteReference, …: one placeholder character
          const start = flat.text.length;
          flat.text += '\uFFFC';
          flat.opaque.push([start, start + 1]);
        }
      }
    }
  };
  walk(children, false);
  return flat;
}
