import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { readPlainYaml } from './plain-yaml.ts';

/** A position in a file, 1-based like editors show it. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** A YAML syntax error located in the file (not in the YAML snippet). */
export interface YamlSyntaxError {
  message: string;
  position: SourcePosition;
}

/** Parsed YAML that can still answer "on which line is this field?". */
export interface YamlSource {
  value: unknown;
  errors: YamlSyntaxError[];
  /** Line/column of the value at `path` (or of its nearest existing parent). */
  positionOf(path: readonly PropertyKey[]): SourcePosition;
  /** Line/column of the key at `path` itself (for unknown-field messages). */
  keyPositionOf(path: readonly PropertyKey[]): SourcePosition;
}

/**
 * Parses YAML (YAML 1.2 core schema: unquoted dates stay strings) and keeps a line map. `firstLine`
 * is the file line where the YAML text starts. Frontmatter in the plain shape most files have is
 * read directly (plain-yaml.ts gives the same value); the `yaml` package then builds the document
 * only when a position is asked for, which happens only when a finding is reported.
 */
export function parseYamlSource(text: string, firstLine = 1): YamlSource {
  const plain = readPlainYaml(text);
  if (plain === undefined) return parseYamlDocument(text, firstLine);
  let document: YamlSource | undefined;
  const located = () => (document ??= parseYamlDocument(text, firstLine));
  return {
    value: plain,
    errors: [],
    positionOf: (path) => located().positionOf(path),
    keyPositionOf: (path) => located().keyPositionOf(path),
  };
}

/** The `yaml` package's document of the text, with positions. */
function parseYamlDocument(text: string, firstLine: number): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const errors = doc.errors.map((error) => ({
    message: error.message,
    position: toPosition(error.pos[0]),
  }));

  /** Walks `path` from the root; stops at the nearest existing node when the path is missing. */
  const nodeAt = (path: readonly PropertyKey[], wantKey: boolean): Node | undefined => {
    let node: unknown = doc.contents;
    let found: Node | undefined = isNode(node) ? node : undefined;
    for (const [depth, key] of path.entries()) {
      const isLast = depth === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
        if (!pair) return found;
        if (isLast && wantKey && isNode(pair.key)) return pair.key;
        node = pair.value ?? pair.key;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
      } else {
        return found;
      }
      if (!isNode(node)) return found;
      found = node;
    }
    return found;
  };

  const locate = (path: readonly PropertyKey[], wantKey: boolean): SourcePosition => {
    const node = nodeAt(path, wantKey);
    const offset = node?.range?.[0];
    return typeof offset === 'number' ? toPosition(offset) : { line: firstLine, column: 1 };
  };

  return {
    value: errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 50 }),
    errors,
    positionOf: (path) => locate(path, false),
    keyPositionOf: (path) => locate(path, true),
  };
}
