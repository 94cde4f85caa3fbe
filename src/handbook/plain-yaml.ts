/**
 * The frontmatter nearly every regulation has, read without the YAML library: `key: value` lines,
 * one-line lists of plain words (`keywords: [出差, 报销]`) and block lists of words or of such
 * maps (`history:` entries). Reading it this way costs a small fraction of building a YAML document,
 * which is most of the time spent loading a content tree.
 *
 * Anything outside that shape — quotes, comments, anchors, tags, block or multi-line scalars, nested
 * maps, tabs, a scalar the YAML 1.2 core schema would read as a number, boolean or null, a repeated
 * key — gives `undefined`, and the caller parses the text with the YAML library. So a value this
 * module returns is always the value the library returns (tests/check/plain-yaml.test.ts compares
 * them on every content file and fixture).
 */
import { Schema } from 'yaml';

type Plain = string | Plain[] | { [key: string]: Plain };

/** Scalars the core schema resolves to something other than a string (null, booleans, numbers). */
const TYPED_SCALAR_TESTS: readonly RegExp[] = new Schema({}).tags.flatMap((tag) =>
  'test' in tag && tag.default && tag.test instanceof RegExp ? [tag.test] : [],
);
/** Characters that change how YAML reads a text: controls, tabs, line separators, byte-order marks. */
// eslint-disable-next-line no-control-regex -- these are exactly the characters to refuse
const UNSAFE_TEXT = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/u;
/** First characters that make a plain scalar something else (indicators, quotes, reserved). */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const KEY_LINE = /^( *)([A-Za-z][A-Za-z0-9_]*):(?: +(.*))?$/;
const ITEM_LINE = /^( *)- (?! )(.*)$/;

/** Every typed scalar of the core schema starts with one of these (or is empty); most words do not. */
const TYPED_START = /^(?:$|[-+.0-9~nNtTfF])/;
const isTyped = (text: string) => TYPED_START.test(text) && TYPED_SCALAR_TESTS.some((test) => test.test(text));

/** A plain scalar on one line, in block (`flow: false`) or flow context; undefined when not certain. */
function plainScalar(text: string, flow: boolean): string | undefined {
  if (text === '' || text.endsWith(' ') || text.startsWith(' ') || INDICATOR_START.test(text)) return undefined;
  if (/[#[\]{}]/.test(text) || text.includes(': ') || text.endsWith(':')) return undefined;
  if (flow && /[,:]/.test(text)) return undefined;
  return isTyped(text) ? undefined : text;
}

/** `[a, b]` on one line, items plain; undefined when not certain. */
function flowList(text: string): Plain[] | undefined {
  if (!text.startsWith('[') || !text.endsWith(']')) return undefined;
  const inner = text.slice(1, -1);
  if (/^ *$/.test(inner)) return [];
  const items: Plain[] = [];
  for (const part of inner.split(',')) {
    const item = plainScalar(part.replace(/^ +| +$/g, ''), true);
    if (item === undefined) return undefined;
    items.push(item);
  }
  return items;
}

/** The value after `key: ` on the same line. */
function inlineValue(text: string): Plain | undefined {
  return text.startsWith('[') ? flowList(text) : plainScalar(text, false);
}

function setOnce(map: { [key: string]: Plain }, key: string, value: Plain): boolean {
  if (!KEY.test(key) || isTyped(key) || Object.hasOwn(map, key)) return false;
  map[key] = value;
  return true;
}

class Reader {
  private index = 0;
  private readonly lines: readonly string[];
  constructor(lines: readonly string[]) {
    this.lines = lines;
  }

  /** The top-level map; undefined when any line is outside the plain shape. */
  read(): { [key: string]: Plain } | undefined {
    const root: { [key: string]: Plain } = {};
    for (let line = this.next(); line !== undefined; line = this.next()) {
      const match = KEY_LINE.exec(line);
      if (!match || match[1] !== '') return undefined;
      this.index++;
      const value = match[3] === undefined || match[3] === '' ? this.blockList() : inlineValue(match[3]);
      if (value === undefined || !setOnce(root, match[2]!, value)) return undefined;
    }
    return Object.keys(root).length > 0 ? root : undefined;
  }

  /** The next line that is not empty (the cursor stays on it). */
  private next(): string | undefined {
    while (this.index < this.lines.length && this.lines[this.index] === '') this.index++;
    return this.lines[this.index];
  }

  /** `- item` lines under a key: words, or maps of `key: value` lines. */
  private blockList(): Plain[] | undefined {
    const first = this.next();
    const indent = first === undefined ? undefined : ITEM_LINE.exec(first)?.[1];
    if (indent === undefined) return undefined;
    const items: Plain[] = [];
    for (let line = this.next(); line !== undefined; line = this.next()) {
      const item = ITEM_LINE.exec(line);
      if (!item || item[1] !== indent) break;
      this.index++;
      const value = KEY_LINE.test(item[2]!) ? this.itemMap(item[2]!, indent.length + 2) : plainScalar(item[2]!, false);
      if (value === undefined) return undefined;
      items.push(value);
    }
    const after = this.next();
    // The list ends at a top-level key; any other line (deeper, or a list at another indent) is not plain.
    if (after !== undefined && !(KEY_LINE.exec(after)?.[1] === '' && !after.startsWith(' '))) return undefined;
    return items;
  }

  /** A list item that is a map: its first `key: value`, then lines indented to that key. */
  private itemMap(firstLine: string, indent: number): { [key: string]: Plain } | undefined {
    const map: { [key: string]: Plain } = {};
    const add = (line: string): boolean => {
      const match = KEY_LINE.exec(line);
      const value = match?.[3] ? inlineValue(match[3]) : undefined;
      return value !== undefined && setOnce(map, match![2]!, value);
    };
    if (!add(firstLine)) return undefined;
    const prefix = ' '.repeat(indent);
    for (let line = this.next(); line !== undefined; line = this.next()) {
      if (!line.startsWith(prefix) || line[indent] === ' ' || line[indent] === '-') break;
      this.index++;
      if (!add(line.slice(indent))) return undefined;
    }
    return map;
  }
}

/** The value of YAML text in the plain shape (see above), or undefined: parse it with the YAML library. */
export function readPlainYaml(text: string): { [key: string]: Plain } | undefined {
  if (UNSAFE_TEXT.test(text)) return undefined;
  return new Reader(text.split('\n')).read();
}
