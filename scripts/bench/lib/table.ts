/** Plain-text table rendering with correct alignment for Chinese text (pure; unit-tested). */
import stringWidth from 'string-width';

/** Terminal columns a string occupies (East Asian wide and fullwidth characters take two). */
export const displayWidth = (text: string): number => stringWidth(text);

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
