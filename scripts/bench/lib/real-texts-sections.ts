/**
 * Expected structure of a text written in 一、二、 sections (no 第X条): for chosen sections, the
 * anchors of their 项 and of the 目 under them, verified by reading the text.
 */
import type { ParsedRegulation } from '../../../src/engine/index.ts';

export interface ExpectedSection {
  /** The section's anchor: `四` for 四、. */
  section: string;
  /** Anchors of its 项 in order (`四第一项`, `四第二项`). */
  itemAnchors: string[];
  /** Anchors of the 目 under those 项, in order (`四第一项第一目`…); empty when there are none. */
  subitemAnchors: string[];
}

/** What differs between the engine's section and the expected one, or undefined. */
export function checkSection(parsed: ParsedRegulation, expected: ExpectedSection): string | undefined {
  const section = parsed.tree.sections.find((item) => item.anchor === expected.section);
  if (!section) return `部分“${expected.section}、”不存在`;
  const items = section.items.map((item) => item.anchor ?? '（无锚点）');
  const subitems = section.items.flatMap((item) => item.subitems.map((sub) => sub.anchor ?? '（无锚点）'));
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((value, index) => value === b[index]);
  if (same(items, expected.itemAnchors) && same(subitems, expected.subitemAnchors)) return undefined;
  return `部分“${expected.section}、”的项为 ${items.join('、') || '（无）'}，目为 ${subitems.join('、') || '（无）'}；应为 ${expected.itemAnchors.join('、') || '（无）'}，目 ${expected.subitemAnchors.join('、') || '（无）'}`;
}
