/** Plain-text table rendering with correct alignment for Chinese text (pure; unit-tested). */

/** Terminal columns a string occupies: East Asian wide and fullwidth characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    if (code >= 0x300 && code <= 0x36f) continue; // combining marks
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

export type Align = 'left' | 'right';

export function pad(text: string, width: number, align: Align = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

export interface TableOptions {
  /** Per-column alignment; columns not listed are left-aligned. */
  align?: readonly Align[];
}

/**
 * Renders rows as a Markdown-compatible pipe table (readable in a terminal, pastable into an issue).
 * A row that is a single string is a section heading spanning the table.
 */
export function formatTable(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[] | string>,
  options: TableOptions = {},
): string {
  const columns = header.length;
  const widths = header.map((cell) => Math.max(3, displayWidth(cell)));
  for (const row of rows) {
    if (typeof row === 'string') {
      widths[0] = Math.max(widths[0] as number, displayWidth(`**${row}**`));
      continue;
    }
    for (let index = 0; index < columns; index++)
      widths[index] = Math.max(widths[index] as number, displayWidth(row[index] ?? ''));
  }
  const align = (index: number): Align => options.align?.[index] ?? 'left';
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, index) => pad(cell, widths[index] as number, align(index))).join(' | ')} |`;
  const separator = `|${widths.map((width, index) => (align(index) === 'right' ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2))).join('|')}|`;
  const out = [line(header), separator];
  for (const row of rows) {
    if (typeof row === 'string') {
      const cells = Array.from({ length: columns }, (_, index) => (index === 0 ? `**${row}**` : ''));
      out.push(line(cells));
    } else {
      out.push(line(Array.from({ length: columns }, (_, index) => row[index] ?? '')));
    }
  }
  return out.join('\n');
}
