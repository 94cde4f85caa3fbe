import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable, pad } from '../../scripts/bench/lib/table.ts';

describe('displayWidth', () => {
  it('counts CJK and fullwidth characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('构建时间')).toBe(8);
    expect(displayWidth('N（个）')).toBe(7);
    expect(displayWidth('≤ 1.30× ✓')).toBe(9);
  });

  it('pads by display width', () => {
    expect(pad('时间', 6)).toBe('时间  ');
    expect(pad('12', 5, 'right')).toBe('   12');
  });
});

describe('formatTable', () => {
  const table = formatTable(
    ['指标', 'N', '本站'],
    ['N = 100', ['构建时间', '100', '12.0 s'], ['Pagefind', '100', '1.2 MB']],
    { align: ['left', 'right', 'right'] },
  );
  const lines = table.split('\n');

  it('renders a Markdown pipe table with aligned columns', () => {
    expect(lines[0]).toBe('| 指标        |   N |   本站 |');
    expect(lines[1]).toBe('|-------------|----:|-------:|');
    expect(lines[3]).toBe('| 构建时间    | 100 | 12.0 s |');
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
  });

  it('prints a string row as a bold section heading', () => {
    expect(lines[2]).toBe('| **N = 100** |     |        |');
  });
});
