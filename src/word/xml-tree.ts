/**
 * A small, forgiving XML reader for the WordprocessingML parts mammoth does not expose (numbering,
 * list paragraphs). Word writes regular XML without DTDs, so elements, attributes and text suffice.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five named entities and numeric character references. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref] ?? whole;
  });
}

function readAttributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) out[match[1] as string] = decodeEntities(match[2] ?? match[3] ?? '');
  return out;
}

/** Parses an XML document into a tree; returns a synthetic root element holding the top-level nodes. */
export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#root', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  for (const match of source.matchAll(TOKEN)) {
    const top = stack[stack.length - 1] as XmlElement;
    const [, cdata, closing, name, attributes, selfClosing, text] = match;
    if (text !== undefined) top.children.push(decodeEntities(text));
    else if (cdata !== undefined) top.children.push(cdata);
    else if (!name) continue;
    else if (closing) {
      const index = stack.map((element) => element.name).lastIndexOf(name);
      if (index > 0) stack.length = index;
    } else {
      const element: XmlElement = { name, attributes: readAttributes(attributes ?? ''), children: [] };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  return root;
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name),
  );
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element ? childElements(element, name)[0] : undefined;
}

/** Every descendant element with this name, in document order (nested ones too: text boxes hold paragraphs). */
export function findAll(element: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const child of childElements(element)) {
    if (child.name === name) out.push(child);
    findAll(child, name, out);
  }
  return out;
}

/** `w:val` of a child such as `<w:numFmt w:val="chineseCounting"/>`. */
export function childValue(element: XmlElement | undefined, name: string): string | undefined {
  return firstChild(element, name)?.attributes['w:val'];
}
