/**
 * Word-level diff for Chinese text: `Intl.Segmenter('zh', { granularity: 'word' })` cuts the text
 * into words (punctuation is its own token), the `diff` package aligns the token arrays, and each
 * replaced pair is trimmed to the characters that really differ (三日 → 五日 marks only 三/五).
 */
import { diffArrays } from 'diff';

export type DiffPartType = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  type: DiffPartType;
  text: string;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function tokenize(text: string): string[] {
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

function push(parts: DiffPart[], type: DiffPartType, text: string): void {
  if (text.length === 0) return;
  const last = parts.at(-1);
  if (last && last.type === type) last.text += text;
  else parts.push({ type, text });
}

function commonPrefix(a: string[], b: string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** A deletion followed by an insertion, with shared leading/trailing characters kept as equal. */
function pushReplacement(parts: DiffPart[], removed: string, added: string): void {
  const a = Array.from(removed);
  const b = Array.from(added);
  const head = commonPrefix(a, b);
  const tail = commonPrefix(a.slice(head).reverse(), b.slice(head).reverse());
  push(parts, 'equal', a.slice(0, head).join(''));
  push(parts, 'delete', a.slice(head, a.length - tail).join(''));
  push(parts, 'insert', b.slice(head, b.length - tail).join(''));
  push(parts, 'equal', a.slice(a.length - tail).join(''));
}

/** Insertions and deletions turning `before` into `after`. */
export function diffText(before: string, after: string): DiffPart[] {
  const changes = diffArrays(tokenize(before), tokenize(after));
  const parts: DiffPart[] = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    const text = change.value.join('');
    const next = changes[i + 1];
    if (change.removed && next?.added) {
      pushReplacement(parts, text, next.value.join(''));
      i++;
    } else if (change.added && next?.removed) {
      pushReplacement(parts, next.value.join(''), text);
      i++;
    } else push(parts, change.added ? 'insert' : change.removed ? 'delete' : 'equal', text);
  }
  return parts;
}

const PUNCTUATION = /^[\p{P}\s]*$/u;

/** True when every inserted or deleted part is punctuation or whitespace. */
export function isPunctuationOnly(parts: readonly DiffPart[]): boolean {
  const changed = parts.filter((part) => part.type !== 'equal');
  return changed.length > 0 && changed.every((part) => PUNCTUATION.test(part.text));
}

export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.type !== 'equal');
}
