import type { RegulationTree } from '../engine/index.ts';

const MAX_LENGTH = 120;

/**
 * A page description for search engines and link previews: the title and the opening of the
 * regulation (its 第一条 — purpose and basis — or first section), cut at a sentence end when it can.
 */
export function describeRegulation(title: string, tree: RegulationTree | undefined): string {
  const opening = (tree?.articles[0]?.text ?? tree?.sections[0]?.text ?? tree?.preamble[0]?.text ?? '')
    .replace(/\s+/g, '')
    .trim();
  if (!opening) return title;
  const text = `${title}：${opening}`;
  if (text.length <= MAX_LENGTH) return text;
  const cut = text.slice(0, MAX_LENGTH);
  const sentenceEnd = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('；'));
  return sentenceEnd > title.length + 10 ? cut.slice(0, sentenceEnd + 1) : `${cut}……`;
}
