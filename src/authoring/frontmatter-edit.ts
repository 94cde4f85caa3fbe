import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import { YAML_OUTPUT } from '../editions/frontmatter-edit.ts';
import { AuthoringError } from './errors.ts';
import { FIELD_ORDER } from './fields.ts';

/** Serialises frontmatter values for a new file, keys in the contract's order. */
export function stringifyFrontmatter(values: Record<string, unknown>): string {
  const ordered: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) if (values[key] !== undefined) ordered[key] = values[key];
  const doc = new Document(ordered);
  return doc.toString(YAML_OUTPUT);
}

/** Sets `key` in the top-level map; a missing key is inserted at its place in FIELD_ORDER. */
export function setOrdered(doc: Document, key: string, value: unknown): void {
  const map = doc.contents;
  if (!isMap(map)) throw new AuthoringError('frontmatter 不是“字段: 值”的格式，请先运行 npm run check 修正。');
  if (doc.has(key)) {
    doc.set(key, value);
    return;
  }
  const rank = (name: string) => {
    const index = (FIELD_ORDER as readonly string[]).indexOf(name);
    return index < 0 ? FIELD_ORDER.length : index;
  };
  const items = (map as YAMLMap).items;
  const at = items.findIndex((pair) => rank(String((pair.key as { value?: unknown })?.value ?? pair.key)) > rank(key));
  const pair = doc.createPair(key, value);
  if (at < 0) items.push(pair);
  else items.splice(at, 0, pair);
}

/** Appends one entry to `history`, written in block style like the entries before it. */
export function appendHistory(doc: Document, entry: Record<string, string>): void {
  const history = doc.get('history', true);
  if (!isSeq(history)) throw new AuthoringError('frontmatter 中缺少 history 列表，请先运行 npm run check 修正。');
  const clean = Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== ''));
  history.items.push(doc.createNode(clean));
}
