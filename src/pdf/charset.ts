/**
 * The characters every font subset carries whatever the text: GB 2312 (6,763 hanzi and the common symbols and
 * punctuation), which nearly all government text stays within. With it, editing a regulation almost never changes
 * the fonts, so the other chapters' PDFs keep their cache key (inputs.ts); a character outside it changes only
 * the fonts of the documents that print it. Decoded from the encoding itself, so no list is kept here.
 */
const ROWS = [
  [0xa1, 0xa9], // symbols, punctuation, full-width forms, kana, Greek, Cyrillic, pinyin, box drawing
  [0xb0, 0xf7], // hanzi, levels 1 and 2
] as const;

let cached: ReadonlySet<number> | undefined;

export function gb2312CodePoints(): ReadonlySet<number> {
  if (cached) return cached;
  const decoder = new TextDecoder('gb18030');
  const points = new Set<number>();
  for (const [first, last] of ROWS) {
    for (let row = first; row <= last; row++) {
      for (let cell = 0xa1; cell <= 0xfe; cell++) {
        const char = decoder.decode(new Uint8Array([row, cell]));
        // Unassigned positions decode to private-use code points or U+FFFD.
        const cp = char.codePointAt(0) ?? 0xfffd;
        if ([...char].length === 1 && cp !== 0xfffd && !(cp >= 0xe000 && cp <= 0xf8ff)) points.add(cp);
      }
    }
  }
  cached = points;
  return points;
}
