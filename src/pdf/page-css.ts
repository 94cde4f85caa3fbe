import type { PrintDocument } from './documents.ts';

/** A CSS string literal (for `content:` in @page margin boxes). */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ').replace(/</g, '\\3c ')}"`;
}

/** Name of the CSS named page of the n-th regulation of a document (each gets its own running header). */
export function regulationPageName(index: number): string {
  return `zd-reg-${index}`;
}

/**
 * Running headers: one named page per regulation, its header naming the chapter and the regulation.
 * (Chromium has no `string-set`/running elements, but it has named pages and @page margin boxes.)
 * Different named pages also force each regulation onto a new page.
 */
export function runningHeaderCss(doc: PrintDocument): string {
  const rules: string[] = [];
  let index = 0;
  for (const chapter of doc.chapters) {
    for (const regulation of chapter.regulations) {
      const header = `${chapter.heading}\u3000\u3000${regulation.title}`;
      rules.push(`@page ${regulationPageName(index)} { @top-center { content: ${cssString(header)}; } }`);
      index += 1;
    }
  }
  return rules.join('\n');
}
