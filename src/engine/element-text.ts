/** Plain text of structure elements (popovers, search, comparisons) and section titles. */
import { SENTENCE_PUNCT } from './classify.ts';
import type { Article, Item, Section } from './types.ts';

/** Title of a section written as a paragraph: `二、就餐管理。…` or `二、就餐管理` alone. */
export function sectionTitle(rest: string): string | undefined {
  const m = /^([^。：:；;，,]{1,20})[。：:]/.exec(rest);
  if (m) return m[1] as string;
  if (rest && rest.length <= 20 && !SENTENCE_PUNCT.test(rest)) return rest;
  return undefined;
}

export function appendText(target: { text: string }, more: string): void {
  if (!more) return;
  target.text = target.text ? `${target.text}\n${more}` : more;
}

function itemLines(items: readonly Item[]): string[] {
  return items.flatMap((it) => [
    `${it.label}${it.title ?? ''}${it.text}`,
    ...it.subitems.map((su) => `${su.label}${su.text}`),
  ]);
}

export function articleText(a: Article): string {
  return a.paragraphs.flatMap((p) => [...(p.text ? [p.text] : []), ...itemLines(p.items)]).join('\n');
}

export function sectionText(s: Section): string {
  return [...s.paragraphs.flatMap((p) => (p.text ? [p.text] : [])), ...itemLines(s.items)].join('\n');
}
